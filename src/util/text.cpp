#include "dla/util/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

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

// Folded ASCII replacement for a Latin-1 / Latin Extended-A letter, or nullptr.
const char* fold_code_point(char32_t cp) {
    switch (cp) {
    case U'à': case U'á': case U'â': case U'ã': case U'ä': case U'å':
    case U'À': case U'Á': case U'Â': case U'Ã': case U'Ä': case U'Å': return "a";
    case U'æ': case U'Æ': return "ae";
    case U'ç': case U'Ç': return "c";
    case U'è': case U'é': case U'ê': case U'ë':
    case U'È': case U'É': case U'Ê': case U'Ë': return "e";
    case U'ì': case U'í': case U'î': case U'ï':
    case U'Ì': case U'Í': case U'Î': case U'Ï': return "i";
    case U'ñ': case U'Ñ': return "n";
    case U'ò': case U'ó': case U'ô': case U'õ': case U'ö':
    case U'Ò': case U'Ó': case U'Ô': case U'Õ': case U'Ö': return "o";
    case U'œ': case U'Œ': return "oe";
    case U'ù': case U'ú': case U'û': case U'ü':
    case U'Ù': case U'Ú': case U'Û': case U'Ü': return "u";
    case U'ý': case U'ÿ': case U'Ý': case U'Ÿ': return "y";
    case U'°': case U'º': return "o";  // "N°4" folds to "no4"
    case U'ß': return "ss";
    case U'ø': case U'Ø': return "o";
    case U'Ș': case U'ș': return "s";  // Romanian, U+0218…U+021B
    case U'Ț': case U'ț': return "t";
    default: break;
    }
    // Latin Extended-A (U+0100…U+017F: ā ć č đ ę ğ ı ł ń ő ř ś š ţ ů ű ź ž…): the base
    // letter of each, in code point order; J and O stand for the ligatures ĳ and œ.
    static constexpr std::string_view k_extended_a =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiJJjjkkkllllllllllnnnnnnnnnooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    if (cp >= 0x100 && cp <= 0x17F) {
        static const char* const letters[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                              "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
        const char base = k_extended_a[cp - 0x100];
        if (base == 'J') return "ij";
        if (base == 'O') return "oe";
        return letters[base - 'a'];
    }
    return nullptr;
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
        if (const char* f = fold_code_point(cp)) {
            put(f);
        } else if (cp >= 0x370 && cp != 0x2019 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
                   !(cp >= 0x1F000 && cp <= 0x1FAFF) && cp != 0xFE0F) {
            // Letters of other scripts are kept as they are.
            put(text.substr(i, len));
        } else {
            // Punctuation, symbols, dashes, typographic quotes, emoji: a separator.
            pending_space = true;
        }
        i += len;
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
