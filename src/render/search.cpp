#include "dla/render/search.hpp"

#include <nlohmann/json.hpp>

#include "dla/render/table.hpp"

namespace dla::render {

using json = nlohmann::ordered_json;

namespace {

std::string heading(const index::SearchHit& hit, util::Lang lang) {
    std::string out = hit.title.empty() ? hit.path : hit.title;
    if (hit.date) out += " — " + util::format_date(*hit.date, lang);
    return out;
}

Table sql_as_table(const index::SqlResult& result) {
    std::vector<Column> columns;
    for (const auto& name : result.columns) columns.push_back({name, Align::left, true});
    Table table(std::move(columns));
    for (const auto& row : result.rows) {
        std::vector<Cell> cells;
        for (const auto& v : row) cells.emplace_back(v.text);
        table.add_row(std::move(cells));
    }
    return table;
}

}  // namespace

std::string search_text(const std::vector<index::SearchHit>& hits, util::Lang lang, const Style& style) {
    std::string out;
    const index::SearchHit* previous = nullptr;
    for (const auto& hit : hits) {
        if (!previous || previous->path != hit.path) {
            if (previous) out += '\n';
            out += style.bold(heading(hit, lang)) + '\n';
        }
        previous = &hit;
        out += style.cyan(hit.path + ':' + std::to_string(hit.line)) + ": ";
        std::size_t at = 0;
        for (const auto& [first, last] : hit.matches) {
            out += hit.text.substr(at, first - at);
            out += style.red(hit.text.substr(first, last - first));
            at = last;
        }
        out += hit.text.substr(at) + '\n';
    }
    return out;
}

std::string search_json(const std::vector<index::SearchHit>& hits) {
    json out = json::array();
    for (const auto& hit : hits) {
        json matches = json::array();
        for (const auto& [first, last] : hit.matches) matches.push_back({first, last});
        out.push_back({{"path", hit.path},
                       {"line", hit.line},
                       {"title", hit.title},
                       {"series", hit.series.empty() ? json(nullptr) : json(hit.series)},
                       {"date", hit.date ? json(util::to_iso(*hit.date)) : json(nullptr)},
                       {"text", hit.text},
                       {"matches", matches}});
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

std::string sql_table(const index::SqlResult& result, std::size_t width, const Style& style) {
    return sql_as_table(result).terminal(width, style);
}

std::string sql_csv(const index::SqlResult& result) { return sql_as_table(result).csv(false); }

std::string sql_json(const index::SqlResult& result) {
    json out = json::array();
    for (const auto& row : result.rows) {
        json object = json::object();
        for (std::size_t i = 0; i < row.size() && i < result.columns.size(); ++i) {
            const auto& v = row[i];
            json value;
            switch (v.kind) {
            case index::SqlValue::Kind::null: value = nullptr; break;
            case index::SqlValue::Kind::integer: value = std::stoll(v.text); break;
            case index::SqlValue::Kind::real: value = std::stod(v.text); break;
            default: value = v.text; break;
            }
            object[result.columns[i]] = std::move(value);
        }
        out.push_back(std::move(object));
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

}  // namespace dla::render
