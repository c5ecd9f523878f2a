// HTML output: Markdown rendered by cmark-gfm (safe mode: raw HTML and unsafe links
// dropped) and a standalone, print-friendly page around it (A4, @media print).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dla::render {

/// GitHub-flavoured Markdown (tables, strikethrough, autolinks, task lists) as HTML.
/// Raw HTML in the Markdown is not copied (cmark-gfm's safe mode): a name written
/// `<script>` cannot inject anything.
[[nodiscard]] std::string markdown_to_html(std::string_view markdown);

/// `&`, `<`, `>`, `"` and `'` as entities.
[[nodiscard]] std::string escape_html(std::string_view text);

/// Backslashes the characters that Markdown would read as markup (`*`, `_`, `[`, `<`,
/// a leading `#` or `-`…), so that plain text stays plain text in a Markdown document:
/// `Fondation <Zeta> & Co` → `Fondation \<Zeta\> & Co`. Not `|`: Table::markdown
/// escapes it in cells, and outside a table it is plain text.
[[nodiscard]] std::string escape_markdown(std::string_view text);

/// A standalone page.
struct HtmlPage {
    std::string lang = "fr";                 // the <html lang>
    std::string title;                       // the <title>, plain text
    std::vector<std::string> header_lines;   // plain text, the first one strong
    std::vector<std::string> header_aside;   // plain text, at the right of the header (a date…)
    std::vector<std::string> footer_lines;   // plain text
    std::string body;                        // HTML (from markdown_to_html)
};

/// `<!DOCTYPE html>` page with an embedded stylesheet: readable sans-serif text, tables
/// with rules, on screen a white A4 sheet, in print A4 margins, headings kept with
/// what follows them and table rows never cut. Header and footer lines escaped.
[[nodiscard]] std::string html_page(const HtmlPage& page);

}  // namespace dla::render
