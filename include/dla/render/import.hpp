// Legacy minutes, once read, written as a note of docs/format.md: canonical front
// matter (as `dla fmt` writes it) and a GFM body.
#pragma once

#include <string>

#include "dla/parse/legacy.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// The note's text. The front matter holds the fields found (title and date always;
/// the others when found), passed through format_front_matter; the body one `##`
/// section per section, department news as `###` subsections, tables as GFM tables.
[[nodiscard]] std::string imported_note(const parse::legacy::LegacyMinutes& minutes, util::Lang lang);

/// `notes/<year>/<date>-<series>-<number>.md` (`-<number>` only when known).
[[nodiscard]] std::string imported_note_path(const parse::legacy::LegacyMinutes& minutes, const std::string& notes_dir);

}  // namespace dla::render
