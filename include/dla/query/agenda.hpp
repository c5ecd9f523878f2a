// The coming days as org-mode's agenda shows them (`dla agenda`): the overdue actions,
// then per day the calendar's events and the actions due that day.
#pragma once

#include <vector>

#include "dla/query/actions.hpp"
#include "dla/query/calendar.hpp"

namespace dla::query {

/// One day of the agenda that holds something.
struct AgendaDay {
    util::Date date;
    std::vector<CalendarEvent> events;           // those taking place that day (a several-day event on each of its days)
    std::vector<const TrackedAction*> actions;   // the open actions due that day
};

struct Agenda {
    util::Date from, to;                         // the days shown, inclusive
    std::vector<const TrackedAction*> overdue;   // open, due before `from`: « En retard »
    std::vector<AgendaDay> days;                 // in order; a day with nothing is left out
};

/// The agenda of the `days` days from `today` (at least one): the events of
/// upcoming_events over those days, and the open actions of `actions` (already
/// filtered, as track_actions sorts them: by due date) due before today (overdue) or on
/// one of those days. The events and actions view `meetings` and `actions`.
[[nodiscard]] Agenda make_agenda(const std::vector<model::Meeting>& meetings, const std::vector<TrackedAction>& actions,
                                 util::Date today, int days);

/// How many days `--month` shows from `today`: up to the same day of the next month,
/// excluded (29 April → 28 May: 30 days), or to the last day of the next month, included,
/// when it has no such day (31 January 2024 → 29 February: 30 days).
[[nodiscard]] int month_span(util::Date today);

}  // namespace dla::query
