#include "dla/render/ics.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "dla/model/series.hpp"
#include "dla/util/hash.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

namespace {

constexpr std::size_t k_max_octets = 75;
constexpr std::int64_t k_day_seconds = 86400;
constexpr std::string_view k_tzid = "Europe/Paris";
constexpr int k_default_minutes = 120;  // a timed event without an end nor a series length

// Europe/Paris since 1996 (EU rules): summer time from the last Sunday of March at
// 02:00, winter time from the last Sunday of October at 03:00.
constexpr std::string_view k_vtimezone[] = {
    "BEGIN:VTIMEZONE",          "TZID:Europe/Paris",
    "BEGIN:DAYLIGHT",           "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",         "TZNAME:CEST",
    "DTSTART:19700329T020000",  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",             "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",       "TZOFFSETTO:+0100",
    "TZNAME:CET",               "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE"};

// `20240610`: the basic form RFC 5545 wants, not a date for people.
std::string ics_date(util::Date d) { return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day); }

std::string ics_local(util::Date d, util::Time t) { return fmt::format("{}T{:02}{:02}00", ics_date(d), t.hour, t.minute); }

class Writer {
public:
    void line(std::string_view content) { m_out += fold_line(content); }
    void text(std::string_view name, std::string_view value) {
        if (!value.empty()) line(fmt::format("{}:{}", name, escape_text(value)));
    }
    [[nodiscard]] std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

std::string summary(const model::Event& e, util::Lang lang) {
    if (!e.subject.empty()) return e.subject;
    if (!e.format.empty()) return e.format;
    return tr(lang, Msg::calendar_untitled);
}

// What invitees read: the title, the format, the site. Never the note's path, which
// X-DLA-SOURCE keeps for whoever wants to find the row again.
std::string description(const model::Event& e, const IcsOptions& options) {
    std::string s = summary(e, options.lang);
    if (!e.format.empty() && e.format != s) s += "\n" + tr(options.lang, Msg::calendar_ics_format, e.format);
    if (!options.site.empty()) s += "\n" + options.site;
    return s;
}

// `PT2H`, `PT1H30M`, `PT45M`.
std::string ics_duration(int minutes) {
    std::string s = "PT";
    if (minutes >= 60) s += fmt::format("{}H", minutes / 60);
    if (minutes % 60) s += fmt::format("{}M", minutes % 60);
    return s;
}

// An address in a text: its first word starting with http:// or https://.
std::string_view link_in(std::string_view text) {
    for (auto at = text.find("http"); at != std::string_view::npos; at = text.find("http", at + 1)) {
        if (at > 0 && !std::isspace(static_cast<unsigned char>(text[at - 1])) && text[at - 1] != '(') continue;
        std::string_view rest = text.substr(at);
        if (!rest.starts_with("http://") && !rest.starts_with("https://")) continue;
        const auto stop = rest.find_first_of(" \t)");
        return rest.substr(0, stop);
    }
    return {};
}

}  // namespace

const model::Series* event_series(const query::CalendarEvent& c, std::span<const model::Series> series) {
    if (c.series.empty()) return nullptr;
    const std::string id = util::fold(c.series);
    for (const auto& s : series)
        if (util::fold(s.id) == id) return &s;
    return nullptr;
}

std::optional<int> meeting_number(const query::CalendarEvent& c, const model::Series* series) {
    if (!series || series->title.find("{number}") == std::string::npos) return std::nullopt;
    const std::string_view subject = util::trim(c.event.subject);
    std::size_t digits = subject.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(subject[digits - 1]))) --digits;
    if (digits == subject.size() || subject.size() - digits > 6) return std::nullopt;
    const int n = std::stoi(std::string(subject.substr(digits)));
    if (util::fold(model::series_title(*series, n)) != util::fold(subject)) return std::nullopt;
    return n;
}

namespace {

// The format's words at the start of `text` ("Présentiel", "Visio", "Sur place"): the
// longest of the first three words' prefixes that names a format, and where it ends.
std::pair<std::string, std::size_t> format_prefix(std::string_view text) {
    std::vector<std::size_t> ends;  // where each of the first words ends
    for (std::size_t at = 0; ends.size() < 3 && at < text.size();) {
        const auto space = text.find(' ', at);
        if (space != at) ends.push_back(space == std::string_view::npos ? text.size() : space);
        if (space == std::string_view::npos) break;
        at = space + 1;
    }
    for (auto end = ends.rbegin(); end != ends.rend(); ++end)
        if (std::string format = model::meeting_format(text.substr(0, *end)); !format.empty()) return {format, *end};
    return {};
}

// Without the blanks, brackets, dashes, colons and commas around it: "(St Laurent Blangy)",
// "– Amiens", ": Lille", "Sur place :".
std::string_view without_punctuation_around(std::string_view text) {
    constexpr std::string_view k_around = " \t()[]-:,";
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::string_view dash : {"–", "—"}) {
            if (text.starts_with(dash)) text.remove_prefix(dash.size()), trimmed = true;
            if (text.ends_with(dash)) text.remove_suffix(dash.size()), trimmed = true;
        }
        while (!text.empty() && k_around.find(text.front()) != std::string_view::npos) text.remove_prefix(1), trimmed = true;
        while (!text.empty() && k_around.find(text.back()) != std::string_view::npos) text.remove_suffix(1), trimmed = true;
    }
    return text;
}

}  // namespace

std::string event_category(const model::Event& e) {
    const auto [format, used] = format_prefix(e.format);
    if (format.empty()) return e.format;
    return std::string(without_punctuation_around(std::string_view(e.format).substr(0, used)));
}

std::string event_location(const model::Event& e) {
    if (!e.location.empty()) return e.location;
    const std::string_view text = e.format;
    const auto [format, used] = format_prefix(text);
    if (format.empty()) return {};
    std::string_view rest = text.substr(used);
    if (const auto link = link_in(rest); !link.empty()) return std::string(link);
    if (format == "visio") return event_category(e);
    // "Présentiel (St Laurent Blangy)", "Présentiel – Amiens", "Présentiel : Amiens": the place.
    return std::string(without_punctuation_around(rest));
}

namespace {

void write_event(Writer& w, const query::CalendarEvent& c, const IcsOptions& options) {
    const model::Event& e = c.event;
    w.line("BEGIN:VEVENT");
    const model::Series* series = event_series(c, options.series);
    w.line("UID:" + event_uid(c, series));
    w.line("DTSTAMP:" + utc_stamp(options.stamp));
    // The day of the newest note that lists the event: a moved meeting is a newer version.
    if (c.note_date && !c.planned_meeting)
        w.line("LAST-MODIFIED:" + utc_stamp(std::min<std::int64_t>(options.stamp, util::to_days(*c.note_date) * k_day_seconds)));
    if (e.time) {
        w.line(fmt::format("DTSTART;TZID={}:{}", k_tzid, ics_local(e.dates.start, *e.time)));
        if (e.end_time) w.line(fmt::format("DTEND;TZID={}:{}", k_tzid, ics_local(e.dates.start, *e.end_time)));
        else w.line("DURATION:" + ics_duration(series && series->duration ? *series->duration : k_default_minutes));
        // Several days at the same hours: one occurrence a day, not one long block.
        const long days = util::to_days(e.dates.end) - util::to_days(e.dates.start) + 1;
        if (days > 1) w.line(fmt::format("RRULE:FREQ=DAILY;COUNT={}", days));
    } else {
        w.line("DTSTART;VALUE=DATE:" + ics_date(e.dates.start));
        w.line("DTEND;VALUE=DATE:" + ics_date(util::add_days(e.dates.end, 1)));  // exclusive
    }
    w.text("SUMMARY", summary(e, options.lang));
    w.text("LOCATION", event_location(e));
    w.text("CATEGORIES", event_category(e));
    w.text("DESCRIPTION", description(e, options));
    if (!options.site.empty()) w.line("URL:" + options.site);
    w.text("X-DLA-SOURCE", fmt::format("{}:{}", c.path, e.line));
    w.line("END:VEVENT");
}

void write_todo(Writer& w, const IcsTodo& t, const IcsOptions& options) {
    w.line("BEGIN:VTODO");
    w.line("UID:" + todo_uid(t.id));
    w.line("DTSTAMP:" + utc_stamp(options.stamp));
    w.line("DUE;VALUE=DATE:" + ics_date(t.due));
    w.line("STATUS:NEEDS-ACTION");
    w.text("SUMMARY", t.summary);
    w.text("DESCRIPTION", t.owners);
    w.text("X-DLA-SOURCE", t.source);
    w.line("END:VTODO");
}

}  // namespace

std::string todo_uid(std::string_view action_id) { return fmt::format("todo-{:016x}@dla", util::fnv1a_64(action_id)); }

std::string escape_text(std::string_view text) {
    std::string out;
    for (char ch : text) {
        switch (ch) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += ch; break;
        default:
            if (static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7F) out += ch;
        }
    }
    return out;
}

std::string fold_line(std::string_view line) {
    std::string out;
    std::size_t limit = k_max_octets;  // the first piece; continuations lose one octet to the space
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        if (cut == 0) cut = limit;  // not UTF-8 after all: cut anyway rather than loop
        out.append(line.substr(0, cut)).append("\r\n ");
        line.remove_prefix(cut);
        limit = k_max_octets - 1;
    }
    out.append(line).append("\r\n");
    return out;
}

std::string event_uid(const query::CalendarEvent& c, const model::Series* series) {
    const std::optional<int> number = meeting_number(c, series);
    const std::string key =
        number ? fmt::format("{}\x1fN\x1f{}", util::fold(c.series), *number)
               : fmt::format("{}\x1f{}\x1f{}", util::fold(c.series), util::to_iso(c.event.dates.start), util::fold(c.event.subject));
    return fmt::format("{:016x}@dla", util::fnv1a_64(key));
}

std::string utc_stamp(std::int64_t seconds) {
    std::int64_t days = seconds / k_day_seconds;
    std::int64_t rest = seconds % k_day_seconds;
    if (rest < 0) {  // before 1970: floor, not truncation
        rest += k_day_seconds;
        --days;
    }
    const util::Date d = util::from_days(static_cast<long>(days));
    return fmt::format("{}T{:02}{:02}{:02}Z", ics_date(d), rest / 3600, rest / 60 % 60, rest % 60);
}

std::string calendar_ics(const std::vector<query::CalendarEvent>& events, const IcsOptions& options,
                         std::span<const IcsTodo> todos) {
    Writer w;
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line(options.lang == util::Lang::fr ? "PRODID:-//dla//dla calendar//FR" : "PRODID:-//dla//dla calendar//EN");
    w.line("CALSCALE:GREGORIAN");
    w.text("NAME", options.name);
    w.text("X-WR-CALNAME", options.name);
    w.line(fmt::format("X-WR-TIMEZONE:{}", k_tzid));
    if (std::ranges::any_of(events, [](const auto& c) { return c.event.time.has_value(); }))
        for (auto l : k_vtimezone) w.line(l);
    for (const auto& c : events) write_event(w, c, options);
    for (const auto& t : todos) write_todo(w, t, options);
    w.line("END:VCALENDAR");
    return w.take();
}

}  // namespace dla::render
