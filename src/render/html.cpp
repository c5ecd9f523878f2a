#include "dla/render/html.hpp"

#include <cctype>
#include <memory>
#include <mutex>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "dla/parse/markdown.hpp"
#include "dla/render/mustache.hpp"

namespace dla::render {

namespace {

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};

// cmark_render_html's result comes from cmark's default allocator.
struct BufferDeleter {
    void operator()(char* s) const { cmark_get_default_mem_allocator()->free(s); }
};

// A standalone page's stylesheet: one A4 sheet on screen, A4 margins in print.
constexpr std::string_view k_css = R"(@page { size: A4; margin: 16mm 15mm 18mm; }
:root { --ink: #1f2328; --muted: #5a6470; --accent: #1d4e89; --rule: #c9d1da; --band: #eef3f8; }
body { box-sizing: border-box; max-width: 210mm; min-height: 297mm; margin: 0 auto; padding: 14mm 15mm 12mm;
  background: #fff; color: var(--ink); font: 10.5pt/1.45 "Source Sans 3", "Source Sans Pro", "Segoe UI", Calibri,
  "Noto Sans", "Liberation Sans", Arial, "DejaVu Sans", sans-serif; }
@media screen and (min-width: 230mm) {
  html { background: #e8ebef; }
  body { margin: 10mm auto; box-shadow: 0 1px 8px rgba(0, 0, 0, .18); }
}
header.organisation { display: flex; justify-content: space-between; align-items: flex-end; gap: 12pt;
  border-bottom: 3px solid var(--accent); padding-bottom: 6pt; margin-bottom: 14pt; }
header.organisation p { margin: 0; color: var(--muted); font-size: 9pt; letter-spacing: .04em; }
header.organisation p.name { color: var(--accent); font-weight: 700; font-size: 10.5pt; }
header.organisation .stamp { text-align: right; white-space: nowrap; }
h1 { margin: 0 0 4pt; color: var(--accent); font-size: 19pt; line-height: 1.2; }
h2 { margin: 14pt 0 5pt; padding-bottom: 2pt; border-bottom: 1px solid var(--rule); color: var(--accent);
  font-size: 12.5pt; break-after: avoid; page-break-after: avoid; }
h3 { margin: 10pt 0 4pt; font-size: 11pt; break-after: avoid; page-break-after: avoid; }
p { margin: 4pt 0; }
ul { margin: 4pt 0 8pt; padding-left: 15pt; }
li { margin: 1pt 0; }
table { width: 100%; margin: 4pt 0 10pt; border-collapse: collapse; font-size: 9.5pt; }
th, td { padding: 3pt 6pt; border: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { background: var(--band); }
th:first-child, td:first-child { width: 1%; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
a { color: var(--accent); overflow-wrap: anywhere; }
footer.organisation { margin-top: 18pt; padding-top: 6pt; border-top: 1px solid var(--rule); color: var(--muted);
  font-size: 8.5pt; break-inside: avoid; page-break-inside: avoid; }
footer.organisation p { margin: 0 0 2pt; }
@media print {
  html { background: none; }
  body { max-width: none; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
}
)";

// The page around the body; html_page's contract and docs/export.md list its variables.
constexpr std::string_view k_page_template = R"(<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dla">
<title>{{title}}</title>
<style>
{{{style}}}</style>
</head>
<body>
{{#header}}
<header class="organisation">
<div>
{{#header_lines}}
<p{{#first}} class="name"{{/first}}>{{text}}</p>
{{/header_lines}}
</div>
<div class="stamp">
{{#header_aside}}
<p>{{.}}</p>
{{/header_aside}}
</div>
</header>
{{/header}}
{{#has_links}}
<nav>
{{#links}}
<a href="{{href}}"{{#rel}} rel="{{rel}}"{{/rel}}>{{label}}</a>
{{/links}}
</nav>
{{/has_links}}
<main>
{{{body}}}</main>
{{#footer}}
<footer class="organisation">
{{#footer_lines}}
<p>{{.}}</p>
{{/footer_lines}}
</footer>
{{/footer}}
</body>
</html>
)";

void register_extensions() {
    // The registry is global in cmark-gfm; parse::markdown fills it too, and both are idempotent.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
    register_extensions();
    // CMARK_OPT_DEFAULT is cmark-gfm's safe mode: raw HTML and javascript: links are left out.
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    const parse::markdown::Document document(cmark_parser_finish(parser.get()));
    const std::unique_ptr<char, BufferDeleter> html(
        cmark_render_html(document.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get())));
    return html ? std::string(html.get()) : std::string();
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        bool escape = false;
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '~':
            escape = true;
            break;
        case '&':  // only an entity reference (`&amp;`, `&#38;`) would be read as markup
            escape = i + 1 < text.size() && (alnum(text[i + 1]) || text[i + 1] == '#');
            break;
        case '#': case '-': case '+': case '=':  // a heading, list item or underline at the start
            escape = out.empty();
            break;
        case '.': case ')':  // `1. …` would start an ordered list
            escape = i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                     text.find_first_not_of("0123456789") == i;
            break;
        default: break;
        }
        if (escape) out += '\\';
        out += c;
    }
    return out;
}

std::string_view default_page_template() { return k_page_template; }

std::string_view page_stylesheet() { return k_css; }

std::string html_page(const HtmlPage& page, std::string_view template_text, std::string_view template_name) {
    namespace mustache = kainjow::mustache;
    auto strings = [](const std::vector<std::string>& lines) {
        mustache::data list{mustache::data::type::list};
        for (const auto& l : lines) list.push_back(l);
        return list;
    };
    mustache::data view;
    view.set("lang", page.lang);
    view.set("title", page.title);
    view.set("style", std::string(k_css));
    mustache::data header_lines{mustache::data::type::list};
    for (std::size_t i = 0; i < page.header_lines.size(); ++i) {
        mustache::data line;
        line.set("text", page.header_lines[i]);
        line.set("first", i == 0);
        header_lines.push_back(line);
    }
    view.set("header", !page.header_lines.empty() || !page.header_aside.empty());
    view.set("header_lines", header_lines);
    view.set("header_aside", strings(page.header_aside));
    view.set("footer", !page.footer_lines.empty());
    view.set("footer_lines", strings(page.footer_lines));
    mustache::data links{mustache::data::type::list};
    for (const auto& l : page.links) {
        mustache::data link;
        link.set("label", l.label);
        link.set("href", l.href);
        link.set("rel", l.rel.empty() ? mustache::data(false) : mustache::data(l.rel));
        links.push_back(link);
    }
    view.set("has_links", !page.links.empty());
    view.set("links", links);
    view.set("body", page.body);
    for (const auto& [name, html] : page.parts) view.set(name, html);
    const util::Lang lang = page.lang == "en" ? util::Lang::en : util::Lang::fr;
    if (template_text.empty()) return render_mustache(k_page_template, "page", view, lang, Escape::html);
    return render_mustache(template_text, template_name, view, lang, Escape::html);
}

}  // namespace dla::render
