// dla calendar: the next dates of the minutes, as a table, the minutes' Markdown table,
// JSON, CSV or iCalendar.
#include <iostream>
#include <set>

#include "commands.hpp"
#include "options.hpp"
#include "dla/query/calendar.hpp"
#include "dla/render/calendar.hpp"
#include "dla/render/ics.hpp"
#include "dla/render/json.hpp"
#include "dla/render/show.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/keep.hpp"
#include "dla/util/text.hpp"
#include "redact_output.hpp"

namespace dla::cli {

namespace {

struct CalendarCliOptions {
    std::string from;
    std::string to;
    bool all = false;
    std::string series;
    std::size_t limit = 0;
    bool next = false;
    bool csv_excel = false;
    bool redact = false;
};

int run_calendar(Context& ctx, const CalendarCliOptions& opt) {
    std::string format = choose_format(ctx, "table", opt.csv_excel);
    if (format == "text") format = "table";
    query::CalendarOptions options;
    options.today = ctx.today;
    options.from = date_option("--from", opt.from, ctx);
    options.to = date_option("--to", opt.to, ctx);
    options.all = opt.all;
    options.limit = opt.next ? 1 : opt.limit;
    if (options.from && options.to && *options.to < *options.from)
        throw util::Failure({util::Msg::calendar_range_backwards, {util::format_date(*options.to, ctx.lang), util::format_date(*options.from, ctx.lang)}});
    const std::int64_t stamp = format == "ics" ? ics_stamp(ctx) : 0;

    auto& notes = util::keep_until_exit(workspace::read_notes(ctx.workspace, ctx.cwd, {}, model::head | model::events));
    if (opt.redact) parse::redact_contacts(notes, ctx.lang);
    if (!opt.series.empty()) options.series = checked_series(opt.series, ctx, notes.meetings);
    const auto& events = util::keep_until_exit(query::upcoming_events(notes.meetings, options));

    // The rows that could not be read are left out, and said so: never a silent skip;
    // so is every other error (a note not read, a time not understood).
    std::size_t skipped = 0;
    bool incomplete = !unread(ctx, notes.diagnostics).empty();  // exit 1: dates may lack
    for (const auto& d : notes.diagnostics)
        if (d.rule_id == "invalid-event-date") ++skipped;
    incomplete = incomplete || skipped > 0;
    report_problems(ctx, notes.diagnostics);
    if (skipped) std::cerr << util::tr(ctx.lang, util::Msg::calendar_skipped, util::count(ctx.lang, skipped, util::Msg::count_calendar_row_skipped)) << '\n';

    if (format == "json") {
        std::cout << render::calendar_json(events);
    } else if (format == "ics") {
        std::string name = ctx.workspace.config.organisation.name.empty() ? "dla" : ctx.workspace.config.organisation.name;
        if (!options.series.empty()) name += " (" + options.series + ")";
        const model::Config& config = ctx.workspace.config;
        std::cout << render::calendar_ics(events, {name, stamp, ctx.lang, config.organisation.site, config.series});
    } else if (format == "csv") {
        std::cout << render::calendar_csv_table(events, ctx.lang).csv(opt.csv_excel);
    } else if (format == "markdown") {
        std::cout << render::calendar_markdown_table(events, ctx.lang).markdown();
    } else if (events.empty()) {
        const bool upcoming = !opt.all && !options.from && !options.to && options.series.empty();
        std::cout << (upcoming ? util::tr(ctx.lang, util::Msg::calendar_none_upcoming, render::date_text(ctx.today, ctx.lang))
                               : util::tr(ctx.lang, util::Msg::calendar_none))
                  << '\n';
    } else {
        std::cout << render::calendar_table(events, ctx.lang, ctx.today).terminal(ctx.width, ctx.style);
    }
    return incomplete ? 1 : 0;
}

}  // namespace

void register_calendar(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto opt = std::make_shared<CalendarCliOptions>();
    CLI::App* cmd = app.add_subcommand("calendar", util::tr(lang, util::Msg::cmd_calendar));
    auto* from = add_date_option(cmd, "--from", opt->from, util::tr(lang, util::Msg::opt_calendar_from));
    add_date_option(cmd, "--to", opt->to, util::tr(lang, util::Msg::opt_calendar_to));
    cmd->add_flag("--all", opt->all, util::tr(lang, util::Msg::opt_calendar_all))->excludes(from);
    cmd->add_option("--series", opt->series, util::tr(lang, util::Msg::opt_series_only))->type_name("ID");
    auto* limit = cmd->add_option("--limit", opt->limit, util::tr(lang, util::Msg::opt_calendar_limit))
                      ->type_name("N")
                      ->check(CLI::PositiveNumber);
    cmd->add_flag("--next", opt->next, util::tr(lang, util::Msg::opt_calendar_next))->excludes(limit);
    cmd->add_flag("--csv-excel", opt->csv_excel, util::tr(lang, util::Msg::opt_csv_excel));
    add_redact_flag(cmd, opt->redact, lang);
    cmd->footer(std::string(util::text(util::Msg::footer_calendar, selected.lang)));
    cmd->callback([&selected, opt] {
        selected.run = [opt](Context& ctx) { return run_calendar(ctx, *opt); };
    });
}

}  // namespace dla::cli
