// .pptx (PresentationML): the slides in the order of ppt/presentation.xml, each as a
// section titled by its title placeholder, its shapes' text in order (bullets in body
// placeholders unless `buNone`, elsewhere only with `buChar` / `buAutoNum`), its tables,
// then its speaker notes as a « Notes : » paragraph.
#include <algorithm>

#include <pugixml.hpp>

#include "dla/parse/office_markdown.hpp"

namespace dla::parse::office {

namespace {

using Node = pugi::xml_node;

// The relationships of a part: Id → the target member's full name.
std::map<std::string, std::string> relationships(const pugi::xml_document& rels, const std::string& folder) {
    std::map<std::string, std::string> out;
    for (Node r : rels.child("Relationships").children("Relationship")) {
        std::string target = r.attribute("Target").as_string();
        if (r.attribute("TargetMode").as_string() == std::string_view("External")) continue;
        std::string base = target.starts_with('/') ? std::string() : folder;
        if (target.starts_with('/')) target.erase(0, 1);
        while (target.starts_with("../")) {
            target.erase(0, 3);
            if (!base.empty()) base.pop_back();
            const auto slash = base.rfind('/');
            base = slash == std::string::npos ? std::string() : base.substr(0, slash + 1);
        }
        out[r.attribute("Id").as_string()] = base + target;
        out[std::string("type:") + r.attribute("Id").as_string()] = r.attribute("Type").as_string();
    }
    return out;
}

std::string rels_name(const std::string& member) {
    const auto slash = member.rfind('/');
    return member.substr(0, slash + 1) + "_rels/" + member.substr(slash + 1) + ".rels";
}

std::string folder_of(const std::string& member) { return member.substr(0, member.rfind('/') + 1); }

// The text of a paragraph (a:p): runs, fields, line breaks.
std::string paragraph_text(Node p) {
    Inline text;
    for (Node n : p.children()) {
        const std::string_view name = n.name();
        if (name == "a:r" || name == "a:fld") text.add(n.child("a:t").text().get(), n.child("a:rPr").attribute("b").as_bool());
        else if (name == "a:br") text.add("\n", false);
    }
    return text.str();
}

std::string placeholder(Node shape) {
    for (Node nv : shape.children())
        if (Node ph = nv.child("p:nvPr").child("p:ph")) return ph.attribute("type").as_string("body");
    return {};
}

class Deck {
public:
    void slide(const pugi::xml_document& doc, const pugi::xml_document* notes, bool first) {
        Node tree = doc.child("p:sld").child("p:cSld").child("p:spTree");
        // The title first, wherever its shape lies in the tree.
        std::string title;
        for (const auto& x : tree.select_nodes(".//p:sp")) {
            const std::string type = placeholder(x.node());
            if (type != "title" && type != "ctrTitle") continue;
            for (Node p : x.node().child("p:txBody").children("a:p")) {
                const std::string t = paragraph_text(p);
                if (!t.empty()) title += (title.empty() ? "" : " ") + t;
            }
            m_out.heading(first || type == "ctrTitle" ? 1 : 2, strip_stars(title));
            break;
        }
        shapes(tree);
        if (notes) {
            std::string said;
            for (const auto& x : notes->child("p:notes").child("p:cSld").child("p:spTree").select_nodes(".//p:sp")) {
                if (placeholder(x.node()) != "body") continue;
                for (Node p : x.node().child("p:txBody").children("a:p")) {
                    const std::string t = paragraph_text(p);
                    if (!t.empty()) said += (said.empty() ? "" : "\n") + t;
                }
            }
            if (!said.empty()) m_out.paragraph("Notes : " + said);
        }
    }

    [[nodiscard]] std::string str() const { return m_out.str(); }

private:
    static std::string strip_stars(std::string text) {
        text.erase(std::remove(text.begin(), text.end(), '*'), text.end());
        return text;
    }

    void shapes(Node tree) {
        for (Node n : tree.children()) {
            const std::string_view name = n.name();
            if (name == "p:grpSp") {
                shapes(n);
            } else if (name == "p:sp") {
                const std::string type = placeholder(n);
                if (type == "title" || type == "ctrTitle" || type == "sldNum" || type == "dt" || type == "ftr" || type == "hdr") continue;
                const bool body = type == "body" || type == "obj";
                for (Node p : n.child("p:txBody").children("a:p")) {
                    Node ppr = p.child("a:pPr");
                    const bool bullet = ppr.child("a:buChar") || ppr.child("a:buAutoNum") || (body && !ppr.child("a:buNone"));
                    const std::string t = paragraph_text(p);
                    if (bullet) m_out.item(ppr.attribute("lvl").as_int(0), 0, t);
                    else m_out.paragraph(t);
                }
            } else if (name == "p:graphicFrame") {
                for (const auto& x : n.select_nodes(".//a:tbl")) {
                    std::vector<std::vector<std::string>> rows;
                    for (Node tr : x.node().children("a:tr")) {
                        std::vector<std::string> row;
                        for (Node tc : tr.children("a:tc")) {
                            std::string cell;
                            for (Node p : tc.child("a:txBody").children("a:p")) {
                                const std::string t = paragraph_text(p);
                                if (!t.empty()) cell += (cell.empty() ? "" : "\n") + t;
                            }
                            row.push_back(cell);
                        }
                        rows.push_back(std::move(row));
                    }
                    m_out.table(rows);
                }
            }
        }
    }

    MarkdownWriter m_out;
};

}  // namespace

Text pptx_markdown(const Members& members) {
    Text out;
    pugi::xml_document presentation, presentation_rels;
    if (!parse_member(presentation, members, "ppt/presentation.xml", true, out) ||
        !parse_member(presentation_rels, members, "ppt/_rels/presentation.xml.rels", true, out))
        return out;
    const auto slides = relationships(presentation_rels, "ppt/");
    Deck deck;
    bool first = true;
    for (Node id : presentation.child("p:presentation").child("p:sldIdLst").children("p:sldId")) {
        const auto it = slides.find(id.attribute("r:id").as_string());
        if (it == slides.end()) continue;
        pugi::xml_document slide, slide_rels, notes;
        if (!parse_member(slide, members, it->second, true, out) || !parse_member(slide_rels, members, rels_name(it->second), false, out))
            return out;
        const pugi::xml_document* notes_doc = nullptr;
        const auto rels = relationships(slide_rels, folder_of(it->second));
        for (const auto& [key, type] : rels) {
            if (!key.starts_with("type:") || !type.ends_with("/notesSlide")) continue;
            if (!parse_member(notes, members, rels.at(key.substr(5)), false, out)) return out;
            if (notes.first_child()) notes_doc = &notes;
        }
        deck.slide(slide, notes_doc, first);
        first = false;
    }
    out.markdown = deck.str();
    return out;
}

}  // namespace dla::parse::office
