// Reading text exported by word processors: UTF-8 (with or without BOM), UTF-16 with a
// BOM, Windows-1252; any line ending. The result is UTF-8 with LF line endings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dla::load {

/// The encoding a text was found in.
enum class Encoding { utf8, utf8_bom, utf16, windows1252 };

/// A text made UTF-8.
struct DecodedText {
    std::string text;  // UTF-8, LF line endings, no BOM
    Encoding encoding = Encoding::utf8;
    bool crlf = false;  // had CR LF (or CR alone) line endings
};

/// `bytes` as UTF-8: a UTF-8 BOM is dropped, UTF-16 with a BOM is converted, valid UTF-8
/// is kept, anything else is read as Windows-1252 (Word's "Texte brut" export; the five
/// bytes Windows-1252 leaves undefined are read as Latin-1), all through glibc's iconv.
/// CR LF and lone CR become LF, and a form feed (page break) a line break. nullopt when
/// the bytes are not text: a NUL byte in a file without a UTF-16 BOM, or other control
/// bytes (not tab, LF, CR, form feed) making more than one byte in a hundred.
[[nodiscard]] std::optional<DecodedText> decode_text(std::string_view bytes);

/// "UTF-8", "UTF-8 avec BOM", "UTF-16", "Windows-1252" (names, the same in both languages).
[[nodiscard]] std::string_view encoding_name(Encoding encoding);

}  // namespace dla::load
