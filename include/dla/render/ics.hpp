// iCalendar (RFC 5545) for `dla calendar --format ics`: one VCALENDAR that Thunderbird,
// Outlook, Google Calendar and khal import, byte for byte the same on every run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dla/query/calendar.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

struct IcsOptions {
    std::string name;        // the calendar's name (NAME, X-WR-CALNAME)
    std::int64_t stamp = 0;  // DTSTAMP of every event: seconds since 1970-01-01T00:00:00Z
    util::Lang lang = util::Lang::fr;
};

/// The calendar: VERSION, PRODID, CALSCALE, METHOD:PUBLISH, its name, the Europe/Paris
/// VTIMEZONE when an event has a time, then one VEVENT per event: UID (event_uid),
/// DTSTAMP, all-day events as `DTSTART;VALUE=DATE` with the exclusive end day as
/// DTEND, timed events in Europe/Paris (DTEND only with an end time; several days
/// repeat daily), SUMMARY (the subject, else the format), LOCATION, CATEGORIES (the
/// format), DESCRIPTION (format and the minutes it comes from). Lines end in CRLF
/// and are folded at 75 octets.
[[nodiscard]] std::string calendar_ics(const std::vector<query::CalendarEvent>& events, const IcsOptions& options);

/// TEXT escaped: `\` `;` `,` backslashed, a line break as `\n`, other control
/// characters (but tab) dropped.
[[nodiscard]] std::string escape_text(std::string_view text);

/// One content line (without line end) folded: pieces of at most 75 octets, each
/// continuation starting with a space, never cutting a UTF-8 character; every piece ends in CRLF.
[[nodiscard]] std::string fold_line(std::string_view line);

/// `<16 hex digits>@dla`: the hash of the series, the start day and the subject, both
/// folded. The same event gets the same UID on every run and every machine, so a
/// calendar imported again is updated, not doubled; editing the subject or moving
/// the start day makes it another event.
[[nodiscard]] std::string event_uid(const query::CalendarEvent& event);

/// `20240405T000000Z`.
[[nodiscard]] std::string utc_stamp(std::int64_t seconds);

}  // namespace dla::render
