// dla search: the notes' text looked up in the index's text table (FTS5, accents and
// case folded), with the meetings' title and date (docs/schema.md, the `lines` table).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dla/index/index.hpp"
#include "dla/util/date.hpp"

namespace dla::index {

struct SearchFilter {
    std::string series;                // empty: every series
    std::optional<util::Date> since;   // meetings held on or after
    std::optional<util::Date> until;   // meetings held on or before
    std::string department;            // empty: every line; else lines of that department's news
};

struct SearchHit {
    std::string path;
    int line = 0;
    std::string title;
    std::string series;
    std::optional<util::Date> date;
    std::string text;  // the line as written
    std::vector<std::pair<std::size_t, std::size_t>> matches;  // byte ranges [first, last) of `text` that matched
};

/// The FTS5 query of what the user typed: each word a string of its own ("AND", "(",
/// quotes inside doubled: never FTS5's syntax), `"…"` a phrase, a trailing `*` a prefix,
/// every term required. Throws util::Failure when a quote is not closed or nothing is
/// left to look for.
[[nodiscard]] std::string match_expression(std::string_view text);

/// The lines of the indexed notes that match `text` (match_expression), newest meeting
/// first, then by path and line. Throws util::Failure when the index cannot answer.
[[nodiscard]] std::vector<SearchHit> search(Index& index, std::string_view text, const SearchFilter& filter);

}  // namespace dla::index
