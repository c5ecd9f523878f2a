#include "dla/render/json.hpp"

#include <nlohmann/json.hpp>

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

}  // namespace

std::string meetings_json(const std::vector<const model::Meeting*>& meetings) {
    json out = json::array();
    for (const auto* m : meetings) out.push_back(meeting(*m));
    // Invalid bytes were replaced while parsing; `replace` keeps a stray one from throwing.
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string actions_json(const std::vector<query::TrackedAction>& actions, const model::Config& config) {
    json out = json::array();
    for (const auto& t : actions) {
        const auto& a = t.action;
        const model::Meeting& first = *t.first().meeting;
        const model::Meeting& latest = *t.latest().meeting;
        json names = json::array();
        for (const auto& o : a.owners) names.push_back(query::owner_name(o, config));
        out.push_back({{"id", a.id.empty() ? json(nullptr) : json(a.id)},
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
                       {"times_carried", t.times_carried()}});
    }
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
    auto text = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
    for (const auto& c : events) {
        const model::Event& e = c.event;
        out.push_back({{"start", util::to_iso(e.dates.start)}, {"end", util::to_iso(e.dates.end)},
                       {"time", optional_iso(e.time)}, {"end_time", optional_iso(e.end_time)},
                       {"format", text(e.format)}, {"location", text(e.location)}, {"subject", e.subject},
                       {"series", text(c.series)}, {"path", c.path}, {"line", e.line}});
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace dla::render
