// `dla calendar` output as tables: for a terminal, the minutes' Markdown "Date | Format |
// Sujet" table, and CSV. (JSON is in render/json.hpp, iCalendar in render/ics.hpp.)
#pragma once

#include <string>
#include <vector>

#include "dla/query/calendar.hpp"
#include "dla/render/table.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// `10h`, `9h30 – 12h` (French) / `10:00`, `09:30 – 12:00` (English); "" without a time.
[[nodiscard]] std::string event_time_text(const model::Event& event, util::Lang lang);

/// Date, time, format, place, subject (and series when the events come from more than
/// one). The time and place columns only when an event has one. The first event not
/// over by `today` is strong, the ones over are dim.
[[nodiscard]] Table calendar_table(const std::vector<query::CalendarEvent>& events, util::Lang lang,
                                   util::Date today);

/// The minutes' table, ready to paste: `| Date | Format | Sujet |` with dates written
/// in full (`10 et 11 juin 2024`); `Horaire` and `Lieu` columns (Date | Horaire |
/// Format | Lieu | Sujet) only when an event has a time or a place. English headers
/// and dates in English.
[[nodiscard]] Table calendar_markdown_table(const std::vector<query::CalendarEvent>& events, util::Lang lang);

/// Every field, for spreadsheets: start and end (ISO), time, end time, date as
/// written in full, format, place, subject, series, `path:line`.
[[nodiscard]] Table calendar_csv_table(const std::vector<query::CalendarEvent>& events, util::Lang lang);

}  // namespace dla::render
