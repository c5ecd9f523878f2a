#include "dla/render/ics.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "dla/util/hash.hpp"

using namespace dla;
using render::IcsOptions;
using util::Date;
using util::Time;

namespace {

query::CalendarEvent event(Date start, Date end, const std::string& subject) {
    query::CalendarEvent c;
    c.event.dates = {start, end};
    c.event.subject = subject;
    c.event.line = 12;
    c.series = "interdla";
    c.path = "notes/2024/2024-04-04-interdla-4.md";
    c.note_title = "InterDLA N°4";
    c.note_date = Date{2024, 4, 4};
    return c;
}

// Every line of the output, without its CRLF; fails when a line ends otherwise.
std::vector<std::string> lines(const std::string& ics) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t end; (end = ics.find("\r\n", start)) != std::string::npos; start = end + 2)
        out.push_back(ics.substr(start, end - start));
    CHECK(start == ics.size());
    return out;
}

}  // namespace

TEST_CASE("escape_text") {
    SUBCASE("comma, semicolon, backslash, line break") {
        CHECK(render::escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    }
    SUBCASE("colons, quotes and accents stay") { CHECK(render::escape_text("Séminaire : \"codev\"") == "Séminaire : \"codev\""); }
    SUBCASE("control characters dropped, tab kept") { CHECK(render::escape_text("a\rb\x01\tc\x7F") == "ab\tc"); }
}

TEST_CASE("fold_line") {
    SUBCASE("short line: as is, with CRLF") { CHECK(render::fold_line("VERSION:2.0") == "VERSION:2.0\r\n"); }
    SUBCASE("exactly 75 octets: not folded") {
        const std::string line(75, 'a');
        CHECK(render::fold_line(line) == line + "\r\n");
    }
    SUBCASE("76 octets: 75, then a space and the rest") {
        CHECK(render::fold_line(std::string(76, 'a')) == std::string(75, 'a') + "\r\n a\r\n");
    }
    SUBCASE("continuations hold 74 octets after their space") {
        CHECK(render::fold_line(std::string(75 + 74 + 1, 'b')) ==
              std::string(75, 'b') + "\r\n " + std::string(74, 'b') + "\r\n b\r\n");
    }
    SUBCASE("never inside a UTF-8 character") {
        // 74 ASCII octets then `é` (2 octets): the cut falls before it, not in its middle.
        const std::string line = std::string(74, 'a') + "éz";
        CHECK(render::fold_line(line) == std::string(74, 'a') + "\r\n éz\r\n");
        // A 4-octet character across the limit.
        const std::string emoji = std::string(73, 'a') + "\xF0\x9F\x93\x85" + "z";
        CHECK(render::fold_line(emoji) == std::string(73, 'a') + "\r\n \xF0\x9F\x93\x85z\r\n");
    }
    SUBCASE("every piece at most 75 octets") {
        std::string line = "SUMMARY:";
        for (int i = 0; i < 40; ++i) line += "Échanges ";
        for (const auto& l : lines(render::fold_line(line))) CHECK(l.size() <= 75);
    }
}

TEST_CASE("event_uid") {
    const auto e = event({2024, 6, 10}, {2024, 6, 11}, "InterDLA : Échanges de pratiques");
    SUBCASE("the hash of series, start day and subject, folded") {
        const std::string key = std::string("interdla\x1f") + "2024-06-10\x1f" + "interdla echanges de pratiques";
        CHECK(render::event_uid(e) == fmt::format("{:016x}@dla", util::fnv1a_64(key)));
        CHECK(render::event_uid(e) == "b6f8ae920b69307b@dla");
    }
    SUBCASE("the same on every run, whatever the note, line, case or accents") {
        auto other = event({2024, 6, 10}, {2024, 6, 10}, "INTERDLA : echanges de pratiques !");
        other.path = "notes/2024/2024-05-02-interdla-5.md";
        other.event.line = 40;
        other.series = "InterDLA";
        CHECK(render::event_uid(other) == render::event_uid(e));
    }
    SUBCASE("another day, subject or series: another event") {
        CHECK(render::event_uid(event({2024, 6, 11}, {2024, 6, 11}, "InterDLA : Échanges de pratiques")) != render::event_uid(e));
        CHECK(render::event_uid(event({2024, 6, 10}, {2024, 6, 11}, "InterDLA")) != render::event_uid(e));
        auto copil = e;
        copil.series = "copil";
        CHECK(render::event_uid(copil) != render::event_uid(e));
    }
}

TEST_CASE("utc_stamp") {
    SUBCASE("the epoch") { CHECK(render::utc_stamp(0) == "19700101T000000Z"); }
    SUBCASE("a day and a time") { CHECK(render::utc_stamp(1712275200 + 3600 * 13 + 60 * 5 + 9) == "20240405T130509Z"); }
    SUBCASE("before 1970") { CHECK(render::utc_stamp(-1) == "19691231T235959Z"); }
}

TEST_CASE("calendar_ics") {
    const IcsOptions options{"Réseau Exemple", 1712275200, util::Lang::fr};  // 2024-04-05T00:00:00Z
    SUBCASE("an empty calendar is still a calendar") {
        CHECK(render::calendar_ics({}, options) ==
              "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//dla//dla calendar//FR\r\nCALSCALE:GREGORIAN\r\n"
              "NAME:Réseau Exemple\r\nX-WR-CALNAME:Réseau Exemple\r\n"
              "X-WR-TIMEZONE:Europe/Paris\r\nEND:VCALENDAR\r\n");
    }
    SUBCASE("all-day events: DATE values, the end day exclusive") {
        auto two_days = event({2024, 6, 10}, {2024, 6, 11}, "Séminaire, codev; bilan");
        two_days.event.format = "Présentiel";
        two_days.event.location = "Amiens";
        const auto out = lines(render::calendar_ics({two_days}, options));
        const std::vector<std::string> vevent(out.begin() + 7, out.end() - 1);
        CHECK(vevent == std::vector<std::string>{
                            "BEGIN:VEVENT",
                            "UID:" + render::event_uid(two_days),
                            "DTSTAMP:20240405T000000Z",
                            "LAST-MODIFIED:20240404T000000Z",
                            "DTSTART;VALUE=DATE:20240610",
                            "DTEND;VALUE=DATE:20240612",
                            "SUMMARY:Séminaire\\, codev\\; bilan",
                            "LOCATION:Amiens",
                            "CATEGORIES:Présentiel",
                            "DESCRIPTION:Séminaire\\, codev\\; bilan\\nFormat : Présentiel",
                            "X-DLA-SOURCE:notes/2024/2024-04-04-interdla-4.md:12",
                            "END:VEVENT"});
        CHECK(std::find(out.begin(), out.end(), "BEGIN:VTIMEZONE") == out.end());
    }
    SUBCASE("timed events in Europe/Paris, with its VTIMEZONE; several days repeat daily") {
        auto timed = event({2024, 6, 10}, {2024, 6, 11}, "Séminaire");
        timed.event.time = Time{9, 30};
        timed.event.end_time = Time{17, 0};
        auto no_end = event({2024, 7, 4}, {2024, 7, 4}, "InterDLA");
        no_end.event.time = Time{10, 0};
        const auto out = lines(render::calendar_ics({timed, no_end}, {"Réseau Exemple", 1712275200, util::Lang::en}));
        CHECK(out[2] == "PRODID:-//dla//dla calendar//EN");
        const std::vector<std::string> vtimezone(out.begin() + 7, out.begin() + 24);
        CHECK(vtimezone == std::vector<std::string>{"BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:DAYLIGHT",
                                                    "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                                                    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                                                    "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200",
                                                    "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
                                                    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                                                    "END:VTIMEZONE"});
        const std::vector<std::string> first(out.begin() + 24, out.begin() + 35);
        CHECK(first == std::vector<std::string>{
                           "BEGIN:VEVENT",
                           "UID:" + render::event_uid(timed),
                           "DTSTAMP:20240405T000000Z",
                           "LAST-MODIFIED:20240404T000000Z",
                           "DTSTART;TZID=Europe/Paris:20240610T093000",
                           "DTEND;TZID=Europe/Paris:20240610T170000",
                           "RRULE:FREQ=DAILY;COUNT=2",
                           "SUMMARY:Séminaire",
                           "DESCRIPTION:Séminaire",
                           "X-DLA-SOURCE:notes/2024/2024-04-04-interdla-4.md:12",
                           "END:VEVENT"});
        // A start only: two hours, not a zero-length event.
        const std::vector<std::string> second(out.begin() + 35, out.end());
        CHECK(second == std::vector<std::string>{"BEGIN:VEVENT", "UID:" + render::event_uid(no_end),
                                                 "DTSTAMP:20240405T000000Z", "LAST-MODIFIED:20240404T000000Z",
                                                 "DTSTART;TZID=Europe/Paris:20240704T100000", "DURATION:PT2H",
                                                 "SUMMARY:InterDLA", "DESCRIPTION:InterDLA",
                                                 "X-DLA-SOURCE:notes/2024/2024-04-04-interdla-4.md:12", "END:VEVENT",
                                                 "END:VCALENDAR"});
    }
    SUBCASE("no subject: the format, else a placeholder; a planned meeting names its note") {
        auto format_only = event({2024, 6, 20}, {2024, 6, 20}, "");
        format_only.event.format = "Visio matin";
        auto planned = event({2024, 9, 12}, {2024, 9, 12}, "");
        planned.planned_meeting = true;
        planned.path = "notes/2024/2024-09-12-interdla-7.md";
        const std::string out = render::calendar_ics({format_only, planned}, options);
        CHECK(out.find("SUMMARY:Visio matin\r\n") != std::string::npos);
        CHECK(out.find("SUMMARY:(sans sujet)\r\n") != std::string::npos);
        CHECK(out.find("DESCRIPTION:Visio matin\r\n") != std::string::npos);
        CHECK(out.find("X-DLA-SOURCE:notes/2024/2024-09-12-interdla-7.md:12\r\n") != std::string::npos);
        CHECK(out.find("LAST-MODIFIED") == out.rfind("LAST-MODIFIED"));  // the table row's only
    }
    SUBCASE("no path shown to invitees; the site linked when dla.yaml gives it") {
        auto e = event({2024, 6, 20}, {2024, 6, 20}, "InterDLA N°6");
        e.event.format = "Visio";
        IcsOptions with_site = options;
        with_site.site = "https://reseau.example.org/agenda";
        const auto out = lines(render::calendar_ics({e}, with_site));
        const std::vector<std::string> tail(out.end() - 8, out.end() - 3);
        CHECK(tail == std::vector<std::string>{"LOCATION:Visio", "CATEGORIES:Visio",
                                               "DESCRIPTION:InterDLA N°6\\nFormat : Visio\\nhttps://reseau.example.org/agend",
                                               " a", "URL:https://reseau.example.org/agenda"});
        for (const auto& l : out)
            if (!l.starts_with("X-DLA-SOURCE:")) CHECK(l.find("notes/") == std::string::npos);
    }
    SUBCASE("a start only: the series' duration") {
        const model::Series series[] = {{"interdla", "InterDLA N°{number}", Time{10, 0}, "visio", "", {}, 150}};
        auto e = event({2024, 7, 4}, {2024, 7, 4}, "InterDLA");
        e.event.time = Time{10, 0};
        IcsOptions with_series = options;
        with_series.series = series;
        CHECK(render::calendar_ics({e}, with_series).find("\r\nDURATION:PT2H30M\r\n") != std::string::npos);
        e.series = "copil";  // another series: the default
        CHECK(render::calendar_ics({e}, with_series).find("\r\nDURATION:PT2H\r\n") != std::string::npos);
    }
    SUBCASE("no METHOD: a plain calendar file, which needs no ORGANIZER") {
        CHECK(render::calendar_ics({event({2024, 6, 20}, {2024, 6, 20}, "InterDLA")}, options).find("METHOD") ==
              std::string::npos);
    }
}

TEST_CASE("a numbered meeting moved to another day keeps its UID") {
    // The note of 5 September plans « InterDLA N°7 » on 1 October; the note of 19
    // September moves it to 8 October: two calendars, one event that calendars update.
    const model::Series series[] = {{"interdla", "InterDLA N°{number}", Time{10, 0}, "visio", "", {}, std::nullopt}};
    IcsOptions options{"Réseau Exemple", 1727740800, util::Lang::fr};  // 2024-10-01
    options.series = series;
    auto before = event({2024, 10, 1}, {2024, 10, 1}, "InterDLA N°7");
    before.note_date = Date{2024, 9, 5};
    auto after = event({2024, 10, 8}, {2024, 10, 8}, "interdla n°7");
    after.note_date = Date{2024, 9, 19};
    after.path = "notes/2024/2024-09-19-interdla-6.md";
    const auto old_calendar = lines(render::calendar_ics({before}, options));
    const auto new_calendar = lines(render::calendar_ics({after}, options));
    auto property = [](const std::vector<std::string>& out, std::string_view name) {
        const auto it = std::find_if(out.begin(), out.end(), [&](const std::string& l) { return l.starts_with(name); });
        return it == out.end() ? std::string() : *it;
    };
    CHECK(property(old_calendar, "UID:") == property(new_calendar, "UID:"));
    CHECK(property(old_calendar, "DTSTART") == "DTSTART;VALUE=DATE:20241001");
    CHECK(property(new_calendar, "DTSTART") == "DTSTART;VALUE=DATE:20241008");
    CHECK(property(old_calendar, "LAST-MODIFIED:") == "LAST-MODIFIED:20240905T000000Z");
    CHECK(property(new_calendar, "LAST-MODIFIED:") == "LAST-MODIFIED:20240919T000000Z");
    SUBCASE("the key: series and number") {
        const std::string key = std::string("interdla\x1f") + "N\x1f" + "7";
        CHECK(render::event_uid(after, &series[0]) == fmt::format("{:016x}@dla", util::fnv1a_64(key)));
        CHECK(render::meeting_number(after, &series[0]) == 7);
    }
    SUBCASE("another number, a subject that is not the series' title, no pattern: by day") {
        CHECK(render::event_uid(event({2024, 10, 1}, {2024, 10, 1}, "InterDLA N°8"), &series[0]) !=
              render::event_uid(before, &series[0]));
        CHECK_FALSE(render::meeting_number(event({2024, 10, 1}, {2024, 10, 1}, "Bilan de l'InterDLA N°7"), &series[0]));
        CHECK_FALSE(render::meeting_number(before, nullptr));
        CHECK(render::event_uid(before) != render::event_uid(after));
    }
}

TEST_CASE("event_location") {
    auto located = [](std::string format, std::string location = "") {
        model::Event e;
        e.format = std::move(format);
        e.location = std::move(location);
        return render::event_location(e);
    };
    CHECK(located("Présentiel Amiens") == "Amiens");
    CHECK(located("Présentiel (St Laurent Blangy)") == "St Laurent Blangy");
    CHECK(located("Présentiel – Arras") == "Arras");
    CHECK(located("Sur place : Lille") == "Lille");
    CHECK(located("Hybride Amiens") == "Amiens");
    CHECK(located("Présentiel") == "");
    CHECK(located("Visio") == "Visio");
    CHECK(located("Visio matin") == "Visio");
    CHECK(located("Visio https://visio.example.org/interdla") == "https://visio.example.org/interdla");
    CHECK(located("Visio (https://visio.example.org/x)") == "https://visio.example.org/x");
    CHECK(located("Présentiel Amiens", "Maison des associations") == "Maison des associations");  // the Lieu column first
    CHECK(located("Matinée") == "");
    CHECK(located("") == "");
}

TEST_CASE("event_category: the format's words, not the place") {
    auto category = [](std::string format) {
        model::Event e;
        e.format = std::move(format);
        return render::event_category(e);
    };
    CHECK(category("Présentiel Amiens") == "Présentiel");
    CHECK(category("Présentiel (St Laurent Blangy)") == "Présentiel");
    CHECK(category("Sur place : Lille") == "Sur place");
    CHECK(category("Visio matin") == "Visio");
    CHECK(category("Visio") == "Visio");
    CHECK(category("Matinée") == "Matinée");
    CHECK(category("") == "");
}
