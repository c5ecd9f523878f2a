#include "dla/render/actions.hpp"

#include <fmt/format.h>

#include "dla/render/show.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

std::string action_owners_text(const model::Action& a, const model::Config& config) {
    std::vector<std::string> names;
    for (const auto& o : a.owners) names.push_back(query::owner_name(o, config));
    return fmt::format("{}", fmt::join(names, ", "));
}

Cell action_status_cell(const query::TrackedAction& t, util::Lang lang) {
    switch (t.action.status) {
    case model::ActionStatus::done: return {tr(lang, Msg::actions_done), Tone::good};
    case model::ActionStatus::cancelled: return {tr(lang, Msg::actions_cancelled), Tone::dim};
    case model::ActionStatus::open: break;
    }
    return t.overdue ? Cell{tr(lang, Msg::actions_overdue), Tone::alert} : Cell{tr(lang, Msg::actions_open)};
}

namespace {

std::string meeting_text(const model::Meeting& m, util::Lang lang) {
    std::string s = m.title.empty() ? m.path : m.title;
    if (m.date) s += " (" + date_text(*m.date, lang) + ")";
    return s;
}

}  // namespace

Table actions_table(const std::vector<query::TrackedAction>& actions, const model::Config& config, util::Lang lang,
                    bool wide) {
    std::vector<Column> columns = {{tr(lang, Msg::actions_col_status)},
                                   {tr(lang, Msg::actions_col_due)},
                                   {tr(lang, Msg::actions_col_owner), Align::left, true},
                                   {tr(lang, Msg::actions_col_action), Align::left, true},
                                   {tr(lang, Msg::actions_col_meeting), Align::left, true},
                                   {tr(lang, Msg::actions_col_carried), Align::right}};
    if (wide) {
        columns.push_back({tr(lang, Msg::actions_col_id)});
        columns.push_back({tr(lang, Msg::actions_col_place)});
    }
    Table table(std::move(columns));
    for (const auto& t : actions) {
        const Tone due_tone = t.overdue ? Tone::alert : Tone::plain;
        std::vector<Cell> row = {action_status_cell(t, lang),
                                 {t.action.due ? util::to_iso(*t.action.due) : "", due_tone},
                                 action_owners_text(t.action, config),
                                 t.action.text,
                                 meeting_text(*t.first().meeting, lang),
                                 t.times_carried() ? std::to_string(t.times_carried()) : ""};
        if (wide) {
            row.emplace_back(t.action.id);
            row.emplace_back(fmt::format("{}:{}", t.latest().meeting->path, t.latest().line));
        }
        table.add_row(std::move(row));
    }
    return table;
}

std::string task_line(const model::Action& a) {
    const char* box = a.status == model::ActionStatus::done ? "[x]" : a.status == model::ActionStatus::cancelled ? "[-]" : "[ ]";
    std::string s = fmt::format("{} {}", box, a.text);
    for (const auto& o : a.owners) s += o.find(' ') == std::string::npos ? " @" + o : " [owner:: " + o + "]";
    if (a.due) s += " \xF0\x9F\x93\x85 " + util::to_iso(*a.due);
    if (a.done_on) s += " \xE2\x9C\x85 " + util::to_iso(*a.done_on);
    if (!a.id.empty()) s += " ^" + a.id;
    return s;
}

std::string actions_markdown(const std::vector<query::TrackedAction>& actions, const model::Config& config,
                             util::Lang lang) {
    // Groups in order of first appearance, so the soonest due comes first.
    std::vector<std::pair<std::string, std::vector<const query::TrackedAction*>>> groups;
    for (const auto& t : actions) {
        std::string owner = action_owners_text(t.action, config);
        if (owner.empty()) owner = tr(lang, Msg::actions_no_owner);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == owner; });
        if (it == groups.end()) it = groups.insert(groups.end(), {owner, {}});
        it->second.push_back(&t);
    }
    std::string out;
    for (const auto& [owner, list] : groups) {
        out += (out.empty() ? "" : "\n") + fmt::format("### {}\n\n", owner);
        for (const auto* t : list) out += "- " + task_line(t->action) + "\n";
    }
    return out;
}

}  // namespace dla::render
