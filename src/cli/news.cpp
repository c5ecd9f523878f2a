// dla news: what each department reported across meetings, newest first.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"
#include "dla/query/news.hpp"
#include "dla/render/json.hpp"
#include "dla/render/news.hpp"
#include "dla/util/failure.hpp"
#include "redact_output.hpp"
#include "report_options.hpp"

namespace dla::cli {

namespace {

struct NewsOptions {
    PeriodOptions period;
    std::string department;
    bool redact = false;
};

int run_news(Context& ctx, const NewsOptions& o) {
    const std::string format = choose_format(ctx, "text");
    const auto& config = ctx.workspace.config;
    const std::string department = department_option(o.department, ctx);
    auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, {});
    if (o.redact) parse::redact_contacts(notes, ctx.lang);
    const query::MeetingScope scope = meeting_scope(ctx, o.period, notes.meetings);
    report_problems(ctx, notes.diagnostics);

    const auto meetings = query::held_meetings(notes.meetings, scope);
    const query::News news = query::collect_news(meetings, config, department);
    const render::ReportScope words = report_scope(ctx, scope, meetings.size());
    const bool one = !o.department.empty();
    if (format == "json") std::cout << render::news_json(news);
    else if (format == "markdown") std::cout << render::news_markdown(news, words, one);
    else std::cout << render::news_text(news, words, one, ctx.style, ctx.width);
    return 0;
}

}  // namespace

void register_news(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<NewsOptions>();
    CLI::App* cmd = app.add_subcommand("news", util::tr(lang, util::Msg::cmd_news));
    add_department_option(cmd, "--department", o->department, util::tr(lang, util::Msg::opt_news_department));
    add_period_options(cmd, o->period, false, lang);
    add_redact_flag(cmd, o->redact, lang);
    cmd->footer(std::string(util::text(util::Msg::footer_news, selected.lang)));
    cmd->callback([&selected, o] {
        selected.run = [o](Context& ctx) { return run_news(ctx, *o); };
    });
}

}  // namespace dla::cli
