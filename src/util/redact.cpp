#include "dla/util/redact.hpp"

#include <algorithm>
#include <vector>

namespace dla::util {

namespace {

bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

// The code point starting at byte `i` and its length in bytes; {0, 1} for a stray byte.
std::pair<char32_t, std::size_t> code_point_at(std::string_view t, std::size_t i) {
    const auto b = static_cast<unsigned char>(t[i]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > t.size()) return {0, 1};
    char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
    return {cp, n};
}

// A letter beyond ASCII, as names and domains hold them: Latin with accents (not × ÷),
// Greek, Cyrillic and the scripts after them up to the general punctuation block.
bool non_ascii_letter(char32_t cp) {
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp < 0x2000);
}

// The length in bytes of the letter or digit at `i` (ASCII or not), 0 when there is none.
std::size_t word_char_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    if (ascii_alnum(t[i]) || t[i] == '_') return 1;
    const auto [cp, n] = code_point_at(t, i);
    return non_ascii_letter(cp) ? n : 0;
}

// True when the code point ending just before byte `end` is a letter or a digit.
bool word_char_before(std::string_view t, std::size_t end) {
    if (end == 0) return false;
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(t[start]) & 0xC0) == 0x80) --start;
    return word_char_at(t, start) == end - start;
}

// ---- e-mail addresses ----------------------------------------------------------------

// The local part's start, scanning left from `end` (exclusive): letters (accented too),
// digits and . _ % + -; a leading dot is not part of it.
std::size_t local_part_start(std::string_view t, std::size_t end) {
    std::size_t start = end;
    while (start > 0) {
        const char c = t[start - 1];
        if (c == '.' || c == '%' || c == '+' || c == '-' || ascii_alnum(c) || c == '_') {
            --start;
        } else if (word_char_before(t, start) && static_cast<unsigned char>(c) >= 0x80) {
            do --start;
            while ((static_cast<unsigned char>(t[start]) & 0xC0) == 0x80);
        } else {
            break;
        }
    }
    while (start < end && t[start] == '.') ++start;
    return start;
}

// The end of the domain starting at `from`: labels of letters (accented too), digits and
// hyphens, at least two of them, the last one of two letters or more; npos when none.
std::size_t domain_end(std::string_view t, std::size_t from) {
    std::size_t i = from, end = std::string_view::npos, label_start = from;
    bool label_has_digit = false;
    int labels = 0;
    while (i <= t.size()) {
        const std::size_t n = i < t.size() ? word_char_at(t, i) : 0;
        if (n && t[i] != '_') {
            label_has_digit = label_has_digit || digit(t[i]);
            i += n;
            continue;
        }
        if (i < t.size() && t[i] == '-' && i > label_start) {
            ++i;
            continue;
        }
        if (i == label_start || t[i - 1] == '-') break;  // an empty label, or one ending with -
        ++labels;
        if (labels >= 2 && !label_has_digit && i - label_start >= 2) end = i;
        if (i < t.size() && t[i] == '.' && word_char_at(t, i + 1)) {
            label_start = ++i;
            label_has_digit = false;
            continue;
        }
        break;
    }
    return end;
}

void find_emails(std::string_view t, std::vector<std::pair<std::size_t, std::size_t>>& found) {
    for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
        // `claire @ lma-hdf.fr`: one space on each side, as some write it against robots.
        const bool spaced = at > 0 && at + 1 < t.size() && t[at - 1] == ' ' && t[at + 1] == ' ';
        const std::size_t local_end = spaced ? at - 1 : at;
        const std::size_t start = local_part_start(t, local_end);
        if (start == local_end) continue;
        const std::size_t end = domain_end(t, spaced ? at + 2 : at + 1);
        if (end == std::string_view::npos) continue;
        found.emplace_back(start, end);
    }
}

// ---- phone numbers -------------------------------------------------------------------

// The separators between digit groups at `i`: up to three spaces (no-break ones too) with
// at most one dot or hyphen among them. Its length in bytes (0: none); `spaces_only` says
// whether it held spaces only.
std::size_t gap_at(std::string_view t, std::size_t i, bool& spaces_only) {
    std::size_t j = i;
    int units = 0, marks = 0;
    while (j < t.size() && units < 3) {
        std::size_t n = 0;
        if (t[j] == ' ') n = 1;
        else if (t.substr(j, 2) == "\xC2\xA0") n = 2;                    // no-break space
        else if (t.substr(j, 3) == "\xE2\x80\xAF") n = 3;                // narrow no-break space
        else if ((t[j] == '.' || t[j] == '-') && marks == 0) n = 1;
        if (n == 0) break;
        if (n == 1 && t[j] != ' ') ++marks;
        j += n;
        ++units;
    }
    spaces_only = marks == 0;
    return j - i;
}

// The length of the phone number starting at `at`, 0 when none does. Ten digits from 0
// (`06 12 34 56 78`, `(06) 12…`) or +33 / 0033 and nine digits (`+33 (0)6 12…`), in
// groups of two digits, or of four after spaces (`06 1234 5678`), or all at once.
std::size_t phone_at(std::string_view t, std::size_t at) {
    std::size_t i = at;
    bool spaces_only = true;
    if (t.substr(i, 3) == "+33" || t.substr(i, 4) == "0033") {
        i += t[i] == '+' ? 3 : 4;
        i += gap_at(t, i, spaces_only);
        if (t.substr(i, 3) == "(0)") {
            i += 3;
            i += gap_at(t, i, spaces_only);
        }
        if (i >= t.size() || !digit(t[i]) || t[i] == '0') return 0;
        i += 1;
    } else if (t.substr(i, 2) == "(0" && i + 3 < t.size() && digit(t[i + 2]) && t[i + 2] != '0' && t[i + 3] == ')') {
        i += 4;
    } else if (t[i] == '0' && i + 1 < t.size() && digit(t[i + 1]) && t[i + 1] != '0') {
        i += 2;
    } else {
        return 0;
    }
    for (std::size_t need = 8; need > 0;) {
        const std::size_t gap = gap_at(t, i, spaces_only);
        std::size_t n = 0;
        while (i + gap + n < t.size() && digit(t[i + gap + n])) ++n;
        if (n == 0 || n > need || n % 2 != 0) return 0;
        // A group of four after a dot or a hyphen is a year (06.12.2024): not a number.
        if (n != 2 && gap != 0 && !spaces_only) return 0;
        need -= n;
        i += gap + n;
    }
    // Not followed by more of a number or a word (10h30, a longer dotted number).
    if (i < t.size() && (ascii_alnum(t[i]) || word_char_at(t, i))) return 0;
    if (i + 1 < t.size() && (t[i] == '.' || t[i] == '-' || t[i] == '/') && digit(t[i + 1])) return 0;
    return i - at;
}

// True when the character before `at` makes it the middle of something else: a word
// (SIRET, an id), a number (2024-06-12, 10/06/2024) or a sign.
bool inside_something(std::string_view t, std::size_t at) {
    if (at == 0) return false;
    if (word_char_before(t, at)) return true;
    const char before = t[at - 1];
    if (before == '+') return true;
    return (before == '.' || before == '-' || before == '/' || before == ',') && at >= 2 && digit(t[at - 2]);
}

void find_phones(std::string_view t, std::vector<std::pair<std::size_t, std::size_t>>& found) {
    for (std::size_t at = 0; at < t.size(); ++at) {
        const char c = t[at];
        if (c != '0' && c != '+' && c != '(') continue;
        if (inside_something(t, at)) continue;
        if (const std::size_t n = phone_at(t, at)) {
            found.emplace_back(at, at + n);
            at += n - 1;
        }
    }
}

}  // namespace

std::string redact_contacts(std::string_view text, Lang lang) {
    std::vector<std::pair<std::size_t, std::size_t>> emails, phones;
    find_emails(text, emails);
    find_phones(text, phones);
    if (emails.empty() && phones.empty()) return std::string(text);
    struct Found {
        std::size_t start, end;
        Msg placeholder;
    };
    std::vector<Found> found;
    for (const auto& [s, e] : emails) found.push_back({s, e, Msg::redact_email});
    for (const auto& [s, e] : phones) found.push_back({s, e, Msg::redact_phone});
    // The earliest first, the longest of those that start together; overlaps dropped.
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::string out;
    std::size_t copied = 0;
    for (const auto& f : found) {
        if (f.start < copied) continue;
        out.append(text.substr(copied, f.start - copied));
        out += util::text(f.placeholder, lang);
        copied = f.end;
    }
    out.append(text.substr(copied));
    return out;
}

}  // namespace dla::util
