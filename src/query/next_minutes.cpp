#include "dla/query/next_minutes.hpp"

#include <algorithm>

#include "dla/model/series.hpp"
#include "dla/parse/front_matter.hpp"
#include "dla/query/actions.hpp"
#include "dla/query/meetings.hpp"
#include "dla/query/people.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/text.hpp"

namespace dla::query {

namespace {

bool same_series(std::string_view a, std::string_view b) { return util::fold(a) == util::fold(b); }

// The series of dla.yaml, or one made from the notes for a series only they know.
model::Series series_config(const model::Config& config, const std::string& id) {
    for (const auto& s : config.series)
        if (same_series(s.id, id)) return s;
    return model::Series{id, "", std::nullopt, "", "", {}};
}

// The title for `number`: the series' pattern, else the previous title with its number
// replaced, else "<series> N°<number>".
std::string make_title(const model::Series& s, int number, const model::Meeting* previous) {
    const std::string n = std::to_string(number);
    if (std::string title = model::series_title(s, number); !title.empty()) return title;
    if (previous && previous->number && !previous->title.empty()) {
        const std::string old = std::to_string(*previous->number);
        std::string title = previous->title;
        if (auto at = title.rfind(old); at != std::string::npos) return title.replace(at, old.size(), n);
    }
    return s.id + " N°" + n;
}

// The theme a subject gives after the series' name: "InterDLA : codev" → "codev".
std::string theme_of(std::string_view subject) {
    for (std::string_view sep : {" : ", ": ", " – ", " — ", " - "}) {
        if (auto at = subject.find(sep); at != std::string_view::npos)
            return std::string(util::trim(subject.substr(at + sep.size())));
    }
    return {};
}

model::Attendee person_of(const model::Config& config, std::string_view member) {
    if (const model::Person* p = model::find_person(config, member)) return model::Attendee{p->name, p->organisation, "", 0};
    model::Attendee a = parse::parse_attendee(member);
    // "Claire (LMA)" names a known person too.
    if (const model::Person* p = model::find_person(config, a.name))
        return model::Attendee{p->name, a.organisation.empty() ? p->organisation : a.organisation, "", 0};
    return model::Attendee{a.name, a.organisation, "", 0};
}

// Adds `a` as the directory names them unless they are listed already (aliases, NFD…).
void add_once(std::vector<model::Attendee>& people, model::Attendee a, const model::Config& config) {
    if (a.name.empty()) return;
    a = directory_person(a, config);
    a.role.clear();
    a.line = 0;
    const std::string key = model::person_key(config, a.name);
    if (std::none_of(people.begin(), people.end(), [&](const model::Attendee& p) { return model::person_key(config, p.name) == key; }))
        people.push_back(std::move(a));
}

}  // namespace

std::string choose_series(const std::vector<model::Meeting>& meetings, const model::Config& config,
                          std::string_view wanted) {
    const std::vector<std::string> known = known_series(meetings, config);
    auto find = [&](std::string_view id) -> std::optional<std::string> {
        for (const auto& k : known)
            if (same_series(k, id)) return k;
        return std::nullopt;
    };
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    if (!wanted.empty()) {
        if (auto k = find(wanted)) return *k;
        throw util::Failure({known.empty() ? util::Msg::minutes_no_series : util::Msg::minutes_unknown_series,
                             {std::string(wanted), list}});
    }
    if (!config.default_series.empty()) {
        if (auto k = find(config.default_series)) return *k;
        return config.default_series;  // declared as the default: a first meeting of it
    }
    if (const model::Meeting* m = newest(meetings); m && !m->series.empty()) return *find(m->series);
    if (config.series.size() == 1) return config.series.front().id;
    throw util::Failure({util::Msg::minutes_which_series, {list.empty() ? std::string("—") : list}});
}

bool names_series(std::string_view subject, const model::Series& series) {
    const std::string name = model::series_name(series);
    const std::string folded = util::fold(subject);
    return !name.empty() && folded.starts_with(name) && (folded.size() == name.size() || folded[name.size()] == ' ');
}

MinutesPlan plan_next_minutes(const std::vector<model::Meeting>& meetings, const model::Config& config,
                              const NextMinutesOptions& options) {
    MinutesPlan plan;
    plan.series = choose_series(meetings, config, options.series);
    const model::Series series = series_config(config, plan.series);

    int highest = 0;
    bool minutes_today = false;
    for (const auto& m : meetings) {
        if (!same_series(m.series, plan.series)) continue;
        if (m.number) highest = std::max(highest, *m.number);
        minutes_today = minutes_today || m.date == options.today;
    }
    plan.number = highest + 1;

    // The date: asked for, else the next one the calendar gives the series, else today.
    CalendarOptions from_today;
    from_today.today = options.today;
    std::vector<CalendarEvent> calendar = upcoming_events(meetings, from_today);
    std::erase_if(calendar, [&](const CalendarEvent& e) { return !names_series(e.event.subject, series); });
    if (options.date) {
        plan.date = *options.date;
        plan.date_source = DateSource::option;
        for (const auto& e : calendar)
            if (e.event.dates.start == plan.date) {
                plan.planned = e;
                break;
            }
    } else {
        plan.date = options.today;
        // After today; today's own meeting too, as long as it has no minutes yet.
        for (const auto& e : calendar)
            if (e.event.dates.start > options.today || (e.event.dates.start == options.today && !minutes_today)) {
                plan.planned = e;
                plan.date = e.event.dates.start;
                plan.date_source = DateSource::calendar;
                break;
            }
    }
    for (const model::Meeting* m : by_date(meetings))
        if (m->date == plan.date && same_series(m->series, plan.series)) plan.existing = m;
    const model::Event* event = plan.planned ? &plan.planned->event : nullptr;

    if (options.time) {
        plan.time = options.time->start;
        plan.end_time = options.time->end;
    } else if (event && event->time) {
        plan.time = event->time;
        plan.end_time = event->end_time;
    } else {
        plan.time = series.time;
    }
    plan.format = options.format;
    if (plan.format.empty() && event) plan.format = model::meeting_format_at_start(event->format);
    if (plan.format.empty()) plan.format = model::meeting_format_at_start(series.format);
    plan.location = event && !event->location.empty() ? event->location : series.location;
    plan.theme = !options.theme.empty() ? options.theme : event ? theme_of(event->subject) : std::string();

    // The meetings before the date: the previous one, and the state of the actions then.
    std::vector<model::Meeting> before;
    for (const model::Meeting* m : by_date(meetings)) {
        if (!m->date || *m->date >= plan.date) continue;
        before.push_back(*m);
        if (same_series(m->series, plan.series)) plan.previous = m;
    }
    plan.title = make_title(series, plan.number, plan.previous);

    for (const auto& member : series.members) add_once(plan.attendees, person_of(config, member), config);
    plan.attendees_from_members = !plan.attendees.empty();
    if (!plan.attendees_from_members) {
        // Present or excused at one of the last meetings of the series, newest first: someone
        // excused last time is still expected next time.
        std::size_t seen = 0;
        for (auto m = before.rbegin(); m != before.rend() && seen < k_roster_meetings; ++m) {
            if (!same_series(m->series, plan.series)) continue;
            ++seen;
            for (const auto& a : m->attendees) add_once(plan.attendees, a, config);
            for (const auto& a : m->excused) add_once(plan.attendees, a, config);
        }
    }

    ActionFilter open;
    open.series = plan.series;
    for (TrackedAction& t : filter_actions(track_actions(before, plan.date), open, config)) {
        CarriedAction c{t.action, false, t.latest().meeting->path, t.latest().line, t.first().meeting->title,
                        t.first().meeting->date, t.action.due && *t.action.due < plan.date};
        // Never named by its id yet: carried under its implicit id, the same action (track_actions).
        c.generated_id = c.action.id.empty();
        c.action.id = std::move(t.id);
        plan.carried.push_back(std::move(c));
    }

    for (const auto& d : config.departments) plan.departments.push_back("DLA " + d.id);
    if (plan.departments.empty() && plan.previous)
        for (const auto& d : plan.previous->news)
            if (!d.label.empty()) plan.departments.push_back(d.label);

    CalendarOptions after;
    after.today = options.today;
    after.from = util::add_days(plan.date, 1);
    plan.upcoming = upcoming_events(meetings, after);
    // A date that starts on the meeting's day or before is the meeting itself, or under way.
    std::erase_if(plan.upcoming, [&](const CalendarEvent& e) { return e.event.dates.start <= plan.date; });

    plan.path = model::note_path(config.notes_dir, plan.date, plan.series, plan.number);
    return plan;
}

}  // namespace dla::query
