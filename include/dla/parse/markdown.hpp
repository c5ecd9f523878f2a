// RAII over cmark-gfm: a parsed GFM document with the table, tasklist,
// strikethrough and autolink extensions, and the few node queries the parser needs.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct cmark_node;

namespace dla::parse::markdown {

struct NodeDeleter {
    void operator()(cmark_node* node) const;
};

/// The document node of a parsed text; owns the whole tree.
using Document = std::unique_ptr<cmark_node, NodeDeleter>;

/// Parses GitHub-flavoured Markdown (thread-safe).
[[nodiscard]] Document parse(std::string_view text);

enum class Kind { document, heading, paragraph, list, item, table, table_row, table_cell, other };

[[nodiscard]] Kind kind(cmark_node* node);
[[nodiscard]] cmark_node* first_child(cmark_node* node);
[[nodiscard]] cmark_node* next(cmark_node* node);
[[nodiscard]] int heading_level(cmark_node* node);
[[nodiscard]] int start_line(cmark_node* node);
[[nodiscard]] int start_column(cmark_node* node);
[[nodiscard]] int end_line(cmark_node* node);

/// For a list item: 0 not a task, 1 `[ ]`, 2 `[x]` (the tasklist extension).
[[nodiscard]] int task_state(cmark_node* item);
/// Whether a table row is the header row.
[[nodiscard]] bool is_header_row(cmark_node* row);

/// The cells of a table row's source line, split as cmark-gfm splits them: at each `|`
/// not escaped by a backslash (inside code spans too, as GFM says), a leading and a
/// trailing `|` only bounding the row; untrimmed. cmark-gfm drops the cells of a row
/// beyond the header's: they are found here.
[[nodiscard]] std::vector<std::string_view> table_row_cells(std::string_view line);

/// The text of a node's inlines, Markdown markup removed, line breaks as spaces.
[[nodiscard]] std::string plain_text(cmark_node* node);

/// Inline Markdown as a reader should see it in plain text: emphasis marks and code
/// backticks dropped, a link as `texte (url)` (its text alone when that is the address,
/// as for autolinks and e-mail addresses), line breaks as spaces, strong emphasis between
/// `strong_on` and `strong_off` (a terminal's bold; empty: nothing). A text that Markdown
/// does not read as one paragraph (`1. …` a list, `# …` a heading) is kept as written.
/// Trimmed.
[[nodiscard]] std::string inline_text(std::string_view markdown, std::string_view strong_on = {},
                                      std::string_view strong_off = {});

/// Calls `visit` on every node under `root` (not on `root`), in document order, without
/// recursion: a list nested 10,000 deep or 100,000 nested `*` cost no stack. When
/// `visit` returns false, the node's children are skipped.
void walk(cmark_node* root, const std::function<bool(cmark_node*)>& visit);

}  // namespace dla::parse::markdown
