// The next minutes of a series, planned from the repository (`dla new-minutes`): its number,
// date, time and format, the people expected, the open actions to carry, the departments'
// news headings and the dates that follow. Pure: the notes and options in, a plan out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/query/calendar.hpp"

namespace dla::query {

/// What the user asked for; empty fields are worked out from the repository.
struct NextMinutesOptions {
    util::Date today;
    std::string series;               // --series, compared folded; "" = the default series
    std::optional<util::Date> date;   // --date
    std::optional<util::TimeRange> time;  // --time
    std::string format;               // --format, already one of visio | présentiel | hybride
    std::string theme;                // --theme
};

/// Where the date of the plan comes from.
enum class DateSource { option, calendar, today };

/// An open action carried into "Suivi des actions".
struct CarriedAction {
    model::Action action;        // its latest state, its `id` always set
    bool generated_id = false;   // the action had no written id: `id` is its implicit id (implicit_action_id)
    std::string path;            // the note of its latest mention (for an implicit id: the note it stands in)
    int line = 0;                // its line there
    std::string meeting;         // the title of the meeting that raised it
    std::optional<util::Date> raised_on;
    bool overdue = false;        // due before the date of the plan
};

/// How many of the last meetings of a series give the people expected at the next one
/// when dla.yaml lists no members: present or excused at one of them.
inline constexpr std::size_t k_roster_meetings = 3;

/// Everything the template of the next minutes is filled with.
struct MinutesPlan {
    std::string series;          // the id as dla.yaml (else the notes) writes it
    std::string title;           // "InterDLA N°5", from the series' title pattern
    int number = 1;
    util::Date date;
    DateSource date_source = DateSource::today;
    std::optional<CalendarEvent> planned;  // the calendar date it comes from, when it does
    std::optional<util::Time> time;
    std::optional<util::Time> end_time;
    std::string format;          // visio | présentiel | hybride, or "" when nothing says
    std::string location;
    std::string theme;
    std::vector<model::Attendee> attendees;  // the people expected, "Name (Organisation)"
    bool attendees_from_members = false;     // from the series' members, else from the last meetings
    const model::Meeting* previous = nullptr;  // the last meeting of the series before the date
    const model::Meeting* existing = nullptr;  // minutes of the series already dated that day: nothing to create
    std::vector<CarriedAction> carried;
    std::vector<std::string> departments;    // one news heading each: "DLA 59"
    std::vector<CalendarEvent> upcoming;     // the dates that start after the meeting, as `dla calendar` gives them
    std::string path;            // "notes/2024/2024-05-02-interdla-5.md", relative to the root
};

/// The series `wanted` names (compared folded) among those of dla.yaml and of the notes;
/// with `wanted` empty, dla.yaml's `default-series`, else the series of the newest note,
/// else the only series of dla.yaml. Throws util::Failure (`minutes_unknown_series`,
/// `minutes_no_series`, listing the known ones) when there is none.
[[nodiscard]] std::string choose_series(const std::vector<model::Meeting>& meetings, const model::Config& config,
                                        std::string_view wanted);

/// True when `subject` names a meeting of `series`: once folded, it starts with the
/// series' title pattern without its number ("InterDLA N°{number}" → "interdla"), or with
/// its id when it has no pattern, followed by nothing or a separator
/// ("InterDLA", "InterDLA N°5", "InterDLA : codev"; not "InterDLAB", "Café des prestataires").
[[nodiscard]] bool names_series(std::string_view subject, const model::Series& series);

/// The next minutes of `series` (as choose_series gives it):
/// - number: one more than the highest number of the series' notes (1 for the first);
/// - date: `options.date`, else the first date of the calendar after `today` that names the
///   series (names_series), today's own included while the series has no minutes dated
///   today, else today; `existing` is the note of the series already dated that day, if any
///   (the next minutes exist already: `dla new-minutes` refuses);
/// - time, format, place: the options, else those of the calendar date when it has them
///   (a format such as "Visio matin" read as visio), else the series' in dla.yaml;
/// - theme: the option, else what the calendar's subject says after the series' name and
///   a colon or dash ("InterDLA : codev" → "codev");
/// - attendees: the series' members, else everyone present or excused at one of the last
///   k_roster_meetings meetings of the series before the date (newest first); each person
///   once, named as the directory names them (query/people: aliases, first names, NFD);
/// - carried: the actions raised in the series that are open in the notes dated before the
///   date (track_actions: the newest mention of an id decides), soonest due first, each
///   under its id, written or implicit;
/// - departments: "DLA <id>" for each department of dla.yaml, else the news headings of the
///   previous meeting;
/// - upcoming: the calendar's dates that start after the meeting's day (`dla calendar --from
///   <next day>`, less a date of several days that starts on the meeting's day or before);
/// - path: `<notes>/<year>/<date>-<series>-<number>.md`.
[[nodiscard]] MinutesPlan plan_next_minutes(const std::vector<model::Meeting>& meetings, const model::Config& config,
                                            const NextMinutesOptions& options);

}  // namespace dla::query
