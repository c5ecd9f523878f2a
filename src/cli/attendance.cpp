// dla attendance: who came to which meeting, per person, organisation or department,
// with each row's count, rate and last date; for the funders' reports.
#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "dla/query/attendance.hpp"
#include "dla/render/attendance.hpp"
#include "dla/render/json.hpp"
#include "redact_output.hpp"
#include "report_options.hpp"

namespace dla::cli {

namespace {

struct AttendanceOptions {
    PeriodOptions period;
    std::string by = "person";
    bool csv_excel = false;
    bool redact = false;
};

int run_attendance(Context& ctx, const AttendanceOptions& o) {
    std::string format = choose_format(ctx, "table", o.csv_excel);
    if (format == "text") format = "table";
    auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, {});
    if (o.redact) parse::redact_contacts(notes, ctx.lang);
    const query::MeetingScope scope = meeting_scope(ctx, o.period, notes.meetings);
    const query::AttendanceBy by = o.by == "organisation" || o.by == "organization" ? query::AttendanceBy::organisation
                                   : o.by == "department"                          ? query::AttendanceBy::department
                                                                                   : query::AttendanceBy::person;
    const auto& config = ctx.workspace.config;
    report_problems(ctx, notes.diagnostics);
    if (by == query::AttendanceBy::department && !config.departments.empty() &&
        std::ranges::all_of(config.departments, [](const auto& d) { return d.organisation.empty(); }))
        std::cerr << util::tr(ctx.lang, util::Msg::attendance_no_carrier) << '\n';

    const auto meetings = query::held_meetings(notes.meetings, scope);
    const query::Attendance attendance = query::attendance(meetings, config, by);
    const render::ReportScope words = report_scope(ctx, scope, meetings.size());
    if (format == "json") std::cout << render::attendance_json(attendance, by);
    else if (format == "csv") std::cout << render::attendance_table(attendance, by, ctx.lang, 0, true).csv(o.csv_excel);
    else if (format == "markdown") std::cout << render::attendance_markdown(attendance, by, words);
    else std::cout << render::attendance_text(attendance, by, words, ctx.style, ctx.width);
    return 0;
}

}  // namespace

void register_attendance(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<AttendanceOptions>();
    CLI::App* cmd = app.add_subcommand("attendance", util::tr(lang, util::Msg::cmd_attendance));
    add_period_options(cmd, o->period, true, lang);
    cmd->add_option("--by", o->by, util::tr(lang, util::Msg::opt_attendance_by))
        ->check(CLI::IsMember({"person", "organisation", "organization", "department"}))
        ->type_name(util::tr(lang, util::Msg::type_what));
    cmd->add_flag("--csv-excel", o->csv_excel, util::tr(lang, util::Msg::opt_csv_excel));
    add_redact_flag(cmd, o->redact, selected.lang);
    cmd->footer(std::string(util::text(util::Msg::footer_attendance, selected.lang)));
    cmd->callback([&selected, o] {
        selected.run = [o](Context& ctx) { return run_attendance(ctx, *o); };
    });
}

}  // namespace dla::cli
