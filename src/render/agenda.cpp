#include "dla/render/agenda.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dla/render/actions.hpp"
#include "dla/render/calendar.hpp"

namespace dla::render {

namespace {

std::string source(const query::TrackedAction& t) { return fmt::format("{}:{}", t.latest().meeting->path, t.latest().line); }

std::string action_line(const query::TrackedAction& t, const model::Config& config, std::string_view due,
                        const Style& style) {
    std::string out = "  [ ] " + t.action.text;
    if (const std::string owners = action_owners_text(t.action, config); !owners.empty()) out += " · " + owners;
    if (!due.empty()) out += " · " + std::string(due);
    return out + " " + style.dim("(" + source(t) + ")") + "\n";
}

std::string event_line(const query::CalendarEvent& c, util::Lang lang, const Style& style) {
    const model::Event& e = c.event;
    std::string time = event_time_text(e, lang);
    if (time.empty()) time = util::tr(lang, util::Msg::agenda_all_day);
    std::string out = fmt::format("  {} {}", time, e.subject.empty() ? e.format : e.subject);
    if (!e.subject.empty() && !e.format.empty()) out += " · " + e.format;
    if (!e.location.empty()) out += " · " + e.location;
    return out + " " + style.dim(fmt::format("({}:{})", c.path, e.line)) + "\n";
}

}  // namespace

std::string agenda_text(const query::Agenda& agenda, const model::Config& config, util::Lang lang, const Style& style) {
    std::string out;
    if (!agenda.overdue.empty()) {
        out += style.bold(util::tr(lang, util::Msg::agenda_overdue)) + "\n";
        for (const auto* t : agenda.overdue)
            out += action_line(*t, config, style.red(util::tr(lang, util::Msg::agenda_due_on, util::format_date(*t->action.due, lang))), style);
    }
    for (const auto& day : agenda.days) {
        if (!out.empty()) out += "\n";
        out += style.bold(lang == util::Lang::fr ? util::format_long_french(day.date) : util::format_long_english(day.date)) + "\n";
        for (const auto& e : day.events) out += event_line(e, lang, style);
        for (const auto* t : day.actions) out += action_line(*t, config, "", style);
    }
    if (agenda.days.empty())
        out += (out.empty() ? "" : "\n") + util::tr(lang, util::Msg::agenda_nothing, util::format_date(agenda.from, lang),
                                                  util::format_date(agenda.to, lang)) + "\n";
    return out;
}

std::string agenda_ics(const query::Agenda& agenda, const model::Config& config, const IcsOptions& options) {
    std::vector<query::CalendarEvent> events;
    std::vector<IcsTodo> todos;
    auto todo = [&](const query::TrackedAction& t) {
        todos.push_back({t.id, t.action.text, *t.action.due, action_owners_text(t.action, config), source(t)});
    };
    for (const auto* t : agenda.overdue) todo(*t);
    for (const auto& day : agenda.days) {
        for (const auto& e : day.events)
            if (std::find(events.begin(), events.end(), e) == events.end()) events.push_back(e);
        for (const auto* t : day.actions) todo(*t);
    }
    return calendar_ics(events, options, todos);
}

}  // namespace dla::render
