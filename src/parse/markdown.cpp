#include "dla/parse/markdown.hpp"

#include <cctype>
#include <cstring>
#include <mutex>
#include <vector>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace dla::parse::markdown {

void NodeDeleter::operator()(cmark_node* node) const { cmark_node_free(node); }

namespace {

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};

struct IterDeleter {
    void operator()(cmark_iter* it) const { cmark_iter_free(it); }
};

void register_extensions() {
    // The registry is global in cmark-gfm: fill it once, before any thread parses.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace

Document parse(std::string_view text) {
    register_extensions();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char* name : {"table", "tasklist", "strikethrough", "autolink"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), text.data(), text.size());
    return Document(cmark_parser_finish(parser.get()));
}

Kind kind(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT: return Kind::document;
    case CMARK_NODE_HEADING: return Kind::heading;
    case CMARK_NODE_PARAGRAPH: return Kind::paragraph;
    case CMARK_NODE_LIST: return Kind::list;
    case CMARK_NODE_ITEM: return Kind::item;
    default: break;
    }
    const char* type = cmark_node_get_type_string(node);
    if (std::strcmp(type, "table") == 0) return Kind::table;
    if (std::strcmp(type, "table_row") == 0 || std::strcmp(type, "table_header") == 0) return Kind::table_row;
    if (std::strcmp(type, "table_cell") == 0) return Kind::table_cell;
    if (std::strcmp(type, "tasklist") == 0) return Kind::item;
    return Kind::other;
}

cmark_node* first_child(cmark_node* node) { return cmark_node_first_child(node); }
cmark_node* next(cmark_node* node) { return cmark_node_next(node); }
int heading_level(cmark_node* node) { return cmark_node_get_heading_level(node); }
int start_line(cmark_node* node) { return cmark_node_get_start_line(node); }
int start_column(cmark_node* node) { return cmark_node_get_start_column(node); }
int end_line(cmark_node* node) { return cmark_node_get_end_line(node); }

int task_state(cmark_node* item) {
    if (std::strcmp(cmark_node_get_type_string(item), "tasklist") != 0) return 0;
    return cmark_gfm_extensions_get_tasklist_item_checked(item) ? 2 : 1;
}

bool is_header_row(cmark_node* row) { return cmark_gfm_extensions_get_table_row_is_header(row) != 0; }

std::vector<std::string_view> table_row_cells(std::string_view line) {
    // cmark-gfm's scanners: a backslash before ASCII punctuation escapes it; a cell runs
    // to the next other `|`; after the last `|`, blanks end the row.
    auto is_punct = [](char c) { return c > 0x20 && c < 0x7F && !std::isalnum(static_cast<unsigned char>(c)); };
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) return {};
    if (line[start] == '|') ++start;
    std::vector<std::string_view> cells;
    for (std::size_t i = start;; ++i) {
        if (i < line.size() && line[i] == '\\' && i + 1 < line.size() && is_punct(line[i + 1])) {
            ++i;
        } else if (i >= line.size() || line[i] == '|') {
            const std::string_view cell = line.substr(start, i - start);
            if (i < line.size() || cell.find_first_not_of(" \t\v\f") != std::string_view::npos) cells.push_back(cell);
            if (i >= line.size()) return cells;
            start = i + 1;
        }
    }
}

namespace {

struct InlineMarks {
    std::string_view strong_on, strong_off;  // around strong emphasis
    bool link_addresses = false;              // a link's address after its text
};

// The text of the inlines under `root` (plain_text, inline_text).
std::string inlines(cmark_node* root, const InlineMarks& marks) {
    std::string out;
    std::vector<std::size_t> link_starts;  // where each open link's text begins in `out`
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root));
    for (cmark_event_type event; (event = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(it.get());
        const bool enter = event == CMARK_EVENT_ENTER;
        if (node == root) continue;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            if (const char* literal = cmark_node_get_literal(node)) out += literal;
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK: out += ' '; break;
        case CMARK_NODE_STRONG: out += enter ? marks.strong_on : marks.strong_off; break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (!marks.link_addresses) break;
            if (enter) {
                link_starts.push_back(out.size());
            } else {
                const std::string text = out.substr(link_starts.back());
                link_starts.pop_back();
                const char* url = cmark_node_get_url(node);
                if (url && *url && text != url && "mailto:" + text != url) out += std::string(" (") + url + ")";
            }
            break;
        default: break;
        }
    }
    return out;
}

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t\n") - first + 1));
}

}  // namespace

std::string plain_text(cmark_node* node) { return inlines(node, {}); }

std::string inline_text(std::string_view markdown, std::string_view strong_on, std::string_view strong_off) {
    const Document document = parse(markdown);
    cmark_node* paragraph = cmark_node_first_child(document.get());
    if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH || cmark_node_next(paragraph))
        return trimmed(markdown);
    return trimmed(inlines(paragraph, {strong_on, strong_off, true}));
}

void walk(cmark_node* root, const std::function<bool(cmark_node*)>& visit) {
    // cmark's own iterator keeps its place in the tree, not on the stack.
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root));
    for (cmark_event_type event; (event = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(it.get());
        if (event != CMARK_EVENT_ENTER || node == root) continue;
        if (!visit(node)) cmark_iter_reset(it.get(), node, CMARK_EVENT_EXIT);  // on to the next sibling
    }
}

}  // namespace dla::parse::markdown
