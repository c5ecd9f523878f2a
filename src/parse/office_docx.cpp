// .docx (WordprocessingML): word/document.xml, with word/styles.xml for the heading
// levels and bold character styles, and word/numbering.xml for numbered lists.
#include <algorithm>
#include <set>

#include <pugixml.hpp>

#include "dla/parse/office_markdown.hpp"
#include "dla/util/text.hpp"

namespace dla::parse::office {

namespace {

using Node = pugi::xml_node;

// `<w:b/>`, `<w:b w:val="1"/>` is on; `w:val="0"` / `"false"` off.
bool on(Node flag) {
    if (!flag) return false;
    const std::string v = flag.attribute("w:val").as_string("1");
    return v != "0" && v != "false" && v != "off";
}

struct Style {
    std::string name, based_on;
    int outline = -1;  // w:outlineLvl, 0 for a first-level heading
    bool bold = false;
    bool numbered = false;  // carries a w:numPr (List Bullet, List Number)
    std::string num_id;
};

class Docx {
public:
    Docx(const pugi::xml_document& styles, const pugi::xml_document& numbering) {
        for (Node s : styles.child("w:styles").children("w:style")) {
            Style st;
            st.name = util::fold(s.child("w:name").attribute("w:val").as_string());
            st.based_on = s.child("w:basedOn").attribute("w:val").as_string();
            if (Node o = s.child("w:pPr").child("w:outlineLvl")) st.outline = o.attribute("w:val").as_int(-1);
            st.bold = on(s.child("w:rPr").child("w:b"));
            if (Node n = s.child("w:pPr").child("w:numPr")) {
                st.numbered = true;
                st.num_id = n.child("w:numId").attribute("w:val").as_string();
            }
            m_styles[s.attribute("w:styleId").as_string()] = st;
        }
        std::map<std::string, Node> abstracts;
        for (Node a : numbering.child("w:numbering").children("w:abstractNum")) abstracts[a.attribute("w:abstractNumId").as_string()] = a;
        for (Node n : numbering.child("w:numbering").children("w:num")) {
            const auto a = abstracts.find(n.child("w:abstractNumId").attribute("w:val").as_string());
            if (a == abstracts.end()) continue;
            for (Node lvl : a->second.children("w:lvl")) {
                const std::string fmt = lvl.child("w:numFmt").attribute("w:val").as_string("bullet");
                if (fmt != "bullet" && fmt != "none")
                    m_ordered.insert(std::string(n.attribute("w:numId").as_string()) + "/" + lvl.attribute("w:ilvl").as_string());
            }
        }
    }

    void body(Node parent) {
        for (Node n : parent.children()) {
            const std::string_view name = n.name();
            if (name == "w:p") paragraph(n);
            else if (name == "w:tbl") table(n);
            else if (name == "w:sdt") body(n.child("w:sdtContent"));
            else if (name == "w:customXml") body(n);
        }
    }

    [[nodiscard]] std::string str() const { return m_out.str(); }

private:
    // The heading level of a paragraph style: 1 for « Heading 1 » / « Titre 1 » or an
    // outline level 0, 0 for the document's title, -1 for none; through w:basedOn.
    int heading_level(const std::string& id, int hops = 0) const {
        const auto it = m_styles.find(id);
        if (it == m_styles.end() || hops > 10) return -1;
        const Style& s = it->second;
        if (s.name == "title" || s.name == "titre") return 0;
        for (std::string_view prefix : {"heading ", "titre "})
            if (s.name.starts_with(prefix) && s.name.size() == prefix.size() + 1 && std::isdigit(static_cast<unsigned char>(s.name.back())))
                return s.name.back() - '0';
        if (s.outline >= 0 && s.outline < 9) return s.outline + 1;
        return heading_level(s.based_on, hops + 1);
    }

    bool style_bold(const std::string& id) const {
        const auto it = m_styles.find(id);
        return it != m_styles.end() && it->second.bold;
    }

    // The runs of `parent` in order, into `text`; deleted text (w:del) left out.
    void runs(Node parent, Inline& text) const {
        for (Node n : parent.children()) {
            const std::string_view name = n.name();
            if (name == "w:r") {
                Node rpr = n.child("w:rPr");
                const bool bold = rpr.child("w:b") ? on(rpr.child("w:b")) : style_bold(rpr.child("w:rStyle").attribute("w:val").as_string());
                for (Node c : n.children()) {
                    const std::string_view cn = c.name();
                    if (cn == "w:t") text.add(c.text().get(), bold);
                    else if (cn == "w:tab") text.add("\t", false);
                    else if (cn == "w:br" || cn == "w:cr") text.add("\n", false);
                    else if (cn == "w:noBreakHyphen") text.add("-", bold);
                }
            } else if (name == "w:hyperlink" || name == "w:ins" || name == "w:smartTag" || name == "w:fldSimple" ||
                       name == "w:sdt" || name == "w:sdtContent" || name == "w:customXml" || name == "w:moveTo") {
                runs(n, text);
            }
        }
    }

    void paragraph(Node p) {
        Inline text;
        runs(p, text);
        Node ppr = p.child("w:pPr");
        const std::string style = ppr.child("w:pStyle").attribute("w:val").as_string();
        int level = heading_level(style);
        if (Node o = ppr.child("w:outlineLvl"); o && o.attribute("w:val").as_int(9) < 9) level = o.attribute("w:val").as_int() + 1;
        if (level >= 0) {
            m_out.heading(std::max(level, 1), strip_stars(text.str()));
            m_numbers.clear();
            return;
        }
        // A list item: its own w:numPr, or its style's (List Bullet 2…).
        std::string num_id;
        int depth = 0;
        if (Node num = ppr.child("w:numPr")) {
            num_id = num.child("w:numId").attribute("w:val").as_string();
            depth = num.child("w:ilvl").attribute("w:val").as_int();
        } else if (const auto it = m_styles.find(style); it != m_styles.end() && it->second.numbered) {
            num_id = it->second.num_id;
        }
        if (!num_id.empty() && num_id != "0") {
            depth = std::clamp(depth, 0, 8);
            m_numbers.resize(static_cast<std::size_t>(depth) + 1, 0);
            const bool ordered = m_ordered.count(num_id + "/" + std::to_string(depth)) > 0;
            const int number = ordered ? ++m_numbers[static_cast<std::size_t>(depth)] : 0;
            m_out.item(depth, number, text.str());
            return;
        }
        m_numbers.clear();
        m_out.paragraph(text.str());
    }

    // A heading's text is bold in most templates: its stars are noise.
    static std::string strip_stars(std::string text) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text.compare(i, 2, "**") == 0) {
                ++i;
                continue;
            }
            out += text[i];
        }
        return out;
    }

    void table(Node tbl) {
        std::vector<std::vector<std::string>> rows;
        for (Node tr : tbl.children("w:tr")) {
            std::vector<std::string> row;
            for (Node tc : tr.children("w:tc")) {
                std::string cell;
                for (const auto& p : tc.select_nodes(".//w:p")) {
                    Inline text;
                    runs(p.node(), text);
                    const std::string t = text.str();
                    if (t.empty()) continue;
                    if (!cell.empty()) cell += '\n';
                    cell += t;
                }
                row.push_back(cell);
            }
            rows.push_back(std::move(row));
        }
        m_numbers.clear();
        m_out.table(rows);
    }

    std::map<std::string, Style> m_styles;
    std::set<std::string> m_ordered;  // "numId/ilvl" of numbered levels
    std::vector<int> m_numbers;       // the current number at each depth
    MarkdownWriter m_out;
};

}  // namespace

Text docx_markdown(const Members& members) {
    Text out;
    pugi::xml_document document, styles, numbering;
    if (!parse_member(document, members, "word/document.xml", true, out) || !parse_member(styles, members, "word/styles.xml", false, out) ||
        !parse_member(numbering, members, "word/numbering.xml", false, out))
        return out;
    Docx docx(styles, numbering);
    docx.body(document.child("w:document").child("w:body"));
    out.markdown = docx.str();
    return out;
}

}  // namespace dla::parse::office
