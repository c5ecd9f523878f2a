#include "dla/query/agenda.hpp"

#include <algorithm>
#include <map>

namespace dla::query {

Agenda make_agenda(const std::vector<model::Meeting>& meetings, const std::vector<TrackedAction>& actions,
                   util::Date today, int days) {
    Agenda out{today, util::add_days(today, std::max(days, 1) - 1), {}, {}};
    std::map<util::Date, AgendaDay> by_day;
    auto day = [&](util::Date d) -> AgendaDay& {
        auto [it, added] = by_day.try_emplace(d);
        if (added) it->second.date = d;
        return it->second;
    };
    CalendarOptions window;
    window.today = today;
    window.from = out.from;
    window.to = out.to;
    for (const CalendarEvent& e : upcoming_events(meetings, window))
        for (util::Date d = std::max(e.event.dates.start, out.from); d <= std::min(e.event.dates.end, out.to); d = util::add_days(d, 1))
            day(d).events.push_back(e);
    for (const TrackedAction& t : actions) {
        if (t.action.status != model::ActionStatus::open || !t.action.due) continue;
        if (*t.action.due < out.from) out.overdue.push_back(&t);
        else if (*t.action.due <= out.to) day(*t.action.due).actions.push_back(&t);
    }
    for (auto& [d, agenda_day] : by_day) out.days.push_back(std::move(agenda_day));
    return out;
}

int month_span(util::Date today) {
    auto first_of_next = [](int year, int month) { return month == 12 ? util::Date{year + 1, 1, 1} : util::Date{year, month + 1, 1}; };
    const util::Date next = first_of_next(today.year, today.month);
    const long last_day = util::to_days(first_of_next(next.year, next.month)) - 1;
    const long same_day = util::to_days(next) + today.day - 1;
    return static_cast<int>(same_day > last_day ? last_day + 1 - util::to_days(today) : same_day - util::to_days(today));
}

}  // namespace dla::query
