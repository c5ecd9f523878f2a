// The Markdown the office readers (parse/office*.cpp) write: blocks separated by a blank
// line, the items of a list and the rows of a table on consecutive lines.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dla/parse/office.hpp"

namespace pugi {
class xml_document;
}

namespace dla::parse::office {

/// Parses the member `name` into `doc`. False, with `out.bad_member` and `out.reason`
/// set, when it is not well-formed, or missing while `required`; a missing optional
/// member leaves `doc` empty.
bool parse_member(pugi::xml_document& doc, const Members& members, const std::string& name, bool required, Text& out);

/// The readers of each format (parse/office_docx.cpp, office_odt.cpp, office_pptx.cpp).
[[nodiscard]] Text docx_markdown(const Members& members);
[[nodiscard]] Text odt_markdown(const Members& members);
[[nodiscard]] Text pptx_markdown(const Members& members);

/// The text of a paragraph, run by run: `**bold**` around bold runs (adjacent ones joined,
/// their spaces left outside the stars).
class Inline {
public:
    void add(std::string_view text, bool bold);
    [[nodiscard]] std::string str() const;  // trimmed of spaces and line breaks at both ends

private:
    struct Run {
        std::string text;
        bool bold = false;
    };
    std::vector<Run> m_runs;
};

class MarkdownWriter {
public:
    void heading(int level, std::string_view text);  // level 1 to 6
    void paragraph(std::string_view text);
    /// An item at `depth` (0, 1…); `number` 0 for a bullet, else its number. A check box
    /// glyph first (☐, ☒, ☑) becomes `[ ]` / `[x]`.
    void item(int depth, int number, std::string_view text);
    /// Rows of cells, tab-separated (dla import's tables); tabs and line breaks in a cell
    /// become a space and `<br>`.
    void table(const std::vector<std::vector<std::string>>& rows);
    [[nodiscard]] const std::string& str() const { return m_out; }

private:
    enum class Last { none, block, item };
    void start(Last kind);
    std::string m_out;
    Last m_last = Last::none;
};

/// `text` on one line: line breaks and tabs become spaces (a heading, an item).
[[nodiscard]] std::string one_line(std::string_view text);

}  // namespace dla::parse::office
