// JSON output: English snake_case field names, ISO dates, null for what is missing.
#pragma once

#include <string>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/query/actions.hpp"
#include "dla/query/attendance.hpp"
#include "dla/query/calendar.hpp"
#include "dla/query/news.hpp"
#include "dla/query/summary.hpp"
#include "dla/render/summary.hpp"

namespace dla::query {
struct Agenda;
}

namespace dla::render {

/// The meetings as a JSON array (documented in docs/json.md), indented, ending in a newline.
[[nodiscard]] std::string meetings_json(const std::vector<const model::Meeting*>& meetings);

/// Diagnostics as `[{path, line, column, severity, rule, message}]`.
[[nodiscard]] std::string diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics);

/// Tracked actions as `[{id, text, owners, owner_names, due, status, overdue, done_on,
/// first_raised {path, date, line}, meeting {title, date, path}, path, line, times_carried}]`;
/// `meeting`, `path` and `line` are the newest mention.
[[nodiscard]] std::string actions_json(const std::vector<query::TrackedAction>& actions, const model::Config& config);

/// Calendar events as `[{start, end, time, end_time, format, location, subject, series,
/// path, line}]` (documented in docs/json.md).
[[nodiscard]] std::string calendar_json(const std::vector<query::CalendarEvent>& events);

/// The digest of `dla summary` (documented in docs/json.md): `{period, series, meetings,
/// present_count, present, excused_count, excused, actions_raised, actions_still_open,
/// news, departments_without_news, next_dates}`.
[[nodiscard]] std::string summary_json(const query::Summary& summary, const model::Config& config,
                                       const SummaryOptions& options);

/// The attendance matrix: `{by, meetings [{path, date, title}], rows [{name, org,
/// department, attended, excused, meetings, rate, last_attended, present_at, excused_at}]}`.
[[nodiscard]] std::string attendance_json(const query::Attendance& attendance, query::AttendanceBy by);

/// `{entries [{department, label, meeting {path, date, title}, items, line}],
/// departments_without_news [{id, label}]}`.
[[nodiscard]] std::string news_json(const query::News& news);

/// `dla agenda --format json`: `{from, to, overdue: [action], days: [{date, events: [event],
/// actions: [action]}]}`, each action and event as in actions_json and calendar_json;
/// documented in docs/json.md.
[[nodiscard]] std::string agenda_json(const query::Agenda& agenda, const model::Config& config);

}  // namespace dla::render
