// The calendar across all minutes: every planned date, the newest plan of each series
// winning over older ones, each event once, filtered and sorted for `dla calendar`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::query {

/// A date of the calendar and the note it comes from. The note's texts are views of the
/// meeting's: an event lives no longer than the meetings it was collected from (a
/// calendar of 10,000 notes held 120,000 copies of their paths and titles).
struct CalendarEvent {
    model::Event event;
    std::string_view series;              // the note's series id as written, "" when none
    std::string_view path;                // the note
    std::string_view note_title;          // the note's title
    std::optional<util::Date> note_date;  // the note's date
    bool planned_meeting = false;         // the note itself, dated after today, not a table row
    bool operator==(const CalendarEvent&) const = default;
};

/// Every event of every note (table rows and `events:` entries), with its note,
/// oldest note first (undated notes first, then by date and path), in the note's order.
[[nodiscard]] std::vector<CalendarEvent> collect_events(const std::vector<model::Meeting>& meetings);
// The events view the meetings: never meetings about to be destroyed.
std::vector<CalendarEvent> collect_events(std::vector<model::Meeting>&&) = delete;

/// True when two events are the same: the same start day and the same subject
/// (compared folded: case, accents and punctuation aside), or the same start day
/// and one of the subjects empty.
[[nodiscard]] bool same_event(const model::Event& a, const model::Event& b);

/// True when `a` comes from a newer note than `b`: a later date, or the same date and
/// a later path; an undated note is older than any dated one.
[[nodiscard]] bool newer_note(const CalendarEvent& a, const CalendarEvent& b);

/// The newest plan wins: an event of a note is dropped when a newer note of the same
/// series (the notes without a series form one group), dated before the event's start,
/// lists dates (at least one event) but not this one. So the newest note's table
/// replaces what older notes said about the days after its date, and every note's
/// table does the same for the days between its date and the next note's. The day of
/// a note is not its table's business: the meeting it records took place. Order kept.
[[nodiscard]] std::vector<CalendarEvent> apply_newest_plan(const std::vector<CalendarEvent>& events);

/// Adds, for every note dated after `today`, the meeting itself (subject: its title;
/// format, place and time: its own), unless an event of the same series already falls
/// on that day. `line` is the line of its `date:` field. A table row whose subject is the
/// title of numbered minutes dated another day (the meeting moved) is dropped first.
[[nodiscard]] std::vector<CalendarEvent> add_planned_meetings(std::vector<CalendarEvent> events,
                                                              const std::vector<model::Meeting>& meetings,
                                                              util::Date today);
std::vector<CalendarEvent> add_planned_meetings(std::vector<CalendarEvent>, std::vector<model::Meeting>&&,
                                                util::Date) = delete;

/// Each event once (see same_event): the copy of the newest note is kept, and what it
/// leaves empty (subject, time, format, place) is taken from the older copies.
/// Order of the kept copies' first appearance.
[[nodiscard]] std::vector<CalendarEvent> merge_duplicates(const std::vector<CalendarEvent>& events);

/// Sorted by start day, then events without a time before timed ones, then time,
/// end day, series, subject and place in the notes.
void sort_events(std::vector<CalendarEvent>& events);

struct CalendarOptions {
    util::Date today;
    std::optional<util::Date> from;  // events ending on or after it; default: today, unless `all`
    std::optional<util::Date> to;    // events starting on or before it
    bool all = false;                // no lower bound: past dates too
    std::string series;              // only this series (compared folded); "" = every series
    std::size_t limit = 0;           // at most this many events, the first ones; 0 = no limit
};

/// The events of the notes after apply_newest_plan, add_planned_meetings, the
/// series filter, merge_duplicates and sort_events, within the window and limit of
/// `options`.
[[nodiscard]] std::vector<CalendarEvent> upcoming_events(const std::vector<model::Meeting>& meetings,
                                                         const CalendarOptions& options);
std::vector<CalendarEvent> upcoming_events(std::vector<model::Meeting>&&, const CalendarOptions&) = delete;

/// The series ids of the notes (as first written), sorted folded; for messages.
[[nodiscard]] std::vector<std::string> note_series(const std::vector<model::Meeting>& meetings);

/// The series dla knows: those of dla.yaml in its order, then those only the notes name
/// (note_series), a series written in two ways (case, accents) listed once, as dla.yaml
/// writes it.
[[nodiscard]] std::vector<std::string> known_series(const std::vector<model::Meeting>& meetings,
                                                    const model::Config& config);

}  // namespace dla::query
