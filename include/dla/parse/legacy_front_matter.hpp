// The front matter a legacy document may already have: YAML between `---` lines (Jekyll,
// Obsidian) or TOML between `+++` lines (Hugo, Zola), read for the importer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dla/util/date.hpp"

namespace dla::parse::legacy {

/// What the importer takes from a document's own front matter.
struct SourceFrontMatter {
    std::size_t lines = 0;          // the lines it spans, both delimiters included
    std::string title;              // `title`
    std::optional<util::Date> date; // `date` (`2019-09-15`, `'2019-09-15T13:07:35'`, a TOML date)
    /// Every other key (`author`, `tags`, `draft`…) as YAML lines, to be kept in the note's
    /// front matter; a key the note writes itself (`attendees`…) is kept as a comment.
    std::vector<std::string> kept;
};

/// The front matter opening `lines` (its first line `---` or `+++`, then a closing
/// `---`/`...` or `+++`), read with yaml-cpp or toml++; nullopt when there is none or it
/// does not parse (its lines are then read as text).
[[nodiscard]] std::optional<SourceFrontMatter> source_front_matter(const std::vector<std::string>& lines);

}  // namespace dla::parse::legacy
