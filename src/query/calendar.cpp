#include "dla/query/calendar.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

#include "dla/query/meetings.hpp"
#include "dla/util/text.hpp"

namespace dla::query {

namespace {

// Notes are compared by (date, path); undated notes come before dated ones.
auto note_key(const CalendarEvent& e) {
    return std::make_tuple(e.note_date.has_value(), e.note_date.value_or(util::Date{}), std::cref(e.path));
}

// What same_event compares, computed once per event: folding is the costly part.
struct Identity {
    util::Date start;
    std::string subject;  // folded
    explicit Identity(const model::Event& e) : start(e.dates.start), subject(util::fold(e.subject)) {}
    [[nodiscard]] bool same(const Identity& o) const {
        return start == o.start && (subject == o.subject || subject.empty() || o.subject.empty());
    }
};

// Fills what `kept` leaves empty from `older`, a copy of the same event.
void fill_from(CalendarEvent& kept, const CalendarEvent& older) {
    model::Event& k = kept.event;
    const model::Event& o = older.event;
    if (k.subject.empty()) k.subject = o.subject;
    if (k.format.empty()) k.format = o.format;
    if (k.location.empty()) k.location = o.location;
    if (!k.time && o.time) {
        k.time = o.time;
        k.end_time = o.end_time;
    }
}

}  // namespace

std::vector<CalendarEvent> collect_events(const std::vector<model::Meeting>& meetings) {
    std::vector<const model::Meeting*> notes;
    for (const auto& m : meetings) notes.push_back(&m);
    std::stable_sort(notes.begin(), notes.end(), [](const model::Meeting* a, const model::Meeting* b) {
        return std::make_tuple(a->date.has_value(), a->date.value_or(util::Date{}), std::cref(a->path)) <
               std::make_tuple(b->date.has_value(), b->date.value_or(util::Date{}), std::cref(b->path));
    });
    std::vector<CalendarEvent> out;
    for (const model::Meeting* m : notes)
        for (const auto& e : m->events) out.push_back({e, m->series, m->path, m->title, m->date, false});
    return out;
}

bool same_event(const model::Event& a, const model::Event& b) { return Identity(a).same(Identity(b)); }

bool newer_note(const CalendarEvent& a, const CalendarEvent& b) { return note_key(a) > note_key(b); }

std::vector<CalendarEvent> apply_newest_plan(const std::vector<CalendarEvent>& events) {
    struct Plan {
        const CalendarEvent* note = nullptr;  // any event of the note, for its date and path
        std::vector<Identity> events;
    };
    // series (folded) → path → the note's plan.
    std::map<std::string, std::map<std::string, Plan>> plans;
    std::vector<Identity> identities;
    for (const auto& e : events) {
        identities.emplace_back(e.event);
        Plan& plan = plans[util::fold(e.series)][e.path];
        plan.note = &e;
        plan.events.push_back(identities.back());
    }
    std::vector<CalendarEvent> out;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const CalendarEvent& e = events[i];
        const bool superseded = std::ranges::any_of(plans[util::fold(e.series)], [&](const auto& entry) {
            const Plan& plan = entry.second;
            // After the newer note's date only: on its own day the meeting it records
            // took place, and minutes list the next dates, not their own.
            return newer_note(*plan.note, e) && plan.note->note_date && *plan.note->note_date < e.event.dates.start &&
                   std::ranges::none_of(plan.events, [&](const Identity& p) { return p.same(identities[i]); });
        });
        if (!superseded) out.push_back(e);
    }
    return out;
}

std::vector<CalendarEvent> add_planned_meetings(std::vector<CalendarEvent> events,
                                                const std::vector<model::Meeting>& meetings, util::Date today) {
    for (const model::Meeting* m : by_date(meetings)) {
        if (!m->date || *m->date <= today) continue;
        const std::string series = util::fold(m->series);
        const bool listed = std::any_of(events.begin(), events.end(), [&](const CalendarEvent& e) {
            return e.event.dates.start == *m->date && util::fold(e.series) == series;
        });
        if (listed) continue;
        model::Event e;
        e.dates = {*m->date, *m->date};
        e.date_text = util::to_iso(*m->date);
        e.time = m->time;
        e.end_time = m->end_time;
        e.format = m->format;
        e.location = m->location;
        e.subject = m->title;
        auto line = m->field_lines.find("date");
        e.line = line == m->field_lines.end() ? 1 : line->second;
        events.push_back({std::move(e), m->series, m->path, m->title, m->date, true});
    }
    return events;
}

std::vector<CalendarEvent> merge_duplicates(const std::vector<CalendarEvent>& events) {
    // Each group of copies, in order of first appearance, found among the groups of the same day.
    std::vector<std::vector<const CalendarEvent*>> groups;
    std::map<util::Date, std::vector<std::pair<Identity, std::size_t>>> by_day;  // day → (identity, group)
    for (const auto& e : events) {
        const Identity id(e.event);
        auto& day = by_day[id.start];
        auto it = std::ranges::find_if(day, [&](const auto& d) { return d.first.same(id); });
        if (it != day.end()) {
            // A group found through an empty subject takes the subject, so that it
            // does not also swallow an event of another subject that day.
            if (it->first.subject.empty()) it->first.subject = id.subject;
            groups[it->second].push_back(&e);
            continue;
        }
        day.emplace_back(id, groups.size());
        groups.push_back({&e});
    }
    std::vector<CalendarEvent> out;
    for (auto& group : groups) {
        // Newest note first; its copy is kept, the older ones fill its gaps.
        std::stable_sort(group.begin(), group.end(),
                         [](const CalendarEvent* a, const CalendarEvent* b) { return newer_note(*a, *b); });
        CalendarEvent kept = *group.front();
        for (std::size_t i = 1; i < group.size(); ++i) fill_from(kept, *group[i]);
        out.push_back(std::move(kept));
    }
    return out;
}

void sort_events(std::vector<CalendarEvent>& events) {
    std::stable_sort(events.begin(), events.end(), [](const CalendarEvent& a, const CalendarEvent& b) {
        auto key = [](const CalendarEvent& e) {
            return std::make_tuple(e.event.dates.start, e.event.time.has_value(), e.event.time.value_or(util::Time{}),
                                   e.event.dates.end, util::fold(e.series), util::fold(e.event.subject),
                                   std::cref(e.path), e.event.line);
        };
        return key(a) < key(b);
    });
}

std::vector<CalendarEvent> upcoming_events(const std::vector<model::Meeting>& meetings,
                                           const CalendarOptions& options) {
    std::vector<CalendarEvent> events = add_planned_meetings(apply_newest_plan(collect_events(meetings)), meetings,
                                                             options.today);
    if (!options.series.empty()) {
        const std::string wanted = util::fold(options.series);
        std::erase_if(events, [&](const CalendarEvent& e) { return util::fold(e.series) != wanted; });
    }
    events = merge_duplicates(events);
    sort_events(events);
    const std::optional<util::Date> from = options.from ? options.from
                                           : options.all ? std::nullopt
                                                         : std::optional<util::Date>(options.today);
    std::erase_if(events, [&](const CalendarEvent& e) {
        return (from && e.event.dates.end < *from) || (options.to && e.event.dates.start > *options.to);
    });
    if (options.limit && events.size() > options.limit) events.resize(options.limit);
    return events;
}

std::vector<std::string> note_series(const std::vector<model::Meeting>& meetings) {
    std::vector<std::string> out;
    for (const model::Meeting* m : by_date(meetings)) {
        if (m->series.empty()) continue;
        const std::string f = util::fold(m->series);
        if (std::none_of(out.begin(), out.end(), [&](const std::string& s) { return util::fold(s) == f; }))
            out.push_back(m->series);
    }
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return util::fold(a) < util::fold(b); });
    return out;
}

}  // namespace dla::query
