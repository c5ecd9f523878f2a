// Tables as data: columns and rows, rendered for a terminal (aligned, fitted to the
// width, long text wrapped), as a GFM Markdown table, or as CSV (RFC 4180).
#pragma once

#include <string>
#include <vector>

#include "dla/render/style.hpp"

namespace dla::render {

enum class Align { left, right };

/// How a cell is shown on a terminal in colour.
enum class Tone { plain, strong, dim, alert, warn, good };

struct Column {
    std::string header;
    Align align = Align::left;
    bool wrap = false;  // may be wrapped to fit the width; other columns keep their width
};

struct Cell {
    std::string text;
    Tone tone = Tone::plain;
    Cell(std::string t = {}, Tone tn = Tone::plain) : text(std::move(t)), tone(tn) {}  // NOLINT: implicit on purpose
    Cell(const char* t) : text(t) {}                                                   // NOLINT
};

class Table {
public:
    explicit Table(std::vector<Column> columns) : m_columns(std::move(columns)) {}

    void add_row(std::vector<Cell> row);
    [[nodiscard]] bool empty() const { return m_rows.empty(); }
    [[nodiscard]] std::size_t size() const { return m_rows.size(); }

    /// Aligned columns two spaces apart, header in bold. `width` 0 means unlimited;
    /// otherwise wrappable columns are wrapped at word boundaries so that each line
    /// fits (never cut; a word longer than the column is broken).
    [[nodiscard]] std::string terminal(std::size_t width, const Style& style) const;

    /// A GFM table: `| Date | Format | Sujet |`, `|---|---|---|`, pipes in cells escaped.
    [[nodiscard]] std::string markdown() const;

    /// RFC 4180: CRLF line ends, fields quoted when they hold the separator, a quote
    /// or a line break. `excel`: `;` separators and a UTF-8 BOM, as French Excel expects.
    [[nodiscard]] std::string csv(bool excel) const;

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<Cell>> m_rows;
};

/// `text` cut into lines of at most `width` terminal columns (util::display_width), at spaces where possible.
[[nodiscard]] std::vector<std::string> wrap_text(const std::string& text, std::size_t width);

}  // namespace dla::render
