#include "report_options.hpp"
#include "options.hpp"

#include <algorithm>
#include <iostream>

#include "dla/query/calendar.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/text.hpp"

namespace dla::cli {

void add_period_options(CLI::App* cmd, PeriodOptions& o, bool with_series, util::Lang lang) {
    add_date_option(cmd, "--since", o.since, util::tr(lang, util::Msg::opt_report_since));
    add_date_option(cmd, "--until", o.until, util::tr(lang, util::Msg::opt_report_until));
    if (with_series) cmd->add_option("--series", o.series, util::tr(lang, util::Msg::opt_series_only))->type_name("ID");
}

query::MeetingScope meeting_scope(const Context& ctx, const PeriodOptions& o, const std::vector<model::Meeting>& meetings) {
    query::MeetingScope scope;
    scope.today = ctx.today;
    scope.since = date_option("--since", o.since, ctx);
    scope.until = date_option("--until", o.until, ctx);
    if (scope.since && scope.until && *scope.until < *scope.since)
        throw util::Failure({util::Msg::report_range_backwards, {util::format_date(*scope.until, ctx.lang), util::format_date(*scope.since, ctx.lang)}});
    if (!o.series.empty()) scope.series = checked_series(o.series, ctx, meetings);
    return scope;
}

render::ReportScope report_scope(const Context& ctx, const query::MeetingScope& scope, std::size_t meetings) {
    return {ctx.lang, scope.series, scope.since, scope.until, meetings};
}

const model::Meeting* named_note(Context& ctx, const std::string& note, parse::Notes& notes, unsigned parts) {
    const std::string path = load::display_path(ctx.workspace.repo, ctx.cwd / note);
    for (const auto& m : notes.meetings)
        if (m.path == path) return &m;
    auto extra = workspace::read_notes(ctx.workspace, ctx.cwd, {note}, parts);  // throws when it does not exist
    if (extra.meetings.size() != 1) throw util::Failure({util::Msg::report_unknown_note, {note}});
    notes.diagnostics.insert(notes.diagnostics.end(), extra.diagnostics.begin(), extra.diagnostics.end());
    notes.meetings.push_back(std::move(extra.meetings.front()));
    return &notes.meetings.back();
}

}  // namespace dla::cli
