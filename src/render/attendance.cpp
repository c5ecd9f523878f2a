#include "dla/render/attendance.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "dla/render/html.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using query::AttendanceBy;
using query::Presence;
using util::Msg;
using util::tr;

namespace {

bool spans_years(const query::Attendance& a) {
    return !a.meetings.empty() && a.meetings.front()->date && a.meetings.back()->date &&
           a.meetings.front()->date->year != a.meetings.back()->date->year;
}

int percent(const query::AttendanceRow& row) { return static_cast<int>(std::lround(row.rate() * 100.0)); }

std::string row_name(const query::AttendanceRow& row, AttendanceBy by, util::Lang lang) {
    if (!row.name.empty()) return row.name;
    return by == AttendanceBy::department ? tr(lang, Msg::attendance_no_department) : tr(lang, Msg::show_no_org);
}

const char* mark(Presence p) {
    switch (p) {
    case Presence::present: return "\xE2\x9C\x93";  // ✓
    case Presence::excused: return "E";
    case Presence::absent: break;
    }
    return "";
}

// `11/01 InterDLA N°1 · 08/02 …`; `keep_together`: no-break spaces inside each meeting,
// so that a wrapped terminal line never parts a date from its title.
std::string legend_meetings(const query::Attendance& a, std::size_t first, util::Lang lang, bool keep_together) {
    std::vector<std::string> parts;
    for (std::size_t i = first; i < a.meetings.size(); ++i) {
        const model::Meeting& m = *a.meetings[i];
        std::string part = meeting_column(m, spans_years(a)) + " " + (m.title.empty() ? m.path : m.title);
        if (keep_together) {
            std::string joined;
            for (char c : part) joined += c == ' ' ? std::string("\xC2\xA0") : std::string(1, c);
            part = std::move(joined);
        }
        parts.push_back(std::move(part));
    }
    return tr(lang, Msg::attendance_meetings, fmt::format("{}", fmt::join(parts, " · ")));
}

std::string count_line(const query::Attendance& a, AttendanceBy by, util::Lang lang) {
    const Msg noun = by == AttendanceBy::person         ? Msg::count_person
                     : by == AttendanceBy::organisation ? Msg::count_organisation
                                                        : Msg::count_department;
    // The row of the people without a department is not a department.
    const auto rows = std::count_if(a.rows.begin(), a.rows.end(),
                                    [&](const auto& r) { return by != AttendanceBy::department || !r.key.empty(); });
    return tr(lang, Msg::attendance_count, util::count(lang, static_cast<std::size_t>(rows), noun), util::count(lang, a.meetings.size(), Msg::count_meeting));
}

std::size_t widest_line(const std::string& text) {
    std::size_t widest = 0;
    for (const auto& line : util::split_trimmed(text, "\n")) widest = std::max(widest, util::display_width(line));
    return widest;
}

}  // namespace

std::string meeting_column(const model::Meeting& m, bool with_year) {
    if (!m.date) return "?";
    return with_year ? fmt::format("{:02}/{:02}/{:02}", m.date->day, m.date->month, m.date->year % 100)
                     : fmt::format("{:02}/{:02}", m.date->day, m.date->month);
}

std::string rate_text(const query::AttendanceRow& row, util::Lang lang) {
    return lang == util::Lang::fr ? fmt::format("{} %", percent(row)) : fmt::format("{}%", percent(row));
}

namespace {

// The table; `escape`: names and organisations escaped for a Markdown document.
Table build(const query::Attendance& a, AttendanceBy by, util::Lang lang, std::size_t first, bool csv, bool escape) {
    auto text = [&](const std::string& s) { return escape ? escape_markdown(s) : s; };
    std::vector<Column> columns;
    switch (by) {
    case AttendanceBy::person:
        // A person's name is never cut; the organisation is wrapped when nothing else helps.
        columns.push_back({tr(lang, Msg::attendance_col_person)});
        columns.push_back({tr(lang, Msg::attendance_col_organisation), Align::left, true});
        columns.push_back({tr(lang, Msg::attendance_col_department)});
        break;
    case AttendanceBy::organisation:
        columns.push_back({tr(lang, Msg::attendance_col_organisation), Align::left, true});
        columns.push_back({tr(lang, Msg::attendance_col_department)});
        break;
    case AttendanceBy::department:
        columns.push_back({tr(lang, Msg::attendance_col_department_name), Align::left, true});
        break;
    }
    const bool years = spans_years(a);
    for (std::size_t i = first; i < a.meetings.size(); ++i) {
        const model::Meeting& m = *a.meetings[i];
        columns.push_back({csv && m.date ? util::to_iso(*m.date) : meeting_column(m, years)});
    }
    columns.push_back({tr(lang, Msg::attendance_col_attended), Align::right});
    columns.push_back({tr(lang, csv ? Msg::attendance_col_rate_percent : Msg::attendance_col_rate), Align::right});
    columns.push_back({tr(lang, Msg::attendance_col_last)});

    Table table(std::move(columns));
    for (const auto& r : a.rows) {
        std::vector<Cell> row;
        const Tone tone = r.attended == 0 ? Tone::dim : Tone::plain;
        switch (by) {
        case AttendanceBy::person:
            row.emplace_back(text(row_name(r, by, lang)), tone);
            row.emplace_back(text(r.organisation), tone);
            row.emplace_back(text(r.department), tone);
            break;
        case AttendanceBy::organisation:
            row.emplace_back(text(row_name(r, by, lang)), tone);
            row.emplace_back(text(r.department), tone);
            break;
        case AttendanceBy::department: row.emplace_back(text(row_name(r, by, lang)), tone); break;
        }
        for (std::size_t i = first; i < r.marks.size(); ++i)
            row.emplace_back(mark(r.marks[i]), r.marks[i] == Presence::present ? Tone::good : Tone::plain);
        row.emplace_back(std::to_string(r.attended), tone);
        row.emplace_back(csv ? std::to_string(percent(r)) : rate_text(r, lang), tone);
        row.emplace_back(r.last_attended ? util::to_iso(*r.last_attended) : "", tone);
        table.add_row(std::move(row));
    }
    return table;
}

}  // namespace

Table attendance_table(const query::Attendance& a, AttendanceBy by, util::Lang lang, std::size_t first, bool csv) {
    return build(a, by, lang, first, csv, false);
}

std::string attendance_text(const query::Attendance& a, AttendanceBy by, const ReportScope& scope, const Style& style, std::size_t width) {
    if (a.meetings.empty()) return no_meeting_text(scope) + "\n";
    // Leave out the oldest meetings' columns until the rows fit unwrapped (one row, one
    // line, is what makes a matrix readable); one meeting is always shown, and only then
    // are organisations wrapped.
    std::size_t first = 0;
    while (width > 0 && first + 1 < a.meetings.size() &&
           widest_line(attendance_table(a, by, scope.lang, first).terminal(0, Style(false))) > width)
        ++first;
    std::string out = attendance_table(a, by, scope.lang, first).terminal(width, style);
    out += '\n';
    if (first > 0) out += wrapped("", "", tr(scope.lang, Msg::attendance_hidden, first), width);
    out += wrapped("", "  ", legend_meetings(a, first, scope.lang, width > 0), width);
    out += wrapped("", "  ", tr(scope.lang, Msg::attendance_legend), width);
    out += wrapped("", "  ", count_line(a, by, scope.lang), width);
    return out;
}

std::string attendance_markdown(const query::Attendance& a, AttendanceBy by, const ReportScope& scope) {
    if (a.meetings.empty()) return escape_markdown(no_meeting_text(scope)) + "\n";
    std::string out = build(a, by, scope.lang, 0, false, true).markdown();
    out += "\n" + escape_markdown(legend_meetings(a, 0, scope.lang, false)) + "  \n";
    out += escape_markdown(tr(scope.lang, Msg::attendance_legend)) + "  \n";
    out += escape_markdown(count_line(a, by, scope.lang)) + "\n";
    return out;
}

}  // namespace dla::render
