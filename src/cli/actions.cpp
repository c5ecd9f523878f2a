// dla actions: who owes what by when, across all minutes.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"
#include "dla/query/actions.hpp"
#include "dla/render/actions.hpp"
#include "dla/render/json.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/keep.hpp"
#include "redact_output.hpp"

namespace dla::cli {

namespace {

struct ActionsOptions {
    std::string status = "open";
    std::string owner, department, series, note;
    std::string due_before, due_after, since, until;
    bool overdue = false;
    bool wide = false;
    bool csv_excel = false;
    bool fail_on_overdue = false;
    bool redact = false;
};

query::ActionFilter make_filter(const Context& ctx, const ActionsOptions& o, const std::vector<model::Meeting>& meetings) {
    query::ActionFilter f;
    f.status = o.status == "done" ? query::StatusFilter::done
             : o.status == "cancelled" ? query::StatusFilter::cancelled
             : o.status == "all" ? query::StatusFilter::all
             : query::StatusFilter::open;
    f.owner = o.owner;
    if (!o.series.empty()) f.series = checked_series(o.series, ctx, meetings);  // a typo is an error, not « aucune action »
    f.overdue = o.overdue;
    f.due_before = date_option("--due-before", o.due_before, ctx);
    f.due_after = date_option("--due-after", o.due_after, ctx);
    f.since = date_option("--since", o.since, ctx);
    f.until = date_option("--until", o.until, ctx);
    f.department = department_option(o.department, ctx);
    if (!o.note.empty()) f.note = load::display_path(ctx.workspace.repo, ctx.cwd / o.note);
    return f;
}

int run_actions(Context& ctx, const ActionsOptions& o) {
    const std::string format = choose_format(ctx, "table", o.csv_excel);
    auto& notes = util::keep_until_exit(workspace::read_notes(ctx.workspace, ctx.cwd, {}, model::head | model::actions));
    const query::ActionFilter filter = make_filter(ctx, o, notes.meetings);
    if (o.redact) parse::redact_contacts(notes, ctx.lang);
    const auto& config = ctx.workspace.config;
    auto tracked = query::track_actions(notes.meetings, ctx.today);
    if (!o.owner.empty())
        if (auto problem = query::owner_option_problem(o.owner, tracked, config, ctx.lang)) throw util::Failure(std::move(*problem));
    const auto& actions = util::keep_until_exit(query::filter_actions(std::move(tracked), filter, config));

    report_problems(ctx, notes.diagnostics);

    const std::size_t overdue = std::count_if(actions.begin(), actions.end(), [](const auto& t) { return t.overdue; });
    if (format == "json") {
        std::cout << render::actions_json(actions, config);
    } else if (format == "csv") {
        std::cout << render::actions_table(actions, config, ctx.lang, true).csv(o.csv_excel);
    } else if (format == "markdown") {
        std::cout << render::actions_markdown(actions, config, ctx.lang);
    } else if (actions.empty()) {
        std::cout << util::tr(ctx.lang, util::Msg::actions_none) << '\n';
    } else {
        std::cout << render::actions_table(actions, config, ctx.lang, o.wide).terminal(ctx.width, ctx.style)
                  << (overdue ? util::tr(ctx.lang, util::Msg::actions_count, util::count(ctx.lang, actions.size(), util::Msg::count_action), overdue)
                              : util::count(ctx.lang, actions.size(), util::Msg::count_action))  // never "dont 0 en retard"
                  << '\n';
    }
    return o.fail_on_overdue && overdue > 0 ? 1 : 0;
}

}  // namespace

void register_actions(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<ActionsOptions>();
    CLI::App* cmd = app.add_subcommand("actions", util::tr(lang, util::Msg::cmd_actions));
    cmd->add_option("--status", o->status, util::tr(lang, util::Msg::opt_actions_status))
        ->check(CLI::IsMember({"open", "done", "cancelled", "all"}));
    cmd->add_option("--owner", o->owner, util::tr(lang, util::Msg::opt_actions_owner))->type_name(util::tr(lang, util::Msg::type_name));
    add_department_option(cmd, "--department", o->department, util::tr(lang, util::Msg::opt_actions_department));
    cmd->add_option("--series", o->series, util::tr(lang, util::Msg::opt_actions_series))->type_name("ID");
    cmd->add_flag("--overdue", o->overdue, util::tr(lang, util::Msg::opt_actions_overdue));
    add_date_option(cmd, "--due-before", o->due_before, util::tr(lang, util::Msg::opt_actions_due_before));
    add_date_option(cmd, "--due-after", o->due_after, util::tr(lang, util::Msg::opt_actions_due_after));
    add_date_option(cmd, "--since", o->since, util::tr(lang, util::Msg::opt_actions_since));
    add_date_option(cmd, "--until", o->until, util::tr(lang, util::Msg::opt_actions_until));
    cmd->add_option("--note", o->note, util::tr(lang, util::Msg::opt_actions_note))->type_name("NOTE");
    cmd->add_flag("--wide", o->wide, util::tr(lang, util::Msg::opt_actions_wide));
    cmd->add_flag("--csv-excel", o->csv_excel, util::tr(lang, util::Msg::opt_csv_excel));
    cmd->add_flag("--fail-on-overdue", o->fail_on_overdue, util::tr(lang, util::Msg::opt_actions_fail_on_overdue));
    add_redact_flag(cmd, o->redact, selected.lang);
    cmd->footer(std::string(util::text(util::Msg::footer_actions, selected.lang)));
    cmd->callback([&selected, o] {
        selected.run = [o](Context& ctx) { return run_actions(ctx, *o); };
    });
}

}  // namespace dla::cli
