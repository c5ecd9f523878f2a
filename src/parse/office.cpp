#include "dla/parse/office.hpp"

#include <algorithm>

#include <pugixml.hpp>

#include "dla/parse/office_markdown.hpp"
#include "dla/util/text.hpp"

namespace dla::parse::office {

namespace {

std::string extension(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos) return {};
    std::string ext(name.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

std::optional<Format> format_of(std::string_view path) {
    const std::string ext = extension(path);
    if (ext == "docx") return Format::docx;
    if (ext == "odt") return Format::odt;
    if (ext == "pptx") return Format::pptx;
    return std::nullopt;
}

std::optional<OldFormat> old_format_of(std::string_view path) {
    const std::string ext = extension(path);
    if (ext == "doc") return OldFormat{"Word", ".docx"};
    if (ext == "ppt") return OldFormat{"PowerPoint", ".pptx"};
    if (ext == "xls") return OldFormat{"Excel", ".docx (le tableau copié dans un document)"};
    return std::nullopt;
}

bool wanted_member(Format format, std::string_view name) {
    switch (format) {
    case Format::docx:
        return name == "word/document.xml" || name == "word/styles.xml" || name == "word/numbering.xml";
    case Format::odt:
        return name == "content.xml" || name == "styles.xml";
    case Format::pptx:
        if (name == "ppt/presentation.xml" || name == "ppt/_rels/presentation.xml.rels") return true;
        for (std::string_view folder : {"ppt/slides/", "ppt/notesSlides/"}) {
            if (!name.starts_with(folder)) continue;
            const auto rest = name.substr(folder.size());
            if (rest.find('/') == std::string_view::npos && rest.ends_with(".xml")) return true;
            if (rest.starts_with("_rels/") && rest.find('/', 6) == std::string_view::npos && rest.ends_with(".rels")) return true;
        }
        return false;
    }
    return false;
}

Text to_markdown(Format format, const Members& members) {
    switch (format) {
    case Format::docx: return docx_markdown(members);
    case Format::odt: return odt_markdown(members);
    case Format::pptx: return pptx_markdown(members);
    }
    return {};
}

bool parse_member(pugi::xml_document& doc, const Members& members, const std::string& name, bool required, Text& out) {
    const auto it = members.find(name);
    if (it == members.end()) {
        if (!required) return true;
        out.bad_member = name;
        out.reason = "missing";
        return false;
    }
    const auto result = doc.load_buffer(it->second.data(), it->second.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (result) return true;
    out.bad_member = name;
    out.reason = std::string(result.description()) + " at byte " + std::to_string(result.offset);
    return false;
}

// ---------------------------------------------------------------------------------------
// Markdown

void Inline::add(std::string_view text, bool bold) {
    if (text.empty()) return;
    if (!m_runs.empty() && m_runs.back().bold == bold) {
        m_runs.back().text += text;
        return;
    }
    m_runs.push_back(Run{std::string(text), bold});
}

std::string Inline::str() const {
    std::string out;
    for (const auto& run : m_runs) {
        if (!run.bold) {
            out += run.text;
            continue;
        }
        // `**Présents :** Léna`: the stars hug the words, the spaces stay outside.
        const auto first = std::find_if_not(run.text.begin(), run.text.end(), is_space);
        const auto last = std::find_if_not(run.text.rbegin(), run.text.rend(), is_space).base();
        if (first >= last) {
            out += run.text;
            continue;
        }
        out.append(run.text.begin(), first);
        out += "**";
        out.append(first, last);
        out += "**";
        out.append(last, run.text.end());
    }
    const auto from = out.find_first_not_of(" \t\n");
    if (from == std::string::npos) return {};
    return out.substr(from, out.find_last_not_of(" \t\n") - from + 1);
}

std::string one_line(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c == '\n' || c == '\t') c = ' ';
    return out;
}

void MarkdownWriter::start(Last kind) {
    if (m_last != Last::none && !(kind == Last::item && m_last == Last::item)) m_out += '\n';
    m_last = kind;
}

void MarkdownWriter::heading(int level, std::string_view text) {
    const std::string line(util::trim(one_line(text)));
    if (line.empty()) return;
    start(Last::block);
    m_out += std::string(static_cast<std::size_t>(std::clamp(level, 1, 6)), '#') + ' ' + line + '\n';
}

void MarkdownWriter::paragraph(std::string_view text) {
    if (util::trim(text).empty()) return;
    start(Last::block);
    m_out += text;
    m_out += '\n';
}

void MarkdownWriter::item(int depth, int number, std::string_view text) {
    std::string line(util::trim(one_line(text)));
    if (line.empty()) return;
    // Word's check boxes are glyphs: ☐ open, ☒ / ☑ ticked, as a Markdown task.
    for (const auto& [glyph, task] : {std::pair{"\u2610 ", "[ ] "}, {"\u2612 ", "[x] "}, {"\u2611 ", "[x] "}})
        if (line.starts_with(glyph)) line = task + line.substr(std::string_view(glyph).size());
    start(Last::item);
    m_out += std::string(static_cast<std::size_t>(2 * std::max(depth, 0)), ' ');
    m_out += number > 0 ? std::to_string(number) + ". " : "- ";
    m_out += line + '\n';
}

void MarkdownWriter::table(const std::vector<std::vector<std::string>>& rows) {
    if (rows.empty()) return;
    start(Last::block);
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) line += '\t';
            std::string cell(util::trim(row[c]));
            std::string clean;
            for (char ch : cell) {
                if (ch == '\t') clean += ' ';
                else if (ch == '\n') clean += "<br>";
                else clean += ch;
            }
            line += clean;
        }
        m_out += line + '\n';
    }
}

}  // namespace dla::parse::office
