// dla summary [NOTE | --last | --since DATE --until DATE]: the digest of a meeting or of
// a period, for a terminal, an e-mail (markdown), a funder (html) or a script (json).
#include <iostream>

#include "commands.hpp"
#include "dla/query/summary.hpp"
#include "dla/render/json.hpp"
#include "dla/render/summary.hpp"
#include "dla/util/failure.hpp"
#include "redact_output.hpp"
#include "report_options.hpp"

namespace dla::cli {

namespace {

struct SummaryOptions {
    std::string note;
    bool last = false;
    PeriodOptions period;
    bool redact = false;
};

int run_summary(Context& ctx, const SummaryOptions& o) {
    const std::string format = choose_format(ctx, "text");
    const bool has_period = !o.period.since.empty() || !o.period.until.empty();
    if ((!o.note.empty() && (o.last || has_period || !o.period.series.empty())) || (o.last && has_period))
        throw util::Failure({util::Msg::summary_one_scope, {}});
    auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, {});
    const query::MeetingScope scope = meeting_scope(ctx, o.period, notes.meetings);
    const bool period = scope.since || scope.until;

    std::vector<const model::Meeting*> meetings;
    if (!o.note.empty()) {
        meetings = {named_note(ctx, o.note, notes)};
    } else {
        auto held = query::held_meetings(notes.meetings, scope);
        if (period) meetings = std::move(held);
        else if (!held.empty()) meetings = {held.back()};  // --last, the default: the newest meeting held
    }
    // After named_note, which may add a note read on its own.
    if (o.redact) parse::redact_contacts(notes, ctx.lang);
    report_problems(ctx, notes.diagnostics);

    const auto& config = ctx.workspace.config;
    const query::Summary summary = query::summarise(notes.meetings, meetings, config, ctx.today);
    const render::SummaryOptions options{report_scope(ctx, scope, meetings.size()), period, ctx.today};
    if (format == "json") std::cout << render::summary_json(summary, config, options);
    else if (format == "html") std::cout << render::summary_html(summary, config, options);
    else if (format == "markdown") std::cout << render::summary_markdown(summary, config, options);
    else std::cout << render::summary_text(summary, config, options, ctx.style, ctx.width);
    return 0;
}

}  // namespace

void register_summary(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<SummaryOptions>();
    CLI::App* cmd = app.add_subcommand("summary", util::tr(lang, util::Msg::cmd_summary));
    cmd->add_option("note", o->note, util::tr(lang, util::Msg::opt_summary_note))->type_name("NOTE");
    cmd->add_flag("--last", o->last, util::tr(lang, util::Msg::opt_summary_last));
    add_period_options(cmd, o->period, true, lang);
    add_redact_flag(cmd, o->redact, selected.lang);
    cmd->footer(std::string(util::text(util::Msg::footer_summary, selected.lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_summary(ctx, *o); }; });
}

}  // namespace dla::cli
