// The options shared by the report commands (summary, attendance, news): the period
// (--since, --until) and the series, checked and turned into a query::MeetingScope.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"
#include "dla/model/meeting.hpp"
#include "dla/model/parsed_note.hpp"
#include "dla/parse/note.hpp"
#include "dla/query/scope.hpp"
#include "dla/render/news.hpp"

namespace dla::cli {

struct PeriodOptions {
    std::string since, until, series;
};

/// Adds --since and --until (and --series when `with_series`) to `cmd`, described in `lang`.
void add_period_options(CLI::App* cmd, PeriodOptions& options, bool with_series, util::Lang lang);

/// The scope the options ask for. Dates in any form the minutes use, with their year
/// (`2024-01-01`, `1er janvier 2024`, `01/01/2024`); the series as the notes or
/// dla.yaml write it. Throws util::Failure on an unreadable date, --until before
/// --since, or an unknown series.
[[nodiscard]] query::MeetingScope meeting_scope(const Context& ctx, const PeriodOptions& options,
                                                const std::vector<model::Meeting>& meetings);

/// What render needs to word the scope.
[[nodiscard]] render::ReportScope report_scope(const Context& ctx, const query::MeetingScope& scope,
                                               std::size_t meetings);

/// The meeting of the note NOTE (a path from the current folder) among `notes`, read on
/// its own and added to them when it lies outside the notes folder. Throws util::Failure
/// when it does not exist or is not one note. `parts`: those read (workspace::read_notes).
[[nodiscard]] const model::Meeting* named_note(Context& ctx, const std::string& note, parse::Notes& notes,
                                               unsigned parts = model::k_all_parts & ~model::bodies);

}  // namespace dla::cli
