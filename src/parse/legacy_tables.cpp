#include "dla/parse/legacy.hpp"

#include <algorithm>

#include "dla/util/text.hpp"

namespace dla::parse::legacy {

using Kind = Block::Kind;

std::string tabs_to_spaces(std::string_view line) {
    std::string out;
    for (const auto& cell : util::split_trimmed(line, "\t")) out += (out.empty() ? "" : " ") + cell;
    return out;
}

std::optional<std::vector<Block>> table_blocks(const std::vector<std::string>& lines, int line) {
    std::vector<Block> out;
    auto add_block = [&](Block b) { out.push_back(std::move(b)); };
    std::vector<std::vector<std::string>> raw;
    for (const auto& l : lines) raw.push_back(tab_cells(l));

    // A grid whose every cell starts with its own title (`<p>CESSER</p> …`): one
    // sub-heading per cell, in reading order.
    bool titled = true;
    std::size_t cells = 0;
    for (const auto& row : raw)
        for (const auto& c : row)
            if (!c.empty()) {
                ++cells;
                titled = titled && c.starts_with("<p>") && c.find("</p>") != std::string::npos && c.find("</p>") < 120;
            }
    if (titled && cells > 1) {
        for (const auto& row : raw)
            for (const auto& c : row) {
                if (c.empty()) continue;
                const auto close = c.find("</p>");
                add_block(Block{Kind::heading, 3, cell_markdown(c.substr(3, close - 3)), {}, line});
                std::string rest = c.substr(close + 4);
                // `<p>…</p>` are paragraphs; `• …` items are bullets.
                std::size_t pos = 0;
                while (pos < rest.size()) {
                    const auto open = rest.find("<p>", pos);
                    const auto ul = rest.find("<ul", pos);
                    if (ul != std::string::npos && (open == std::string::npos || ul < open)) {
                        const auto close_ul = rest.find("</ul>", ul);
                        const std::string items = rest.substr(ul, close_ul == std::string::npos ? std::string::npos : close_ul - ul);
                        for (const auto& item : util::split_trimmed(cell_markdown(items), "<br>\xE2\x80\xA2"))
                            if (auto it = std::string(util::trim(item)); !it.empty()) {
                                if (it.starts_with("\xE2\x80\xA2")) it = std::string(util::trim(std::string_view(it).substr(3)));
                                add_block(Block{Kind::bullet, 0, it, {}, line});
                            }
                        pos = close_ul == std::string::npos ? rest.size() : close_ul + 5;
                    } else if (open != std::string::npos) {
                        const auto close_p = rest.find("</p>", open);
                        const std::string text = cell_markdown(rest.substr(open + 3, close_p == std::string::npos ? std::string::npos : close_p - open - 3));
                        if (!text.empty()) add_block(Block{Kind::paragraph, 0, text, {}, line});
                        pos = close_p == std::string::npos ? rest.size() : close_p + 4;
                    } else {
                        const std::string text = cell_markdown(rest.substr(pos));
                        if (!text.empty()) add_block(Block{Kind::paragraph, 0, text, {}, line});
                        break;
                    }
                }
            }
        return out;
    }

    std::vector<std::vector<std::string>> rows;
    for (auto row : raw) {
        while (!row.empty() && row.back().empty()) row.pop_back();
        for (auto& c : row) c = cell_markdown(c);
        rows.push_back(row);
    }
    std::size_t columns = 0;
    for (const auto& r : rows) columns = std::max(columns, r.size());
    if (rows.size() < 2 || columns < 2) return std::nullopt;
    for (auto& r : rows) r.resize(columns);
    // A header cell over an empty column, next to an untitled column that holds the
    // data, titles that column (a merged cell of the slide): the empty column goes.
    for (std::size_t c = columns; c-- > 1;) {
        bool empty_data = true;
        for (std::size_t r = 1; r < rows.size(); ++r) empty_data = empty_data && rows[r][c].empty();
        if (!empty_data) continue;
        if (!rows[0][c].empty() && rows[0][c - 1].empty()) rows[0][c - 1] = rows[0][c];
        else if (!rows[0][c].empty()) continue;
        for (auto& r : rows) r.erase(r.begin() + static_cast<long>(c));
    }
    add_block(Block{Kind::table, 0, "", rows, line});
    return out;
}


}  // namespace dla::parse::legacy
