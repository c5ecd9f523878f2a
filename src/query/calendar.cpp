#include "dla/query/calendar.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
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
    std::size_t count = 0;
    for (const model::Meeting* m : notes) count += m->events.size();
    out.reserve(count);  // growing by doubling held up to twice the events at once
    for (const model::Meeting* m : notes)
        for (const auto& e : m->events) out.push_back({e, m->series, m->path, m->title, m->date, false});
    return out;
}

bool same_event(const model::Event& a, const model::Event& b) { return Identity(a).same(Identity(b)); }

bool newer_note(const CalendarEvent& a, const CalendarEvent& b) { return note_key(a) > note_key(b); }

std::vector<CalendarEvent> apply_newest_plan(const std::vector<CalendarEvent>& events) {
    // An event is superseded when a newer note of its series, dated before the event,
    // does not list it any more. Events come note by note, oldest note first
    // (collect_events), so the notes of a series are numbered in that order, and the
    // newer notes dated before a day are a run of consecutive numbers.
    // Per series and day, which notes list something that day, in increasing order: the
    // notes listing an event are then counted in a range by two binary searches, so that
    // ten thousand notes repeating the same dates stay linear.
    using Notes = std::vector<std::size_t>;
    struct Day {
        Notes any;                            // notes listing anything that day
        Notes untitled;                       // notes listing an event without a subject that day
        std::map<std::string, Notes> titled;  // folded subject → notes listing it
        std::map<std::string, Notes> same;    // folded subject → untitled ∪ titled[subject], made when asked
        const Notes& listing(const std::string& subject) {
            if (subject.empty()) return any;
            auto [it, made] = same.try_emplace(subject);
            if (made) {
                const Notes& t = titled[subject];
                std::set_union(untitled.begin(), untitled.end(), t.begin(), t.end(), std::back_inserter(it->second));
            }
            return it->second;
        }
    };
    auto add = [](Notes& notes, std::size_t note) {
        if (notes.empty() || notes.back() != note) notes.push_back(note);
    };
    struct Series {
        std::vector<std::optional<util::Date>> note_dates;  // one per note, in order
        std::map<util::Date, Day> days;
    };
    std::map<std::string, Series> series;
    std::vector<std::pair<Series*, std::size_t>> where;  // per event: its series and note number
    std::vector<Identity> identities;
    const CalendarEvent* previous = nullptr;
    for (const auto& e : events) {
        Series& s = series[util::fold(e.series)];
        if (!previous || previous->path != e.path) s.note_dates.push_back(e.note_date);  // the next note
        previous = &e;
        const std::size_t note = s.note_dates.size() - 1;
        identities.emplace_back(e.event);
        Day& day = s.days[identities.back().start];
        add(day.any, note);
        if (identities.back().subject.empty()) add(day.untitled, note);
        else add(day.titled[identities.back().subject], note);
        where.emplace_back(&s, note);
    }
    std::vector<CalendarEvent> out;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& [s, note] = where[i];
        const Identity& id = identities[i];
        // The newer notes dated before the event: from the first dated one after this note
        // to the last one dated before the event's day.
        const auto& dates = s->note_dates;
        std::size_t lo = note + 1;
        while (lo < dates.size() && !dates[lo]) ++lo;
        const auto hi = static_cast<std::size_t>(
            std::lower_bound(dates.begin() + static_cast<std::ptrdiff_t>(std::min(lo, dates.size())), dates.end(), id.start,
                             [](const std::optional<util::Date>& d, util::Date day) { return d && *d < day; }) -
            dates.begin());
        if (lo >= hi) {
            out.push_back(events[i]);
            continue;
        }
        // Superseded unless every one of them lists it.
        const Notes& listing = s->days.at(id.start).listing(id.subject);
        const auto listed = std::lower_bound(listing.begin(), listing.end(), hi) - std::lower_bound(listing.begin(), listing.end(), lo);
        if (static_cast<std::size_t>(listed) == hi - lo) out.push_back(events[i]);
    }
    return out;
}

std::vector<CalendarEvent> add_planned_meetings(std::vector<CalendarEvent> events,
                                                const std::vector<model::Meeting>& meetings, util::Date today) {
    // A date planned for a meeting whose minutes now exist on another day (« InterDLA N°8 »
    // planned on 10 October, its minutes dated 17 October: the meeting moved): the minutes'
    // date wins, the old plan is not shown beside it.
    // Numbered minutes only: their title names one meeting (« Séminaire DLA » may be yearly).
    std::map<std::string, util::Date> held;  // folded title → date of the minutes
    for (const auto& m : meetings)
        if (m.date && m.number && !m.title.empty()) held.emplace(util::fold(m.title), *m.date);
    std::erase_if(events, [&](const CalendarEvent& e) {
        if (e.event.subject.empty()) return false;
        const auto it = held.find(util::fold(e.event.subject));
        return it != held.end() && (it->second < e.event.dates.start || e.event.dates.end < it->second);
    });
    std::set<std::pair<util::Date, std::string>> listed;  // (day, folded series)
    for (const auto& e : events) listed.emplace(e.event.dates.start, util::fold(e.series));
    for (const model::Meeting* m : by_date(meetings)) {
        if (!m->date || *m->date <= today) continue;
        if (listed.contains({*m->date, util::fold(m->series)})) continue;
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
    // Each group of copies, in order of first appearance. An event joins the first group
    // of its day that is the same event: one of the same subject, or one without a
    // subject (which then takes this subject), or any when it has no subject itself.
    struct Day {
        std::vector<std::size_t> groups;                 // in order of creation
        std::map<std::string, std::size_t> by_subject;   // folded subject → first group with it
        std::set<std::size_t> untitled;                  // groups still without a subject
    };
    std::vector<std::vector<const CalendarEvent*>> groups;
    std::map<util::Date, Day> by_day;
    for (const auto& e : events) {
        const Identity id(e.event);
        Day& day = by_day[id.start];
        std::optional<std::size_t> found;
        if (id.subject.empty()) {
            if (!day.groups.empty()) found = day.groups.front();
        } else {
            if (auto it = day.by_subject.find(id.subject); it != day.by_subject.end()) found = it->second;
            if (!day.untitled.empty() && (!found || *day.untitled.begin() < *found)) found = *day.untitled.begin();
        }
        if (found) {
            // A group found through an empty subject takes the subject, so that it
            // does not also swallow an event of another subject that day.
            if (!id.subject.empty() && day.untitled.erase(*found)) day.by_subject.emplace(id.subject, *found);
            groups[*found].push_back(&e);
            continue;
        }
        day.groups.push_back(groups.size());
        if (id.subject.empty()) day.untitled.insert(groups.size());
        else day.by_subject.emplace(id.subject, groups.size());
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
    // The keys are computed once: folding is costly.
    using Key = std::tuple<util::Date, bool, util::Time, util::Date, std::string, std::string, std::string, int>;
    std::vector<std::pair<Key, std::size_t>> keyed;
    keyed.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const CalendarEvent& e = events[i];
        keyed.emplace_back(Key{e.event.dates.start, e.event.time.has_value(), e.event.time.value_or(util::Time{}),
                               e.event.dates.end, util::fold(e.series), util::fold(e.event.subject), e.path, e.event.line},
                           i);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<CalendarEvent> sorted;
    sorted.reserve(events.size());
    for (const auto& [key, i] : keyed) sorted.push_back(std::move(events[i]));
    events = std::move(sorted);
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

std::vector<std::string> known_series(const std::vector<model::Meeting>& meetings, const model::Config& config) {
    std::vector<std::string> known;
    for (const auto& s : config.series) known.push_back(s.id);
    for (auto& s : note_series(meetings))
        if (std::none_of(known.begin(), known.end(), [&](const std::string& k) { return util::fold(k) == util::fold(s); }))
            known.push_back(std::move(s));
    return known;
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
