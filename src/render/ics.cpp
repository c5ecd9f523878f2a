#include "dla/render/ics.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dla/render/show.hpp"
#include "dla/util/hash.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

namespace {

constexpr std::size_t k_max_octets = 75;
constexpr std::int64_t k_day_seconds = 86400;
constexpr std::string_view k_tzid = "Europe/Paris";

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

// The format, then the minutes the event comes from, one per line.
std::string description(const query::CalendarEvent& c, util::Lang lang) {
    std::string s;
    if (!c.event.format.empty()) s += tr(lang, Msg::calendar_ics_format, c.event.format) + "\n";
    const std::string_view title = c.note_title.empty() ? c.path : c.note_title;
    if (c.planned_meeting) s += tr(lang, Msg::calendar_ics_planned, c.path);
    else if (c.note_date) s += tr(lang, Msg::calendar_ics_source, title, date_text(*c.note_date, lang), c.path, c.event.line);
    else s += tr(lang, Msg::calendar_ics_source_undated, title, c.path, c.event.line);
    return s;
}

void write_event(Writer& w, const query::CalendarEvent& c, const IcsOptions& options) {
    const model::Event& e = c.event;
    w.line("BEGIN:VEVENT");
    w.line("UID:" + event_uid(c));
    w.line("DTSTAMP:" + utc_stamp(options.stamp));
    if (e.time) {
        w.line(fmt::format("DTSTART;TZID={}:{}", k_tzid, ics_local(e.dates.start, *e.time)));
        if (e.end_time) w.line(fmt::format("DTEND;TZID={}:{}", k_tzid, ics_local(e.dates.start, *e.end_time)));
        // Several days at the same hours: one occurrence a day, not one long block.
        const long days = util::to_days(e.dates.end) - util::to_days(e.dates.start) + 1;
        if (days > 1) w.line(fmt::format("RRULE:FREQ=DAILY;COUNT={}", days));
    } else {
        w.line("DTSTART;VALUE=DATE:" + ics_date(e.dates.start));
        w.line("DTEND;VALUE=DATE:" + ics_date(util::add_days(e.dates.end, 1)));  // exclusive
    }
    w.text("SUMMARY", summary(e, options.lang));
    w.text("LOCATION", e.location);
    w.text("CATEGORIES", e.format);
    w.text("DESCRIPTION", description(c, options.lang));
    w.line("END:VEVENT");
}

}  // namespace

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

std::string event_uid(const query::CalendarEvent& c) {
    const std::string key =
        fmt::format("{}\x1f{}\x1f{}", util::fold(c.series), util::to_iso(c.event.dates.start), util::fold(c.event.subject));
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

std::string calendar_ics(const std::vector<query::CalendarEvent>& events, const IcsOptions& options) {
    Writer w;
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line(options.lang == util::Lang::fr ? "PRODID:-//dla//dla calendar//FR" : "PRODID:-//dla//dla calendar//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    w.text("NAME", options.name);
    w.text("X-WR-CALNAME", options.name);
    w.line(fmt::format("X-WR-TIMEZONE:{}", k_tzid));
    if (std::ranges::any_of(events, [](const auto& c) { return c.event.time.has_value(); }))
        for (auto l : k_vtimezone) w.line(l);
    for (const auto& c : events) write_event(w, c, options);
    w.line("END:VCALENDAR");
    return w.take();
}

}  // namespace dla::render
