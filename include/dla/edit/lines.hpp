// Editing one line of a note: the smallest change, every other byte (BOM, CRLF, trailing
// spaces) left as it was. The ground for the edits of one action (^id, done, cancel…).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::edit {

/// Where line `line` (1-based) of a note's bytes lies, lines ending as the parser counts
/// them (LF, CRLF or a lone CR): `start` its first byte, `content_end` the end of its text
/// with its blanks (spaces, tabs) at the end left out, `end` where its line break starts.
struct LineSpan {
    std::size_t start = 0;
    std::size_t content_end = 0;
    std::size_t end = 0;
};

/// The span of line `line` of `bytes`; nullopt past the last line (or for line < 1).
[[nodiscard]] std::optional<LineSpan> line_span(std::string_view bytes, int line);

/// `bytes` with the text of line `line` (its blanks at the end included, its line break
/// not) replaced by `text`; nullopt past the last line. `text` holds no line break.
[[nodiscard]] std::optional<std::string> with_line(std::string_view bytes, int line, std::string_view text);

/// The note `bytes` as parsed (with `config`, under `path`), the Markdown of its sections
/// set aside: what an edit of action lines compares before and after, to be sure it changed
/// nothing else.
[[nodiscard]] model::Meeting read_for_edit(std::string_view path, std::string_view bytes, const model::Config& config);

}  // namespace dla::edit
