#include "dla/util/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include <utf8proc.h>

namespace dla::util {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Decodes one code point at `i`; returns its length, 0 if invalid.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) { cp = c; return 1; }
    std::size_t len;
    char32_t min;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

// The few letters that Unicode does not decompose into a base letter and a mark, as
// French and its neighbours spell them without accents; "N°4" folds to "no4".
const char* fold_undecomposed(char32_t cp) {
    switch (cp) {
    case U'œ': case U'Œ': return "oe";
    case U'æ': case U'Æ': return "ae";
    case U'ø': case U'Ø': return "o";
    case U'ł': case U'Ł': return "l";
    case U'đ': case U'Đ': return "d";
    case U'ı': return "i";
    case U'°': return "o";
    default: return nullptr;
    }
}

bool is_letter_or_digit(utf8proc_int32_t cp) {
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default: return false;
    }
}

}  // namespace

std::string_view trim(std::string_view text) {
    auto nbsp_at = [&](std::size_t i) {
        return i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
               static_cast<unsigned char>(text[i + 1]) == 0xA0;
    };
    for (;;) {
        if (!text.empty() && is_space_byte(text.front())) text.remove_prefix(1);
        else if (nbsp_at(0)) text.remove_prefix(2);
        else break;
    }
    for (;;) {
        if (!text.empty() && is_space_byte(text.back())) text.remove_suffix(1);
        else if (text.size() >= 2 && nbsp_at(text.size() - 2)) text.remove_suffix(2);
        else break;
    }
    return text;
}

std::vector<std::string> split_trimmed(std::string_view text, std::string_view separator) {
    std::vector<std::string> out;
    while (true) {
        auto pos = text.find(separator);
        auto piece = trim(text.substr(0, pos));
        if (!piece.empty()) out.emplace_back(piece);
        if (pos == std::string_view::npos) break;
        text.remove_prefix(pos + separator.size());
    }
    return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        auto a = static_cast<unsigned char>(text[i]);
        auto b = static_cast<unsigned char>(prefix[i]);
        if (a < 0x80) a = static_cast<unsigned char>(std::tolower(a));
        if (b < 0x80) b = static_cast<unsigned char>(std::tolower(b));
        if (a != b) return false;
    }
    return true;
}

std::string fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    auto put = [&](std::string_view piece) {
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += piece;
    };
    for (std::size_t i = 0; i < text.size();) {
        // ASCII, most of any text, without decoding and without the locale's tables.
        if (const char c = text[i]; static_cast<unsigned char>(c) < 0x80) {
            ++i;
            const bool digit = c >= '0' && c <= '9', lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
            if (!digit && !lower && !upper) {
                pending_space = true;
                continue;
            }
            if (pending_space && !out.empty()) out += ' ';
            pending_space = false;
            out += upper ? static_cast<char>(c - 'A' + 'a') : c;
            continue;
        }
        char32_t cp = 0;
        std::size_t len = decode(text, i, cp);
        if (len == 0) { ++i; pending_space = true; continue; }
        i += len;
        if (const char* f = fold_undecomposed(cp)) {
            put(f);
            continue;
        }
        // Compatibility decomposition, case folding, marks stripped: "É", "e" + U+0301
        // (NFD, as macOS types it) and "ｅ" all give "e"; "ß" gives "ss".
        utf8proc_int32_t pieces[32];
        utf8proc_int32_t last_boundclass = 0;
        const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), pieces, 32,
                                               static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                                              UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK),
                                               &last_boundclass);
        for (utf8proc_ssize_t k = 0; k < std::min<utf8proc_ssize_t>(n, 32); ++k) {
            if (!is_letter_or_digit(pieces[k])) {
                // Punctuation, symbols, dashes, typographic quotes, spaces, emoji: a separator.
                pending_space = true;
                continue;
            }
            utf8proc_uint8_t bytes[4];
            const auto size = utf8proc_encode_char(pieces[k], bytes);
            put(std::string_view(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)));
        }
    }
    return out;
}

std::size_t invalid_utf8_offset(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII: valid as it is
            ++i;
            continue;
        }
        char32_t cp = 0;
        std::size_t len = decode(text, i, cp);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string to_valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t len = decode(text, i, cp);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
    }
    return out;
}

std::string normalize_newlines(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t len = decode(text, i, cp);
        if (len == 0) {
            ++width;  // shown as one replacement character
            ++i;
            continue;
        }
        i += len;
        // East Asian wide and emoji 2, combining marks and joiners 0; control characters
        // (utf8proc says -1 or 0) count nothing.
        width += static_cast<std::size_t>(std::max(0, utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp))));
    }
    return width;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t len = decode(text, i, cp);
        i += len == 0 ? 1 : len;
        ++n;
    }
    return n;
}

int column_of(std::string_view line, std::size_t offset) {
    return static_cast<int>(utf8_length(line.substr(0, std::min(offset, line.size())))) + 1;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool starts_like_formula(std::string_view cell) {
    if (cell.empty() || cell == "-") return false;
    return std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

}  // namespace dla::util
