#include "dla/util/redact.hpp"

#include <algorithm>
#include <regex>
#include <vector>

#include "dla/util/text.hpp"

namespace dla::util {

namespace {

// An address as people write them: no quoted local parts, an ASCII domain with a dot.
const std::regex& email_pattern() {
    static const std::regex re(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})");
    return re;
}

// Ten digits from 0, or the international forms; \1 (\2) makes every separator the
// one after the first pair, so that a date and a time never read as a number.
const std::regex& national_pattern() {
    static const std::regex re(R"(0[1-9]([ .\-]?)[0-9]{2}(?:\1[0-9]{2}){3}(?![0-9]))");
    return re;
}

const std::regex& international_pattern() {
    static const std::regex re(R"((?:\+|00)33[ .]?(?:\(0\)[ .]?)?[1-9]([ .\-]?)[0-9]{2}(?:\1[0-9]{2}){3}(?![0-9]))");
    return re;
}

bool word_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

struct Found {
    std::size_t at = 0, length = 0;
    const std::string* placeholder = nullptr;
};

// Every match of `re` that does not continue a word or a number before it.
void find_all(const std::string& text, const std::regex& re, const std::string& placeholder, bool check_before,
              std::vector<Found>& found) {
    std::size_t from = 0;
    std::smatch m;
    while (from < text.size() && std::regex_search(text.cbegin() + static_cast<std::ptrdiff_t>(from), text.cend(), m, re)) {
        const std::size_t at = from + static_cast<std::size_t>(m.position(0));
        const char before = at > 0 ? text[at - 1] : ' ';
        if (check_before && (word_char(before) || before == '+' || before == '.' || before == '-')) {
            from = at + 1;
            continue;
        }
        found.push_back({at, static_cast<std::size_t>(m.length(0)), &placeholder});
        from = at + static_cast<std::size_t>(m.length(0));
    }
}

// Copies `piece` to `out`; while `shift` (how much wider the line has become than the
// original) is not zero, each run of two spaces or more takes it back, keeping two.
void copy_shifted(std::string_view piece, long& shift, std::string& out) {
    for (std::size_t i = 0; i < piece.size();) {
        if (piece[i] == '\n') shift = 0;
        if (piece[i] != ' ' || shift == 0) {
            out += piece[i++];
            continue;
        }
        const std::size_t run_end = std::min(piece.find_first_not_of(' ', i), piece.size());
        const long run = static_cast<long>(run_end - i);
        long kept = run;
        if (run >= 2) {
            kept = std::max(2L, run - shift);
            shift -= run - kept;
        }
        out.append(static_cast<std::size_t>(kept), ' ');
        i = run_end;
    }
}

}  // namespace

std::string redact_contacts(std::string_view view, Lang lang) {
    const std::string text(view);
    const std::string email(util::text(Msg::redact_email, lang));
    const std::string phone(util::text(Msg::redact_phone, lang));
    std::vector<Found> found;
    if (text.find('@') != std::string::npos) find_all(text, email_pattern(), email, false, found);
    find_all(text, international_pattern(), phone, true, found);
    find_all(text, national_pattern(), phone, true, found);
    if (found.empty()) return text;
    // The earliest first, the longest of those that start together; overlaps dropped.
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.at != b.at ? a.at < b.at : a.length > b.length;
    });
    std::string out;
    long shift = 0;
    std::size_t copied = 0;
    for (const auto& f : found) {
        if (f.at < copied) continue;
        copy_shifted(std::string_view(text).substr(copied, f.at - copied), shift, out);
        out += *f.placeholder;
        shift += static_cast<long>(utf8_length(*f.placeholder)) - static_cast<long>(utf8_length(std::string_view(text).substr(f.at, f.length)));
        copied = f.at + f.length;
    }
    copy_shifted(std::string_view(text).substr(copied), shift, out);
    return out;
}

}  // namespace dla::util
