// .odt (OpenDocument text): content.xml, with the styles of content.xml and styles.xml
// for bold spans, heading outline levels and numbered lists.
#include <algorithm>
#include <set>

#include <pugixml.hpp>

#include "dla/parse/office_markdown.hpp"

namespace dla::parse::office {

namespace {

using Node = pugi::xml_node;

class Odt {
public:
    void styles(Node root) {
        for (Node group : {root.child("office:styles"), root.child("office:automatic-styles")}) {
            for (Node s : group.children("style:style")) {
                const std::string name = s.attribute("style:name").as_string();
                m_parent[name] = s.attribute("style:parent-style-name").as_string();
                const std::string weight = s.child("style:text-properties").attribute("fo:font-weight").as_string();
                if (weight == "bold" || weight == "600" || weight == "700" || weight == "800" || weight == "900") m_bold.insert(name);
                if (weight == "normal") m_not_bold.insert(name);
                if (auto level = s.attribute("style:default-outline-level").as_int(); level > 0) m_outline[name] = level;
            }
            for (Node l : group.children("text:list-style"))
                for (Node level : l.children("text:list-level-style-number"))
                    m_ordered.insert(std::string(l.attribute("style:name").as_string()) + "/" + level.attribute("text:level").as_string());
        }
    }

    void body(Node parent) {
        for (Node n : parent.children()) {
            const std::string_view name = n.name();
            if (name == "text:h") heading(n);
            else if (name == "text:p") paragraph(n);
            else if (name == "text:list") list(n, 0, "");
            else if (name == "table:table") table(n);
            else if (name == "text:section" || name == "text:index-body" || name == "text:table-of-content") body(n);
        }
    }

    [[nodiscard]] std::string str() const { return m_out.str(); }

private:
    bool bold(const std::string& style, int hops = 0) const {
        if (style.empty() || hops > 10) return false;
        if (m_bold.count(style)) return true;
        if (m_not_bold.count(style)) return false;
        const auto it = m_parent.find(style);
        return it != m_parent.end() && bold(it->second, hops + 1);
    }

    void spans(Node parent, bool in_bold, Inline& text) const {
        for (Node n : parent.children()) {
            if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
                text.add(n.value(), in_bold);
                continue;
            }
            const std::string_view name = n.name();
            if (name == "text:s") text.add(std::string(static_cast<std::size_t>(std::max(1, n.attribute("text:c").as_int(1))), ' '), false);
            else if (name == "text:tab") text.add("\t", false);
            else if (name == "text:line-break") text.add("\n", false);
            else if (name == "text:span") spans(n, bold(n.attribute("text:style-name").as_string()) || in_bold, text);
            else if (name == "text:a" || name == "text:note-body" || name == "text:p" || name == "text:ruby-base" || name == "text:meta" ||
                     name == "text:bookmark-ref" || name == "text:date" || name == "text:time")
                spans(n, in_bold, text);
            else if (name == "text:note") spans(n.child("text:note-body"), in_bold, text);
        }
    }

    std::string text_of(Node p) const {
        Inline text;
        spans(p, bold(p.attribute("text:style-name").as_string()), text);
        return text.str();
    }

    void heading(Node h) {
        int level = h.attribute("text:outline-level").as_int(0);
        if (level <= 0) {
            const auto it = m_outline.find(h.attribute("text:style-name").as_string());
            level = it == m_outline.end() ? 1 : it->second;
        }
        Inline text;
        spans(h, false, text);  // a heading's bold is its style's: not written
        m_out.heading(level, text.str());
    }

    void paragraph(Node p) { m_out.paragraph(text_of(p)); }

    // A list: its items at `depth`, a sub-list one deeper; the numbering is the list
    // style's (the nearest text:style-name, inherited by sub-lists) at that level.
    void list(Node l, int depth, std::string style) {
        if (const std::string own = l.attribute("text:style-name").as_string(); !own.empty()) style = own;
        const bool ordered = m_ordered.count(style + "/" + std::to_string(depth + 1)) > 0;
        int number = l.attribute("text:continue-numbering").as_bool() ? m_last_number : 0;
        for (Node item : l.children()) {
            const std::string_view name = item.name();
            if (name != "text:list-item" && name != "text:list-header") continue;
            bool first = true;
            for (Node c : item.children()) {
                const std::string_view cn = c.name();
                if (cn == "text:list") {
                    list(c, depth + 1, style);
                } else if (cn == "text:p" || cn == "text:h") {
                    // A second paragraph of an item goes on as a paragraph of its own.
                    if (first) m_out.item(depth, ordered ? ++number : 0, text_of(c));
                    else m_out.paragraph(text_of(c));
                    first = false;
                }
            }
        }
        if (depth == 0) m_last_number = number;
    }

    void table(Node t) {
        std::vector<std::vector<std::string>> rows;
        table_rows(t, rows);
        m_out.table(rows);
    }

    // The rows of a table, header rows and row groups included, a nested table's not.
    void table_rows(Node parent, std::vector<std::vector<std::string>>& rows) const {
        for (Node n : parent.children()) {
            const std::string_view name = n.name();
            if (name == "table:table-header-rows" || name == "table:table-rows" || name == "table:table-row-group") {
                table_rows(n, rows);
                continue;
            }
            if (name != "table:table-row") continue;
            std::vector<std::string> row;
            for (Node c : n.children("table:table-cell")) {
                std::string cell;
                for (const auto& p : c.select_nodes(".//text:p | .//text:h")) {
                    const std::string text = text_of(p.node());
                    if (text.empty()) continue;
                    if (!cell.empty()) cell += '\n';
                    cell += text;
                }
                row.push_back(cell);
            }
            rows.push_back(std::move(row));
        }
    }

    std::map<std::string, std::string> m_parent;
    std::set<std::string> m_bold, m_not_bold;
    std::map<std::string, int> m_outline;
    std::set<std::string> m_ordered;  // "list style/level" of numbered levels
    int m_last_number = 0;
    MarkdownWriter m_out;
};

}  // namespace

Text odt_markdown(const Members& members) {
    Text out;
    pugi::xml_document content, styles;
    if (!parse_member(content, members, "content.xml", true, out) || !parse_member(styles, members, "styles.xml", false, out)) return out;
    Odt odt;
    odt.styles(styles.child("office:document-styles"));
    odt.styles(content.child("office:document-content"));
    odt.body(content.child("office:document-content").child("office:body").child("office:text"));
    out.markdown = odt.str();
    return out;
}

}  // namespace dla::parse::office
