#include "dla/render/json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "dla/query/agenda.hpp"

namespace dla::render {

using json = nlohmann::ordered_json;

namespace {

template <typename T>
json optional_iso(const std::optional<T>& value) {
    return value ? json(util::to_iso(*value)) : json(nullptr);
}

json person(const model::Attendee& a) {
    return {{"name", a.name}, {"org", a.organisation.empty() ? json(nullptr) : json(a.organisation)},
            {"role", a.role.empty() ? json(nullptr) : json(a.role)}, {"line", a.line}};
}

json people(const std::vector<model::Attendee>& list) {
    json out = json::array();
    for (const auto& a : list) out.push_back(person(a));
    return out;
}

json meeting(const model::Meeting& m) {
    json j;
    j["path"] = m.path;
    j["title"] = m.title;
    j["series"] = m.series.empty() ? json(nullptr) : json(m.series);
    j["number"] = m.number ? json(*m.number) : json(nullptr);
    j["date"] = optional_iso(m.date);
    j["time"] = optional_iso(m.time);
    j["end_time"] = optional_iso(m.end_time);
    j["format"] = m.format.empty() ? json(nullptr) : json(m.format);
    j["location"] = m.location.empty() ? json(nullptr) : json(m.location);
    j["theme"] = m.theme.empty() ? json(nullptr) : json(m.theme);
    j["attendees"] = people(m.attendees);
    j["excused"] = people(m.excused);
    j["absent"] = people(m.absent);
    j["minute_taker"] = m.minute_taker ? person(*m.minute_taker) : json(nullptr);
    j["agenda"] = json::array();
    for (const auto& a : m.agenda)
        j["agenda"].push_back({{"time", optional_iso(a.time)}, {"end_time", optional_iso(a.end_time)},
                               {"title", a.title}, {"line", a.line}});
    j["news"] = json::array();
    for (const auto& d : m.news) {
        json items = json::array();
        for (const auto& i : d.items) items.push_back({{"text", i.text}, {"children", i.children}, {"line", i.line}});
        j["news"].push_back({{"department", d.department.empty() ? json(nullptr) : json(d.department)},
                             {"label", d.label}, {"items", items}, {"line", d.line}});
    }
    j["decisions"] = json::array();
    for (const auto& d : m.decisions) j["decisions"].push_back({{"text", d.text}, {"line", d.line}});
    j["actions"] = json::array();
    for (const auto& a : m.actions)
        j["actions"].push_back({{"text", a.text}, {"raw", a.raw}, {"status", model::to_string(a.status)},
                                {"owners", a.owners}, {"due", optional_iso(a.due)}, {"done", optional_iso(a.done_on)},
                                {"id", a.id.empty() ? json(nullptr) : json(a.id)}, {"section", a.section},
                                {"line", a.line}});
    j["events"] = json::array();
    for (const auto& e : m.events)
        j["events"].push_back({{"start", util::to_iso(e.dates.start)}, {"end", util::to_iso(e.dates.end)},
                               {"date_text", e.date_text}, {"time", optional_iso(e.time)},
                               {"end_time", optional_iso(e.end_time)},
                               {"format", e.format.empty() ? json(nullptr) : json(e.format)},
                               {"location", e.location.empty() ? json(nullptr) : json(e.location)},
                               {"subject", e.subject}, {"line", e.line}});
    j["sections"] = json::array();
    for (const auto& s : m.sections)
        j["sections"].push_back({{"title", s.title}, {"kind", s.kind}, {"level", s.level}, {"line", s.line},
                                 {"markdown", s.markdown}});
    return j;
}

json text_or_null(std::string_view s) { return s.empty() ? json(nullptr) : json(s); }

// One tracked action, as `dla actions --format json` and `dla summary --format json` give it.
json action(const query::TrackedAction& t, const model::Config& config) {
    const auto& a = t.action;
    const model::Meeting& first = *t.first().meeting;
    const model::Meeting& latest = *t.latest().meeting;
    json names = json::array();
    for (const auto& o : a.owners) names.push_back(query::owner_name(o, config));
    return {{"id", a.id.empty() ? json(nullptr) : json(a.id)},
            {"text", a.text},
            {"owners", a.owners},
            {"owner_names", names},
            {"due", optional_iso(a.due)},
            {"status", model::to_string(a.status)},
            {"overdue", t.overdue},
            {"done_on", optional_iso(a.done_on)},
            {"department", t.department.empty() ? json(nullptr) : json(t.department)},
            {"first_raised", {{"path", first.path}, {"date", optional_iso(first.date)}, {"line", t.first().line}}},
            {"meeting", {{"title", latest.title}, {"date", optional_iso(latest.date)}, {"path", latest.path}}},
            {"path", latest.path},
            {"line", t.latest().line},
            {"times_carried", t.times_carried()}};
}

// One calendar event, as `dla calendar --format json` and `dla summary --format json` give it.
json calendar_event(const query::CalendarEvent& c) {
    const model::Event& e = c.event;
    return {{"start", util::to_iso(e.dates.start)}, {"end", util::to_iso(e.dates.end)},
            {"time", optional_iso(e.time)}, {"end_time", optional_iso(e.end_time)},
            {"format", text_or_null(e.format)}, {"location", text_or_null(e.location)}, {"subject", e.subject},
            {"series", text_or_null(c.series)}, {"path", c.path}, {"line", e.line}};
}

json meeting_ref(const model::Meeting& m) {
    return {{"path", m.path}, {"date", optional_iso(m.date)}, {"title", m.title}};
}

json news_items(const std::vector<model::NewsItem>& items) {
    json out = json::array();
    for (const auto& i : items) out.push_back({{"text", i.text}, {"children", i.children}, {"line", i.line}});
    return out;
}

json departments(const std::vector<const model::Department*>& list) {
    json out = json::array();
    for (const auto* d : list) out.push_back({{"id", d->id}, {"label", d->label}});
    return out;
}

}  // namespace

std::string meetings_json(const std::vector<const model::Meeting*>& meetings) {
    json out = json::array();
    for (const auto* m : meetings) out.push_back(meeting(*m));
    // Invalid bytes were replaced while parsing; `replace` keeps a stray one from throwing.
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string actions_json(const std::vector<query::TrackedAction>& actions, const model::Config& config) {
    json out = json::array();
    for (const auto& t : actions) out.push_back(action(t, config));
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics) {
    json out = json::array();
    for (const auto& d : diagnostics)
        out.push_back({{"path", d.path}, {"line", d.line}, {"column", d.column},
                       {"severity", diag::severity_name(d.severity)}, {"rule", d.rule_id}, {"message", d.message}});
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string calendar_json(const std::vector<query::CalendarEvent>& events) {
    json out = json::array();
    for (const auto& c : events) out.push_back(calendar_event(c));
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string summary_json(const query::Summary& s, const model::Config& config, const SummaryOptions& options) {
    json out;
    out["period"] = options.period ? json{{"since", optional_iso(options.scope.since)}, {"until", optional_iso(options.scope.until)}}
                                   : json(nullptr);
    out["series"] = text_or_null(options.scope.series);
    out["meetings"] = json::array();
    for (const auto* m : s.meetings) {
        json j = meeting(*m);
        // The digest's view of a meeting: what has its own part below, or `dla show` gives in full, is left out.
        for (const char* key : {"attendees", "excused", "absent", "news", "actions", "events", "sections"}) j.erase(key);
        out["meetings"].push_back(std::move(j));
    }
    auto groups = [](const std::vector<query::OrganisationGroup>& list) {
        json arr = json::array();
        for (const auto& g : list) {
            json people = json::array();
            for (const auto& p : g.people) people.push_back({{"name", p.name}, {"meetings", p.meetings}});
            arr.push_back({{"organisation", text_or_null(g.organisation)}, {"people", people}});
        }
        return arr;
    };
    out["present_count"] = s.present_count;
    out["present"] = groups(s.present);
    out["excused_count"] = s.excused_count;
    out["excused"] = groups(s.excused);
    out["actions_raised"] = json::array();
    for (const auto& t : s.raised) out["actions_raised"].push_back(action(t, config));
    out["actions_still_open"] = json::array();
    for (const auto& t : s.still_open) out["actions_still_open"].push_back(action(t, config));
    out["news"] = json::array();
    for (const auto& b : s.news) {
        json told = json::array();
        for (const auto& e : b.entries)
            told.push_back({{"meeting", meeting_ref(*e.meeting)}, {"items", news_items(e.items)}, {"line", e.line}});
        out["news"].push_back({{"department", text_or_null(b.department)}, {"label", text_or_null(b.label)},
                               {"text", b.text}, {"told", told}});
    }
    out["departments_without_news"] = departments(s.silent);
    out["next_dates"] = json::array();
    for (const auto& c : s.next_dates) out["next_dates"].push_back(calendar_event(c));
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string attendance_json(const query::Attendance& a, query::AttendanceBy by) {
    json out;
    out["by"] = by == query::AttendanceBy::person         ? "person"
                : by == query::AttendanceBy::organisation ? "organisation"
                                                          : "department";
    out["meetings"] = json::array();
    for (const auto* m : a.meetings) out["meetings"].push_back(meeting_ref(*m));
    out["rows"] = json::array();
    for (const auto& r : a.rows) {
        json present_at = json::array();
        json excused_at = json::array();
        for (std::size_t i = 0; i < r.marks.size(); ++i) {
            if (r.marks[i] == query::Presence::present) present_at.push_back(a.meetings[i]->path);
            if (r.marks[i] == query::Presence::excused) excused_at.push_back(a.meetings[i]->path);
        }
        out["rows"].push_back({{"name", text_or_null(r.name)},
                               {"org", text_or_null(r.organisation)},
                               {"department", text_or_null(r.department)},
                               {"attended", r.attended},
                               {"excused", r.excused},
                               {"meetings", r.marks.size()},
                               {"rate", std::round(r.rate() * 1000.0) / 1000.0},
                               {"last_attended", optional_iso(r.last_attended)},
                               {"present_at", present_at},
                               {"excused_at", excused_at}});
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string news_json(const query::News& news) {
    json out;
    out["entries"] = json::array();
    for (const auto& e : news.entries)
        out["entries"].push_back({{"department", text_or_null(e.department)}, {"label", text_or_null(e.label)},
                                  {"meeting", meeting_ref(*e.meeting)}, {"items", news_items(e.items)}, {"line", e.line}});
    out["departments_without_news"] = departments(news.silent);
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string agenda_json(const query::Agenda& agenda, const model::Config& config) {
    json out;
    out["from"] = util::to_iso(agenda.from);
    out["to"] = util::to_iso(agenda.to);
    out["overdue"] = json::array();
    for (const auto* t : agenda.overdue) out["overdue"].push_back(action(*t, config));
    out["days"] = json::array();
    for (const auto& d : agenda.days) {
        json day{{"date", util::to_iso(d.date)}, {"events", json::array()}, {"actions", json::array()}};
        for (const auto& e : d.events) day["events"].push_back(calendar_event(e));
        for (const auto* t : d.actions) day["actions"].push_back(action(*t, config));
        out["days"].push_back(std::move(day));
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace dla::render
