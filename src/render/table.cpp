#include "dla/render/table.hpp"

#include <algorithm>
#include <numeric>

#include "dla/util/text.hpp"

namespace dla::render {

namespace {

// Terminal columns, not code points: an emoji or a CJK character takes two.
std::size_t width_of(const std::string& s) { return util::display_width(s); }

// Byte length of the longest start of `s` (one code point at least) that fits in `n` columns.
std::size_t prefix_bytes(const std::string& s, std::size_t n) {
    std::size_t i = 0, used = 0;
    while (i < s.size()) {
        std::size_t next = i + 1;
        while (next < s.size() && (static_cast<unsigned char>(s[next]) & 0xC0) == 0x80) ++next;
        used += util::display_width(std::string_view(s).substr(i, next - i));
        if (used > n && i > 0) break;
        i = next;
    }
    return i;
}

std::string pad(const std::string& s, std::size_t width, Align align) {
    const std::size_t w = width_of(s);
    if (w >= width) return s;
    const std::string spaces(width - w, ' ');
    return align == Align::left ? s + spaces : spaces + s;
}

std::string toned(const Style& style, Tone tone, const std::string& s) {
    switch (tone) {
    case Tone::strong: return style.bold(s);
    case Tone::dim: return style.dim(s);
    case Tone::alert: return style.red(s);
    case Tone::warn: return style.yellow(s);
    case Tone::good: return style.green(s);
    case Tone::plain: break;
    }
    return s;
}

}  // namespace

std::vector<std::string> wrap_text(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    if (width == 0 || width_of(text) <= width) return {text};
    std::string line;
    for (const auto& word : util::split_trimmed(text, " ")) {
        std::string w = word;
        if (!line.empty() && width_of(line) + 1 + width_of(w) <= width) {
            line += ' ' + w;
            continue;
        }
        if (!line.empty()) lines.push_back(std::move(line));
        line.clear();
        while (width_of(w) > width) {  // a word longer than the column is broken
            const std::size_t cut = prefix_bytes(w, width);
            lines.push_back(w.substr(0, cut));
            w.erase(0, cut);
        }
        line = w;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

void Table::add_row(std::vector<Cell> row) {
    row.resize(m_columns.size());
    m_rows.push_back(std::move(row));
}

std::string Table::terminal(std::size_t width, const Style& style) const {
    const std::size_t n = m_columns.size();
    std::vector<std::size_t> widths(n);
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = width_of(m_columns[c].header);
        for (const auto& row : m_rows) widths[c] = std::max(widths[c], width_of(row[c].text));
    }
    // Narrow the widest wrappable column, one step at a time, until the line fits.
    constexpr std::size_t k_min_wrap = 12;
    const std::size_t gaps = n ? 2 * (n - 1) : 0;
    auto total = [&] { return std::accumulate(widths.begin(), widths.end(), gaps); };
    while (width > 0 && total() > width) {
        std::size_t widest = n;
        for (std::size_t c = 0; c < n; ++c)
            if (m_columns[c].wrap && widths[c] > k_min_wrap && (widest == n || widths[c] > widths[widest])) widest = c;
        if (widest == n) break;  // nothing left to narrow: let the terminal wrap
        --widths[widest];
    }

    std::string out;
    auto emit = [&](const std::vector<std::vector<std::string>>& cells, const std::vector<Tone>& tones) {
        std::size_t height = 0;
        for (const auto& c : cells) height = std::max(height, c.size());
        static const std::string none;
        for (std::size_t l = 0; l < height; ++l) {
            for (std::size_t c = 0; c < n; ++c) {
                const std::string& text = l < cells[c].size() ? cells[c][l] : none;
                const bool last = c + 1 == n;
                out += toned(style, tones[c], last && m_columns[c].align == Align::left ? text : pad(text, widths[c], m_columns[c].align));
                if (!last) out += "  ";
            }
            // No trailing spaces (the line before ends with its newline).
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out += '\n';
        }
    };
    std::vector<std::vector<std::string>> header(n);
    for (std::size_t c = 0; c < n; ++c) header[c] = {m_columns[c].header};
    emit(header, std::vector<Tone>(n, Tone::strong));
    for (const auto& row : m_rows) {
        std::vector<std::vector<std::string>> cells(n);
        std::vector<Tone> tones(n);
        for (std::size_t c = 0; c < n; ++c) {
            cells[c] = m_columns[c].wrap ? wrap_text(row[c].text, widths[c]) : std::vector<std::string>{row[c].text};
            tones[c] = row[c].tone;
        }
        emit(cells, tones);
    }
    return out;
}

std::string Table::markdown() const {
    auto escape = [](const std::string& s) {
        std::string out;
        for (char ch : s) {
            if (ch == '|') out += "\\|";
            else if (ch == '\n') out += ' ';
            else out += ch;
        }
        return out;
    };
    std::string out = "|";
    for (const auto& c : m_columns) out += " " + escape(c.header) + " |";
    out += "\n|";
    for (const auto& c : m_columns) out += c.align == Align::right ? "---:|" : "---|";
    out += '\n';
    for (const auto& row : m_rows) {
        out += '|';
        for (const auto& cell : row) out += " " + escape(cell.text) + " |";
        out += '\n';
    }
    return out;
}

std::string Table::csv(bool excel) const {
    const char sep = excel ? ';' : ',';
    auto field = [&](const std::string& text) {
        // A cell a spreadsheet would run as a formula (=HYPERLINK(…), =1+1) is shown as
        // text: the apostrophe is Excel's and LibreOffice's "this is text" mark.
        const std::string s = util::starts_like_formula(text) ? "'" + text : text;
        if (s.find_first_of(std::string{sep, '"', '\n', '\r'}) == std::string::npos) return s;
        std::string q = "\"";
        for (char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        return q + '"';
    };
    std::string out = excel ? "\xEF\xBB\xBF" : "";
    auto line = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? std::string(1, sep) : "") + field(fields[i]);
        out += "\r\n";
    };
    std::vector<std::string> header;
    for (const auto& c : m_columns) header.push_back(c.header);
    line(header);
    for (const auto& row : m_rows) {
        std::vector<std::string> fields;
        for (const auto& cell : row) fields.push_back(cell.text);
        line(fields);
    }
    return out;
}

}  // namespace dla::render
