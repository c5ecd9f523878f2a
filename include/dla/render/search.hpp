// What dla search and dla sql print: the lines found under their meeting, and the rows
// of a query as a table, CSV or JSON.
#pragma once

#include <string>
#include <vector>

#include "dla/index/search.hpp"
#include "dla/index/sql.hpp"
#include "dla/render/style.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// Each meeting's title and date (bold), then its lines as `path:line: text`, the words
/// found in colour when `style` has colour; a blank line between meetings.
[[nodiscard]] std::string search_text(const std::vector<index::SearchHit>& hits, util::Lang lang, const Style& style);

/// `[{path, line, title, series, date, text, matches: [[first, last]…]}]` (byte offsets
/// of `text`), documented in docs/json.md.
[[nodiscard]] std::string search_json(const std::vector<index::SearchHit>& hits);

/// The rows as a terminal table (render/table, fitted to `width`, NULL shown empty).
[[nodiscard]] std::string sql_table(const index::SqlResult& result, std::size_t width, const Style& style);
/// RFC 4180 CSV with a header row; NULL an empty field.
[[nodiscard]] std::string sql_csv(const index::SqlResult& result);
/// An array of objects, one per row, named by column, with SQLite's types (numbers,
/// strings, null; a blob as hexadecimal).
[[nodiscard]] std::string sql_json(const index::SqlResult& result);

}  // namespace dla::render
