#include "dla/query/calendar.hpp"

#include <deque>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"

// Lists of strings shown whole when a CHECK fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
    static doctest::String convert(const std::vector<std::string>& v) {
        std::string s = "{";
        for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", \"" : "\"") + v[i] + "\"";
        return (s + "}").c_str();
    }
};

using namespace dla;
using query::CalendarEvent;
using query::CalendarOptions;
using util::Date;
using util::Time;

namespace {

// One note of fictional minutes, parsed as `dla` reads it; it must read without a problem.
model::Meeting note(const std::string& path, const std::string& front, const std::string& body = "") {
    diag::Sink sink;
    model::Meeting m = parse::parse_note(path, "---\n" + front + "---\n\n" + body, model::Config{}, sink);
    std::string problems;
    for (const auto& d : sink.diagnostics()) problems += diag::format(d) + "\n";
    CHECK_MESSAGE(problems.empty(), problems);
    return m;
}

// A note of the series `interdla` dated `date` whose "Prochaines dates" table has `rows`
// (`| 20 juin 2024 | Visio | InterDLA |`).
model::Meeting minutes(const std::string& date, const std::vector<std::string>& rows, const std::string& series = "interdla") {
    std::string body = "## Prochaines dates\n\n| Date | Format | Sujet |\n|---|---|---|\n";
    for (const auto& r : rows) body += r + "\n";
    std::string front = "title: Réunion du " + date + "\ndate: " + date + "\n";
    if (!series.empty()) front += "series: " + series + "\n";
    return note("notes/" + date + (series.empty() ? "" : "-" + series) + ".md", front, body);
}

// "2024-06-10 InterDLA", "2024-06-10/2024-06-11 10:00-12:00 Séminaire": what a CHECK compares.
std::string show(const CalendarEvent& c) {
    const auto& e = c.event;
    std::string s = util::to_iso(e.dates.start);
    if (e.dates.end != e.dates.start) s += "/" + util::to_iso(e.dates.end);
    if (e.time) s += " " + util::to_iso(*e.time);
    if (e.end_time) s += "-" + util::to_iso(*e.end_time);
    return s + " " + e.subject;
}

std::vector<std::string> show(const std::vector<CalendarEvent>& events) {
    std::vector<std::string> out;
    for (const auto& c : events) out.push_back(show(c));
    return out;
}

// Texts that outlive the events viewing them, as the meetings do in dla.
std::string_view kept(std::string text) {
    static std::deque<std::string> texts;
    return texts.emplace_back(std::move(text));
}

// The meetings `events` views, kept as long as the test runs.
const std::vector<model::Meeting>& kept(std::vector<model::Meeting> meetings) {
    static std::deque<std::vector<model::Meeting>> all;
    return all.emplace_back(std::move(meetings));
}

// An event of a note, for the functions that take events.
CalendarEvent event(const std::string& note_date, const std::string& series, const std::string& start,
                    const std::string& subject) {
    CalendarEvent c;
    auto parse = [](const std::string& iso) { return std::get<Date>(util::parse_iso_date(iso)); };
    c.event.dates = {parse(start), parse(start)};
    c.event.subject = subject;
    c.series = kept(series);
    c.path = kept("notes/" + note_date + "-" + series + ".md");
    c.note_date = parse(note_date);
    return c;
}

}  // namespace

TEST_CASE("collect_events") {
    SUBCASE("every date form of the minutes, the year taken from the note when missing") {
        const auto m = minutes("2024-04-04", {"| 9 janvier 2025 | Visio | A |",
                                              "| 04 avril 2024 | Visio | B |",
                                              "| 1er février 2025 | Visio | C |",
                                              "| 10 et 11 juin 2024 | Présentiel | D |",
                                              "| du 10 au 12 juin 2024 | Présentiel | E |",
                                              "| 20/06/2024 | Visio | F |",
                                              "| mardi 11 juin | Visio | G |",
                                              "| 2024-07-04 | Visio | H |",
                                              "| 11 juin | Visio | I |"});
        CHECK(show(query::collect_events(kept({m}))) ==
              std::vector<std::string>{"2025-01-09 A", "2024-04-04 B", "2025-02-01 C", "2024-06-10/2024-06-11 D",
                                       "2024-06-10/2024-06-12 E", "2024-06-20 F", "2024-06-11 G", "2024-07-04 H",
                                       "2024-06-11 I"});
    }
    SUBCASE("a date without a year across New Year: 9 janvier in the minutes of 12 December") {
        const auto m = minutes("2024-12-12", {"| 9 janvier | Visio | InterDLA N°1 |", "| 19 décembre | Visio | Café |"});
        CHECK(show(query::collect_events(kept({m}))) == std::vector<std::string>{"2025-01-09 InterDLA N°1", "2024-12-19 Café"});
    }
    SUBCASE("times: 10h, 9h30 – 12h, 13:30") {
        const auto m = note("notes/n.md", "title: N\ndate: 2024-04-04\n",
                            "## Calendrier\n\n| Date | Horaire | Lieu | Objet |\n|---|---|---|---|\n"
                            "| 2 mai 2024 | 10h | | A |\n| 3 mai 2024 | 9h30 – 12h | Arras | B |\n"
                            "| 4 mai 2024 | 13:30 | | C |\n");
        const auto events = query::collect_events(kept({m}));
        CHECK(show(events) == std::vector<std::string>{"2024-05-02 10:00 A", "2024-05-03 09:30-12:00 B", "2024-05-04 13:30 C"});
        CHECK(events[1].event.location == "Arras");
    }
    SUBCASE("English column names, in any order") {
        const auto m = note("notes/n.md", "title: N\ndate: 2024-04-04\n",
                            "## Upcoming dates\n\n| Subject | Date | Time | Location |\n|---|---|---|---|\n"
                            "| Webinar | June 11, 2024 | 14:00 | Lille |\n");
        const auto events = query::collect_events(kept({m}));
        CHECK(show(events) == std::vector<std::string>{"2024-06-11 14:00 Webinar"});
        CHECK(events[0].event.location == "Lille");
    }
    SUBCASE("events: in the front matter count like table rows") {
        const auto m = note("notes/n.md",
                            "title: InterDLA N°7\nseries: interdla\ndate: 2024-09-12\nevents:\n"
                            "  - date: 10 octobre\n    time: \"10h – 12h\"\n    format: Visio\n    subject: InterDLA N°8\n",
                            "## Prochaines dates\n\n| Date | Sujet |\n|---|---|\n| du 14 au 15 novembre 2024 | Séminaire |\n");
        const auto events = query::collect_events(kept({m}));
        CHECK(show(events) == std::vector<std::string>{"2024-10-10 10:00-12:00 InterDLA N°8", "2024-11-14/2024-11-15 Séminaire"});
        CHECK(events[0].series == "interdla");
        CHECK(events[0].path == "notes/n.md");
        CHECK(events[0].note_title == "InterDLA N°7");
        CHECK(events[0].note_date == Date{2024, 9, 12});
        CHECK(events[0].event.line == 6);
        CHECK(events[1].event.line == 16);
        CHECK_FALSE(events[0].planned_meeting);
    }
    SUBCASE("oldest note first, whatever the order of the files") {
        const auto newer = minutes("2024-05-02", {"| 6 juin 2024 | Visio | Newer |"});
        const auto older = minutes("2024-04-04", {"| 5 juin 2024 | Visio | Older |"});
        CHECK(show(query::collect_events(kept({newer, older}))) == std::vector<std::string>{"2024-06-05 Older", "2024-06-06 Newer"});
    }
}

TEST_CASE("same_event") {
    auto e = [](Date start, std::string subject) {
        model::Event x;
        x.dates = {start, start};
        x.subject = std::move(subject);
        return x;
    };
    const Date june20{2024, 6, 20};
    SUBCASE("same day, same subject but for case, accents and punctuation") {
        CHECK(query::same_event(e(june20, "Café des prestataires"), e(june20, "CAFE des prestataires !")));
    }
    SUBCASE("same day, one subject empty") { CHECK(query::same_event(e(june20, ""), e(june20, "InterDLA"))); }
    SUBCASE("same day, other subject") { CHECK_FALSE(query::same_event(e(june20, "InterDLA"), e(june20, "Café"))); }
    SUBCASE("other day") { CHECK_FALSE(query::same_event(e(june20, "InterDLA"), e({2024, 6, 27}, "InterDLA"))); }
}

TEST_CASE("newer_note") {
    SUBCASE("by date") { CHECK(query::newer_note(event("2024-05-02", "s", "2024-06-01", "A"), event("2024-04-04", "s", "2024-06-01", "A"))); }
    SUBCASE("same date: by path") {
        auto a = event("2024-05-02", "s", "2024-06-01", "A");
        auto b = a;
        b.path = "notes/z.md";
        CHECK(query::newer_note(b, a));
        CHECK_FALSE(query::newer_note(a, b));
    }
    SUBCASE("an undated note is older than any dated one") {
        auto undated = event("2024-05-02", "s", "2024-06-01", "A");
        undated.note_date.reset();
        CHECK(query::newer_note(event("1999-01-01", "s", "2024-06-01", "A"), undated));
    }
}

TEST_CASE("apply_newest_plan") {
    SUBCASE("a meeting moved from 20 to 27 June shows once, on the 27th") {
        const std::vector<CalendarEvent> events = {event("2024-04-04", "interdla", "2024-06-20", "InterDLA"),
                                                   event("2024-05-02", "interdla", "2024-06-27", "InterDLA")};
        CHECK(show(query::apply_newest_plan(events)) == std::vector<std::string>{"2024-06-27 InterDLA"});
    }
    SUBCASE("what the newest note repeats stays, in both notes") {
        const std::vector<CalendarEvent> events = {event("2024-04-04", "interdla", "2024-06-20", "Café"),
                                                   event("2024-05-02", "interdla", "2024-06-20", "café")};
        CHECK(query::apply_newest_plan(events).size() == 2);
    }
    SUBCASE("dates before the newest note's date are not its business") {
        const std::vector<CalendarEvent> events = {event("2024-04-04", "interdla", "2024-04-20", "Webinaire"),
                                                   event("2024-05-02", "interdla", "2024-06-27", "InterDLA")};
        CHECK(show(query::apply_newest_plan(events)) == std::vector<std::string>{"2024-04-20 Webinaire", "2024-06-27 InterDLA"});
    }
    SUBCASE("the newest note's own day is the meeting it records, listed or not") {
        const std::vector<CalendarEvent> events = {event("2024-04-04", "interdla", "2024-05-02", "InterDLA N°5"),
                                                   event("2024-04-04", "interdla", "2024-05-03", "Dropped"),
                                                   event("2024-05-02", "interdla", "2024-06-27", "InterDLA N°6")};
        CHECK(show(query::apply_newest_plan(events)) ==
              std::vector<std::string>{"2024-05-02 InterDLA N°5", "2024-06-27 InterDLA N°6"});
    }
    SUBCASE("each note rules the days from its date to the next note's") {
        const std::vector<CalendarEvent> events = {event("2024-01-10", "interdla", "2024-03-14", "Dropped by March's note"),
                                                   event("2024-01-10", "interdla", "2024-02-01", "Kept"),
                                                   event("2024-03-07", "interdla", "2024-03-21", "Kept in March"),
                                                   event("2024-04-04", "interdla", "2024-06-10", "Newest")};
        CHECK(show(query::apply_newest_plan(events)) ==
              std::vector<std::string>{"2024-02-01 Kept", "2024-03-21 Kept in March", "2024-06-10 Newest"});
    }
    SUBCASE("another series' notes do not touch this series") {
        const std::vector<CalendarEvent> events = {event("2024-04-04", "interdla", "2024-06-20", "InterDLA"),
                                                   event("2024-05-02", "copil", "2024-06-27", "Copil")};
        CHECK(query::apply_newest_plan(events).size() == 2);
    }
    SUBCASE("series compared folded; notes without a series form one group") {
        const std::vector<CalendarEvent> events = {event("2024-04-04", "InterDLA", "2024-06-20", "A"),
                                                   event("2024-05-02", "interdla", "2024-06-27", "B"),
                                                   event("2024-04-04", "", "2024-06-20", "C"),
                                                   event("2024-05-02", "", "2024-06-27", "D")};
        CHECK(show(query::apply_newest_plan(events)) == std::vector<std::string>{"2024-06-27 B", "2024-06-27 D"});
    }
    SUBCASE("from notes: a newer note without dates leaves the older plan alone") {
        const auto april = minutes("2024-04-04", {"| 20 juin 2024 | Visio | InterDLA |"});
        const auto may = note("notes/2024-05-02-interdla.md", "title: N5\nseries: interdla\ndate: 2024-05-02\n",
                              "## Prochaines dates\n\nÀ compléter.\n");
        CHECK(show(query::apply_newest_plan(query::collect_events(kept({april, may})))) ==
              std::vector<std::string>{"2024-06-20 InterDLA"});
    }
}

TEST_CASE("add_planned_meetings") {
    const auto april = minutes("2024-04-04", {"| 2 mai 2024 | Visio | InterDLA N°5 |"});
    const auto may = note("notes/2024-05-02-interdla-5.md",
                          "title: InterDLA N°5\nseries: interdla\ndate: 2024-05-02\ntime: \"10h – 12h\"\nformat: visio\n");
    const auto june = note("notes/2024-06-06-interdla-6.md",
                           "title: InterDLA N°6\nseries: interdla\ndate: 2024-06-06\ntime: \"10:00\"\nformat: hybride\n"
                           "location: Arras\n");
    const std::vector<model::Meeting> meetings = {april, may, june};
    const auto events = query::collect_events(meetings);
    SUBCASE("a note dated after today is a planned meeting, unless its day is listed") {
        const auto out = query::add_planned_meetings(events, meetings, {2024, 4, 5});
        REQUIRE(show(out) == std::vector<std::string>{"2024-05-02 InterDLA N°5", "2024-06-06 10:00 InterDLA N°6"});
        CHECK(out[1].planned_meeting);
        CHECK(out[1].event.format == "hybride");
        CHECK(out[1].event.location == "Arras");
        CHECK(out[1].path == "notes/2024-06-06-interdla-6.md");
        CHECK(out[1].event.line == 4);
        CHECK(out[1].series == "interdla");
    }
    SUBCASE("not on or before today") {
        CHECK(show(query::add_planned_meetings(events, meetings, {2024, 6, 6})) == std::vector<std::string>{"2024-05-02 InterDLA N°5"});
    }
    SUBCASE("an event of another series on that day does not count") {
        auto other = events;
        other[0].series = "copil";
        CHECK(show(query::add_planned_meetings(other, meetings, {2024, 4, 5})) ==
              std::vector<std::string>{"2024-05-02 InterDLA N°5", "2024-05-02 10:00-12:00 InterDLA N°5",
                                       "2024-06-06 10:00 InterDLA N°6"});
    }
    SUBCASE("a meeting moved: its minutes' date wins over the date planned for it") {
        const auto moved = note("notes/2024-05-09-interdla-5.md",
                                "title: InterDLA N°5\nseries: interdla\nnumber: 5\ndate: 2024-05-09\nformat: visio\n");
        const std::vector<model::Meeting> with_moved = {april, moved, june};
        CHECK(show(query::add_planned_meetings(query::collect_events(with_moved), with_moved, {2024, 4, 5})) ==
              std::vector<std::string>{"2024-05-09 InterDLA N°5", "2024-06-06 10:00 InterDLA N°6"});
    }
    SUBCASE("minutes without a number do not hide a later date of the same subject") {
        const auto seminar = note("notes/2024-04-20-seminaire.md", "title: InterDLA N°5\ndate: 2024-04-20\n");
        const std::vector<model::Meeting> with_seminar = {april, seminar};
        CHECK(show(query::add_planned_meetings(query::collect_events(with_seminar), with_seminar, {2024, 4, 5})) ==
              std::vector<std::string>{"2024-05-02 InterDLA N°5", "2024-04-20 InterDLA N°5"});
    }
}

TEST_CASE("merge_duplicates") {
    SUBCASE("the same event in several notes shows once, from the newest note") {
        const std::vector<CalendarEvent> events = {event("2024-04-04", "interdla", "2024-06-20", "Café des prestataires"),
                                                   event("2024-05-02", "interdla", "2024-06-20", "café des prestataires"),
                                                   event("2024-03-07", "interdla", "2024-06-20", "Café des prestataires")};
        const auto out = query::merge_duplicates(events);
        REQUIRE(out.size() == 1);
        CHECK(out[0].event.subject == "café des prestataires");
        CHECK(out[0].path == "notes/2024-05-02-interdla.md");
    }
    SUBCASE("what the newest copy leaves empty comes from the older ones") {
        auto older = event("2024-04-04", "interdla", "2024-06-20", "Café des prestataires");
        older.event.format = "Visio matin";
        older.event.time = Time{9, 30};
        older.event.end_time = Time{12, 0};
        older.event.location = "Lille";
        auto newer = event("2024-05-02", "interdla", "2024-06-20", "");
        newer.event.format = "Visio";
        const auto out = query::merge_duplicates({older, newer});
        REQUIRE(out.size() == 1);
        CHECK(show(out[0]) == "2024-06-20 09:30-12:00 Café des prestataires");
        CHECK(out[0].event.format == "Visio");
        CHECK(out[0].event.location == "Lille");
    }
    SUBCASE("an empty subject joins one event of the day, not two") {
        const auto out = query::merge_duplicates({event("2024-04-04", "s", "2024-06-20", ""),
                                                  event("2024-04-04", "s", "2024-06-20", "A"),
                                                  event("2024-04-04", "s", "2024-06-20", "B")});
        CHECK(show(out) == std::vector<std::string>{"2024-06-20 A", "2024-06-20 B"});
    }
    SUBCASE("two events of a day stay two") {
        CHECK(query::merge_duplicates({event("2024-04-04", "s", "2024-06-20", "A"), event("2024-04-04", "s", "2024-06-20", "B")})
                  .size() == 2);
    }
}

TEST_CASE("sort_events") {
    auto a = event("2024-04-04", "s", "2024-06-20", "Timed");
    a.event.time = Time{10, 0};
    auto b = event("2024-04-04", "s", "2024-06-20", "All day");
    auto c = event("2024-04-04", "s", "2024-06-10", "Earlier");
    auto d = event("2024-04-04", "s", "2024-06-20", "Early");
    d.event.time = Time{9, 0};
    std::vector<CalendarEvent> events = {a, b, c, d};
    query::sort_events(events);
    CHECK(show(events) ==
          std::vector<std::string>{"2024-06-10 Earlier", "2024-06-20 All day", "2024-06-20 09:00 Early", "2024-06-20 10:00 Timed"});
}

TEST_CASE("upcoming_events") {
    const std::vector<model::Meeting> meetings = {
        minutes("2024-04-04", {"| 11 avril 2024 | Présentiel | Séminaire |", "| 10 et 11 juin 2024 | Présentiel | InterDLA |",
                               "| 20 juin 2024 | Visio | Café |", "| 04 juillet 2024 | Visio | InterDLA |"}),
        minutes("2024-05-02", {"| 10 et 11 juin 2024 | Présentiel | InterDLA |", "| 27 juin 2024 | Visio | Café |",
                               "| 04 juillet 2024 | Visio | InterDLA |"}),
        minutes("2024-05-02", {"| 20 juin 2024 | Visio | Copil |"}, "copil")};
    CalendarOptions options;
    options.today = {2024, 5, 3};
    SUBCASE("from today on, the newest plan, each event once, sorted") {
        CHECK(show(query::upcoming_events(meetings, options)) ==
              std::vector<std::string>{"2024-06-10/2024-06-11 InterDLA", "2024-06-20 Copil", "2024-06-27 Café",
                                       "2024-07-04 InterDLA"});
    }
    SUBCASE("an event in progress is still upcoming") {
        options.today = {2024, 6, 11};
        CHECK(show(query::upcoming_events(meetings, options)).front() == "2024-06-10/2024-06-11 InterDLA");
    }
    SUBCASE("all: past dates too") {
        options.all = true;
        CHECK(show(query::upcoming_events(meetings, options)).front() == "2024-04-11 Séminaire");
    }
    SUBCASE("from and to, inclusive, a range counted when it overlaps") {
        options.from = Date{2024, 6, 11};
        options.to = Date{2024, 6, 27};
        CHECK(show(query::upcoming_events(meetings, options)) ==
              std::vector<std::string>{"2024-06-10/2024-06-11 InterDLA", "2024-06-20 Copil", "2024-06-27 Café"});
    }
    SUBCASE("one series, compared folded") {
        options.series = "COPIL";
        CHECK(show(query::upcoming_events(meetings, options)) == std::vector<std::string>{"2024-06-20 Copil"});
    }
    SUBCASE("limit") {
        options.limit = 1;
        CHECK(show(query::upcoming_events(meetings, options)) == std::vector<std::string>{"2024-06-10/2024-06-11 InterDLA"});
    }
    SUBCASE("a note after today is a planned meeting") {
        auto with_june = meetings;
        with_june.push_back(note("notes/2024-07-04-interdla-7.md", "title: InterDLA N°7\nseries: interdla\ndate: 2024-07-04\n"));
        with_june.push_back(note("notes/2024-09-12-interdla-8.md", "title: InterDLA N°8\nseries: interdla\ndate: 2024-09-12\n"));
        CHECK(show(query::upcoming_events(with_june, options)).back() == "2024-09-12 InterDLA N°8");
        CHECK(show(query::upcoming_events(with_june, options)).size() == 5);
    }
}

TEST_CASE("note_series") {
    const auto a = minutes("2024-04-04", {}, "interdla");
    const auto b = minutes("2024-05-02", {}, "InterDLA");
    const auto c = minutes("2024-05-03", {}, "copil");
    const auto d = minutes("2024-05-04", {}, "");
    CHECK(query::note_series({a, b, c, d}) == std::vector<std::string>{"copil", "interdla"});
}

TEST_CASE("known_series") {
    const auto a = minutes("2024-04-04", {}, "InterDLA");
    const auto b = minutes("2024-05-03", {}, "copil");
    model::Config config;
    config.series.push_back({"seminaire", "", std::nullopt, "", "", {}});
    config.series.push_back({"interdla", "", std::nullopt, "", "", {}});
    // dla.yaml's first, in its order and spelling; then the notes' own.
    CHECK(query::known_series({a, b}, config) == std::vector<std::string>{"seminaire", "interdla", "copil"});
    CHECK(query::known_series({a, b}, {}) == std::vector<std::string>{"copil", "InterDLA"});
}
