// HTML output: Markdown rendered by cmark-gfm (safe mode: raw HTML and unsafe links
// dropped) and a standalone, print-friendly page around it (A4, @media print).
#pragma once

#include <string>
#include <string_view>
#include <utility>
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

/// A link of a page's navigation bar (`dla site`: the previous and next meetings).
struct PageLink {
    std::string label;  // plain text
    std::string href;   // as given: relative links stay relative
    std::string rel;    // `prev`, `next`, `up` or ""
};

/// A standalone page.
struct HtmlPage {
    std::string lang = "fr";                 // the <html lang>
    std::string title;                       // the <title>, plain text
    std::vector<std::string> header_lines;   // plain text, the first one strong
    std::vector<std::string> header_aside;   // plain text, at the right of the header (a date…)
    std::vector<std::string> footer_lines;   // plain text
    std::string body;                        // HTML (from markdown_to_html)
    std::vector<PageLink> links = {};        // a <nav> above the body when there are some
    /// Named pieces of `body` (HTML) that a template of the repository may place itself:
    /// `{{{name}}}`; the built-in template uses `body` only.
    std::vector<std::pair<std::string, std::string>> parts = {};
};

/// The built-in page template (Mustache), whose variables docs/export.md lists: `lang`,
/// `title`, `style` (the stylesheet), `header` (with `header_lines`, each `text` and
/// `first`, and `header_aside`), `footer_lines`, `links` (`label`, `href`, `rel`), `body`
/// and the named parts.
[[nodiscard]] std::string_view default_page_template();

/// The stylesheet of the built-in template: on screen a white A4 sheet, in print A4
/// margins, headings kept with what follows them and table rows never cut.
[[nodiscard]] std::string_view page_stylesheet();

/// `<!DOCTYPE html>` page: `page` through `template_text` (default_page_template when
/// empty), `{{x}}` HTML-escaped. Throws util::Failure (`minutes_template_syntax`, naming
/// `template_name`) for a template that is not valid Mustache.
[[nodiscard]] std::string html_page(const HtmlPage& page, std::string_view template_text = {},
                                    std::string_view template_name = {});

}  // namespace dla::render
