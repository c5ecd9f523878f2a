// dla agenda: the coming days as org-mode's agenda shows them.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"
#include "dla/query/agenda.hpp"
#include "dla/render/agenda.hpp"
#include "dla/render/json.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/keep.hpp"

namespace dla::cli {

namespace {

struct AgendaOptions {
    int days = 7;
    bool week = false;
    bool month = false;
    std::string owner, department;
};

int run_agenda(Context& ctx, const AgendaOptions& o) {
    const std::string format = choose_format(ctx, "text");
    const int days = o.month ? query::month_span(ctx.today) : o.week ? 7 : o.days;
    query::ActionFilter filter;
    filter.owner = o.owner;
    filter.department = department_option(o.department, ctx);
    auto& notes = util::keep_until_exit(workspace::read_notes(ctx.workspace, ctx.cwd, {}));
    const auto& config = ctx.workspace.config;
    auto tracked = query::track_actions(notes.meetings, ctx.today);
    if (!o.owner.empty())
        if (auto problem = query::owner_option_problem(o.owner, tracked, config, ctx.lang)) throw util::Failure(std::move(*problem));
    const auto& actions = util::keep_until_exit(query::filter_actions(std::move(tracked), filter, config));
    const query::Agenda agenda = query::make_agenda(notes.meetings, actions, ctx.today, days);
    report_problems(ctx, notes.diagnostics);
    if (format == "json") {
        std::cout << render::agenda_json(agenda, config);
    } else if (format == "ics") {
        const std::string name = config.organisation.name.empty() ? "dla" : config.organisation.name;
        std::cout << render::agenda_ics(agenda, config, {name, ics_stamp(ctx), ctx.lang, config.organisation.site, config.series});
    } else {
        std::cout << render::agenda_text(agenda, config, ctx.lang, ctx.style);
    }
    return 0;
}

}  // namespace

void register_agenda(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<AgendaOptions>();
    CLI::App* cmd = app.add_subcommand("agenda", util::tr(lang, util::Msg::cmd_agenda));
    auto* days = cmd->add_option("--days", o->days, util::tr(lang, util::Msg::opt_agenda_days))
                     ->type_name("N")->check(CLI::Range(1, 3660));
    auto* week = cmd->add_flag("--week", o->week, util::tr(lang, util::Msg::opt_agenda_week));
    auto* month = cmd->add_flag("--month", o->month, util::tr(lang, util::Msg::opt_agenda_month));
    days->excludes(week)->excludes(month);
    week->excludes(month);
    cmd->add_option("--owner", o->owner, util::tr(lang, util::Msg::opt_actions_owner))->type_name(util::tr(lang, util::Msg::type_name));
    add_department_option(cmd, "--department", o->department, util::tr(lang, util::Msg::opt_actions_department));
    cmd->footer(std::string(util::text(util::Msg::footer_agenda, lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_agenda(ctx, *o); }; });
}

}  // namespace dla::cli
