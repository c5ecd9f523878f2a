// Word, LibreOffice and PowerPoint documents (.docx, .odt, .pptx) turned into the loose
// Markdown `dla import` reads (parse::legacy): `#` headings from the heading styles or
// outline levels, `-` / `1.` items indented two spaces per level, `**bold**`, tables as
// tab-separated rows, slides as `##` sections in slide order with their speaker notes
// under them as a « Notes : » paragraph. Pure: fed with the archive's members as strings
// (load::read_zip reads them), never throws.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dla::parse::office {

enum class Format { docx, odt, pptx };

/// An archive's members: name → content.
using Members = std::map<std::string, std::string>;

/// The format a file's extension names (`.docx`, `.odt`, `.pptx`, any case), or nullopt.
[[nodiscard]] std::optional<Format> format_of(std::string_view path);

/// An old binary Office file (`.doc`, `.ppt`, `.xls`): the program, and the format to save it as.
struct OldFormat {
    std::string_view program;
    std::string_view save_as;
};
[[nodiscard]] std::optional<OldFormat> old_format_of(std::string_view path);

/// Whether reading `format` needs the archive member `name` (the XML of the text, its
/// styles and lists, the slides, their notes and relationships; never images).
[[nodiscard]] bool wanted_member(Format format, std::string_view name);

/// The document as Markdown lines, or the member that could not be read.
struct Text {
    std::string markdown;     // UTF-8, LF
    std::string bad_member;   // empty when read; else the member missing or not well-formed
    std::string reason;       // why, in English (pugixml's words), or "missing"
};

/// `members` (name → XML) read as `format`.
[[nodiscard]] Text to_markdown(Format format, const Members& members);

}  // namespace dla::parse::office
