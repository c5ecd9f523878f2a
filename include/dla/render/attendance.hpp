// `dla attendance` output: the matrix of who came to which meeting (✓ present,
// E excused, blank absent) with the count, rate and last date of each row, for a
// terminal (fitted to its width), Markdown and CSV (JSON is in render/json.hpp).
#pragma once

#include <cstddef>
#include <string>

#include "dla/query/attendance.hpp"
#include "dla/render/news.hpp"
#include "dla/render/style.hpp"
#include "dla/render/table.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// `14/03` (with `/24` when the meetings span several years): a meeting's column header.
[[nodiscard]] std::string meeting_column(const model::Meeting& meeting, bool with_year);

/// `75 %` in French, `75%` in English: attended over the meetings in scope, rounded.
[[nodiscard]] std::string rate_text(const query::AttendanceRow& row, util::Lang lang);

/// The matrix: name (organisation and department columns by person; department by
/// organisation), one column per meeting from `first_meeting` on, then attended, rate
/// and last date attended (ISO). `csv`: meeting columns headed by ISO dates, the rate
/// as a whole percentage under "Taux (%)", for spreadsheets.
[[nodiscard]] Table attendance_table(const query::Attendance& attendance, query::AttendanceBy by, util::Lang lang,
                                     std::size_t first_meeting = 0, bool csv = false);

/// The table fitted to `width` (0: unlimited): when the matrix is too wide, the oldest
/// meetings' columns are left out until each row fits on one line (the counts still
/// cover every meeting) and a line says how many; with one meeting left, organisations
/// are wrapped. Then the legend (the meetings by column, ✓ / E / blank) and a count
/// line. Says so plainly when there is no meeting.
[[nodiscard]] std::string attendance_text(const query::Attendance& attendance, query::AttendanceBy by, const ReportScope& scope, const Style& style,
                                          std::size_t width);

/// The Markdown table (names escaped) and its legend. Says so plainly when there is no meeting.
[[nodiscard]] std::string attendance_markdown(const query::Attendance& attendance, query::AttendanceBy by,
                                              const ReportScope& scope);

}  // namespace dla::render
