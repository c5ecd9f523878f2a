#include "dla/render/calendar.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dla/render/show.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

namespace {

bool any_time(const std::vector<query::CalendarEvent>& events) {
    return std::ranges::any_of(events, [](const auto& e) { return e.event.time.has_value(); });
}

bool any_location(const std::vector<query::CalendarEvent>& events) {
    return std::ranges::any_of(events, [](const auto& e) { return !e.event.location.empty(); });
}

bool several_series(const std::vector<query::CalendarEvent>& events) {
    return std::ranges::any_of(events, [&](const auto& e) { return util::fold(e.series) != util::fold(events.front().series); });
}

}  // namespace

std::string event_time_text(const model::Event& event, util::Lang lang) {
    if (!event.time) return {};
    std::string s = time_text(*event.time, lang);
    if (event.end_time) s += " – " + time_text(*event.end_time, lang);
    return s;
}

Table calendar_table(const std::vector<query::CalendarEvent>& events, util::Lang lang, util::Date today) {
    const bool times = any_time(events);
    const bool places = any_location(events);
    const bool series = !events.empty() && several_series(events);
    std::vector<Column> columns = {{tr(lang, Msg::calendar_col_date)}};
    if (times) columns.push_back({tr(lang, Msg::calendar_col_time)});
    columns.push_back({tr(lang, Msg::calendar_col_format), Align::left, true});
    if (places) columns.push_back({tr(lang, Msg::calendar_col_location), Align::left, true});
    columns.push_back({tr(lang, Msg::calendar_col_subject), Align::left, true});
    if (series) columns.push_back({tr(lang, Msg::calendar_col_series)});
    Table table(std::move(columns));
    bool next_seen = false;
    for (const auto& c : events) {
        const model::Event& e = c.event;
        Tone tone = Tone::plain;
        if (e.dates.end < today) {
            tone = Tone::dim;
        } else if (!next_seen) {
            tone = Tone::strong;
            next_seen = true;
        }
        std::vector<Cell> row = {{date_text(e.dates, lang), tone}};
        if (times) row.emplace_back(event_time_text(e, lang), tone);
        row.emplace_back(e.format, tone);
        if (places) row.emplace_back(e.location, tone);
        row.emplace_back(e.subject, tone);
        if (series) row.emplace_back(std::string(c.series), tone);
        table.add_row(std::move(row));
    }
    return table;
}

Table calendar_markdown_table(const std::vector<query::CalendarEvent>& events, util::Lang lang) {
    const bool times = any_time(events);
    const bool places = any_location(events);
    std::vector<Column> columns = {{tr(lang, Msg::calendar_col_date)}};
    if (times) columns.push_back({tr(lang, Msg::calendar_col_time)});
    columns.push_back({tr(lang, Msg::calendar_col_format)});
    if (places) columns.push_back({tr(lang, Msg::calendar_col_location)});
    columns.push_back({tr(lang, Msg::calendar_col_subject)});
    Table table(std::move(columns));
    for (const auto& c : events) {
        const model::Event& e = c.event;
        std::vector<Cell> row = {date_text(e.dates, lang)};
        if (times) row.emplace_back(event_time_text(e, lang));
        row.emplace_back(e.format);
        if (places) row.emplace_back(e.location);
        row.emplace_back(e.subject);
        table.add_row(std::move(row));
    }
    return table;
}

Table calendar_csv_table(const std::vector<query::CalendarEvent>& events, util::Lang lang) {
    Table table({{tr(lang, Msg::calendar_col_start)}, {tr(lang, Msg::calendar_col_end)},
                 {tr(lang, Msg::calendar_col_time)}, {tr(lang, Msg::calendar_col_end_time)},
                 {tr(lang, Msg::calendar_col_date)}, {tr(lang, Msg::calendar_col_format)},
                 {tr(lang, Msg::calendar_col_location)}, {tr(lang, Msg::calendar_col_subject)},
                 {tr(lang, Msg::calendar_col_series)}, {tr(lang, Msg::calendar_col_source)}});
    for (const auto& c : events) {
        const model::Event& e = c.event;
        table.add_row({util::to_iso(e.dates.start), util::to_iso(e.dates.end), e.time ? util::to_iso(*e.time) : "",
                       e.end_time ? util::to_iso(*e.end_time) : "", date_text(e.dates, lang), e.format, e.location,
                       e.subject, std::string(c.series), fmt::format("{}:{}", c.path, e.line)});
    }
    return table;
}

}  // namespace dla::render
