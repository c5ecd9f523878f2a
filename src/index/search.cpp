#include "dla/index/search.hpp"

#include <cctype>
#include <variant>

#include "dla/util/failure.hpp"
#include "statement.hpp"

namespace dla::index {

namespace {

// What unicode61 keeps as a token: a letter or digit of ASCII, or any non-ASCII byte (its
// categories decide; a word of only punctuation gives no token at all).
bool has_token(std::string_view word) {
    for (unsigned char c : word)
        if (c >= 0x80 || std::isalnum(c)) return true;
    return false;
}

std::string quoted(std::string_view word) {
    std::string out = "\"";
    for (char c : word) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

// Marks around each match that cannot be in a line (control bytes).
constexpr std::string_view k_open = "\x01", k_close = "\x02";

}  // namespace

std::string match_expression(std::string_view text) {
    std::string out;
    auto add = [&](std::string_view term, bool prefix) {
        if (!has_token(term)) return;
        out += (out.empty() ? "" : " ") + quoted(term) + (prefix ? " *" : "");
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (c == '"') {
            const std::size_t end = text.find('"', i + 1);
            if (end == std::string_view::npos) throw util::Failure({util::Msg::search_unclosed_quote, {std::string(text)}});
            const bool prefix = end + 1 < text.size() && text[end + 1] == '*';
            add(text.substr(i + 1, end - i - 1), prefix);
            i = end + 1 + prefix;
        } else {
            std::size_t end = text.find_first_of(" \t\r\n\"", i);
            if (end == std::string_view::npos) end = text.size();
            std::string_view word = text.substr(i, end - i);
            const bool prefix = word.size() > 1 && word.ends_with('*');
            if (prefix) word.remove_suffix(1);
            add(word, prefix);
            i = end;
        }
    }
    if (out.empty()) throw util::Failure({util::Msg::search_nothing, {std::string(text)}});
    return out;
}

std::vector<SearchHit> search(Index& index, std::string_view text, const SearchFilter& filter) {
    const std::string expression = match_expression(text);
    sqlite3* db = index.handle();
    Statement q(db,
                "SELECT n.path, l.line, n.title, n.series, n.date, highlight(lines, 0, char(1), char(2)) "
                "FROM lines AS l JOIN notes AS n ON n.id = l.note_id "
                "WHERE lines MATCH ?1 AND (?2 IS NULL OR n.series = ?2) AND (?3 IS NULL OR n.date >= ?3) "
                "AND (?4 IS NULL OR n.date <= ?4) AND (?5 IS NULL OR l.department = ?5) "
                "ORDER BY n.date IS NULL, n.date DESC, n.path, l.line");
    if (!q) throw util::Failure({util::Msg::search_failed, {sqlite3_errmsg(db)}});
    q.bind(1, expression);
    q.bind_or_null(2, filter.series);
    if (filter.since) q.bind_or_null(3, util::to_iso(*filter.since));
    if (filter.until) q.bind_or_null(4, util::to_iso(*filter.until));
    q.bind_or_null(5, filter.department);
    std::vector<SearchHit> hits;
    int step = SQLITE_ROW;
    while ((step = q.step()) == SQLITE_ROW) {
        SearchHit hit{std::string(q.text(0)), static_cast<int>(q.integer(1)), std::string(q.text(2)),
                      std::string(q.text(3)), std::nullopt, {}, {}};
        if (!q.null(4)) {
            const auto parsed = util::parse_iso_date(q.text(4));
            if (const auto* d = std::get_if<util::Date>(&parsed)) hit.date = *d;
        }
        const std::string_view marked = q.text(5);
        for (std::size_t i = 0; i < marked.size(); ++i) {
            if (marked.substr(i, 1) == k_open) hit.matches.emplace_back(hit.text.size(), hit.text.size());
            else if (marked.substr(i, 1) == k_close && !hit.matches.empty()) hit.matches.back().second = hit.text.size();
            else hit.text += marked[i];
        }
        hits.push_back(std::move(hit));
    }
    if (step != SQLITE_DONE) throw util::Failure({util::Msg::search_failed, {sqlite3_errmsg(db)}});
    return hits;
}

}  // namespace dla::index
