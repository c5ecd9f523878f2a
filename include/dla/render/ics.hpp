// iCalendar (RFC 5545) for `dla calendar --format ics`: one VCALENDAR that Thunderbird,
// Outlook, Google Calendar and khal import, byte for byte the same on every run.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/query/calendar.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

struct IcsOptions {
    std::string name;        // the calendar's name (NAME, X-WR-CALNAME)
    std::int64_t stamp = 0;  // DTSTAMP of every event: seconds since 1970-01-01T00:00:00Z
    util::Lang lang = util::Lang::fr;
    std::string site = {};                     // dla.yaml's organisation site: URL and DESCRIPTION link
    std::span<const model::Series> series = {};  // dla.yaml's series: lengths, numbered titles
};

/// An open action with a due date, as a VTODO (`dla agenda --format ics`).
struct IcsTodo {
    std::string id;       // the action's id (written or implicit): its UID
    std::string summary;  // its text
    util::Date due;
    std::string owners;   // their names, ", " between: DESCRIPTION
    std::string source;   // `path:line` of its newest mention: X-DLA-SOURCE
};

/// The calendar: VERSION, PRODID, CALSCALE (no METHOD: a plain calendar file, not an
/// iTIP message, which would need an ORGANIZER), its name, the Europe/Paris VTIMEZONE
/// when an event has a time, then one VEVENT per event: UID (event_uid), DTSTAMP,
/// LAST-MODIFIED (the day of the note listing it, at most DTSTAMP; not for a planned
/// meeting), all-day events as `DTSTART;VALUE=DATE` with the exclusive end day as DTEND,
/// timed events in Europe/Paris with DTEND at the end time, else DURATION (the series'
/// `duration`, else 2 hours); several days repeat daily. SUMMARY (the subject, else the
/// format), LOCATION (event_location), CATEGORIES (event_category), DESCRIPTION (the title,
/// the format, the site), URL (the site), X-DLA-SOURCE (`path:line` of the row). Lines
/// end in CRLF and are folded at 75 octets. Then one VTODO per `todos` entry: UID
/// (todo_uid), DTSTAMP, DUE;VALUE=DATE, STATUS:NEEDS-ACTION, SUMMARY, DESCRIPTION (the
/// owners), X-DLA-SOURCE.
[[nodiscard]] std::string calendar_ics(const std::vector<query::CalendarEvent>& events, const IcsOptions& options,
                                       std::span<const IcsTodo> todos = {});

/// `todo-<16 hex digits>@dla`: the hash of the action's id, the same on every run, so that
/// a to-do imported again is updated, not doubled.
[[nodiscard]] std::string todo_uid(std::string_view action_id);

/// TEXT escaped: `\` `;` `,` backslashed, a line break as `\n`, other control
/// characters (but tab) dropped.
[[nodiscard]] std::string escape_text(std::string_view text);

/// One content line (without line end) folded: pieces of at most 75 octets, each
/// continuation starting with a space, never cutting a UTF-8 character; every piece ends in CRLF.
[[nodiscard]] std::string fold_line(std::string_view line);

/// `<16 hex digits>@dla`: the hash of the series and the meeting's number for a
/// numbered meeting (meeting_number), else of the series, the start day and the subject,
/// folded. The same event gets the same UID on every run and every machine, so a
/// calendar imported again is updated, not doubled, and a numbered meeting moved to
/// another day stays the same event; for other events, editing the subject or moving
/// the start day makes another event. `series`: the event's series (event_series).
[[nodiscard]] std::string event_uid(const query::CalendarEvent& event, const model::Series* series = nullptr);

/// The series of dla.yaml the event's note belongs to (ids compared folded); nullptr when none.
[[nodiscard]] const model::Series* event_series(const query::CalendarEvent& event, std::span<const model::Series> series);

/// N when the subject is the title of meeting N of `series` (« InterDLA N°7 » for the
/// pattern « InterDLA N°{number} », folded); nothing otherwise or without a pattern.
[[nodiscard]] std::optional<int> meeting_number(const query::CalendarEvent& event, const model::Series* series);

/// Where the event takes place, for LOCATION: the `Lieu` column, else what the format
/// says after its words (« Présentiel Amiens » → « Amiens », « Présentiel (St Laurent
/// Blangy) » → « St Laurent Blangy »); for a visio the address it gives, else the format's
/// words (« Visio matin » → « Visio »); "" when the format names no place.
[[nodiscard]] std::string event_location(const model::Event& event);

/// The format's words as written, for CATEGORIES (« Présentiel Amiens » → « Présentiel »,
/// « Visio matin » → « Visio »); the whole text when it names no format.
[[nodiscard]] std::string event_category(const model::Event& event);

/// `20240405T000000Z`.
[[nodiscard]] std::string utc_stamp(std::int64_t seconds);

}  // namespace dla::render
