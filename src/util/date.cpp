#include "dla/util/date.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <ranges>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "dla/util/text.hpp"

// The text is cut into a few tokens (numbers, words, punctuation), then every reading
// the small grammar allows is listed and the one that reads furthest wins. Checking
// that the day exists, guessing a missing year and matching the weekday come after,
// on that one reading, so each failure gets its own precise message.

namespace dla::util {

namespace {

constexpr int k_min_year = 1900;
constexpr int k_max_year = 2200;
// No date is longer than this; the rest of a longer text is one last token, so a
// megabyte of punctuation costs one token, not a million.
constexpr std::size_t k_max_tokens = 32;
constexpr std::size_t k_echo_limit = 60;
constexpr std::size_t k_fail = std::string_view::npos;

constexpr std::array<std::string_view, 12> k_months_fr = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> k_months_en = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"};
constexpr std::array<std::string_view, 7> k_weekdays_fr = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
constexpr std::array<std::string_view, 7> k_weekdays_en = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Folded month names understood, in French and English: full names, then
// abbreviations, which may take a dot (`déc.`).
constexpr std::array<std::array<std::string_view, 2>, 12> k_month_words = {{
    {"janvier january", "janv jan"}, {"fevrier february", "fevr fev feb"}, {"mars march", "mar"},
    {"avril april", "avr apr"}, {"mai may", ""}, {"juin june", "jun"},
    {"juillet july", "juil juill jul"}, {"aout august", "aug"}, {"septembre september", "sept sep"},
    {"octobre october", "oct"}, {"novembre november", "nov"}, {"decembre december", "dec"}}};
// Folded weekday names and abbreviations, Monday first.
constexpr std::array<std::string_view, 7> k_weekday_words_fr = {
    "lundi lun", "mardi mar", "mercredi mer", "jeudi jeu", "vendredi ven", "samedi sam", "dimanche dim"};
constexpr std::array<std::string_view, 7> k_weekday_words_en = {
    "monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs", "friday fri",
    "saturday sat", "sunday sun"};

// Spellings of the French ordinal "er" that word processors and converters leave
// behind (`1ᵉʳ`, `1^{er}`, `1<sup>er</sup>`): read as if the user had typed `1er`.
constexpr std::string_view k_er_spellings[] = {"\xE1\xB5\x89\xCA\xB3", "^{er}", "<sup>er</sup>"};
// No-break, narrow no-break and thin spaces, as French typography puts them.
constexpr std::string_view k_spaces[] = {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"};
// Hyphen, non-breaking hyphen, en dash, em dash, minus sign.
constexpr std::string_view k_dashes[] = {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x93",
                                         "\xE2\x80\x94", "\xE2\x88\x92"};

enum class Kind { end, number, word, punct, other };

struct Token {
    Kind kind = Kind::end;
    std::string word;        // folded, for words
    char punct = 0;          // '/', '.', '-' (every dash), ',', '&' or ':'
    std::size_t digits = 0;  // for numbers
    int value = 0;           // for numbers; only the first 9 digits count, so no overflow
    std::size_t begin = 0;   // byte offsets in the text
    std::size_t end = 0;
    bool spaced = false;     // white space before it
};

using Tokens = std::vector<Token>;

// Length of the valid UTF-8 sequence at `i`, 0 for an invalid byte.
std::size_t code_point_length(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (len == 0 || len > s.size() - i) return 0;
    return invalid_utf8_offset(s.substr(i, len)) == std::string_view::npos ? len : 0;
}

template <typename Set>
bool is_one_of(std::string_view piece, const Set& set) {
    return std::ranges::find(set, piece) != std::end(set);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The folded form of a letter ("É" → "e"), empty when the code point is not a letter.
std::string letter(std::string_view cp) {
    if (cp.size() == 1) {
        char c = cp[0];
        bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return alpha ? std::string(1, static_cast<char>(c | 0x20)) : std::string();
    }
    return fold(cp);
}

// The letters from `i` on, folded: `Août` → `aout`. A combining mark after a letter is
// part of it (« février » typed in NFD: `e` then U+0301), as fold() reads it.
std::string read_word(std::string_view text, std::size_t& i) {
    std::string word;
    for (std::size_t len; i < text.size() && (len = code_point_length(text, i)) != 0;) {
        const std::string_view cp = text.substr(i, len);
        std::string l = letter(cp);
        if (l.empty() && (word.empty() || len == 1 || display_width(cp) != 0)) break;
        word += l;
        i += len;
    }
    return word;
}

Tokens tokenize(std::string_view text) {
    Tokens out;
    bool spaced = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = code_point_length(text, i);
        std::string_view cp = text.substr(i, len == 0 ? 1 : len);
        char c = cp[0];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ||
            is_one_of(cp, k_spaces)) {
            spaced = true;
            i += cp.size();
            continue;
        }
        Token tok;
        tok.begin = i;
        tok.spaced = std::exchange(spaced, false);
        if (out.size() == k_max_tokens) {
            tok.kind = Kind::other;
            i = text.size();
        } else if (is_digit(c)) {
            tok.kind = Kind::number;
            for (; i < text.size() && is_digit(text[i]); ++i)
                if (++tok.digits <= 9) tok.value = tok.value * 10 + (text[i] - '0');
        } else if (auto er = std::find_if(std::begin(k_er_spellings), std::end(k_er_spellings),
                                          [&](auto s) { return text.substr(i).starts_with(s); });
                   er != std::end(k_er_spellings)) {
            tok.kind = Kind::word;
            tok.word = "er";
            i += er->size();
        } else if (len != 0 && !letter(cp).empty()) {
            tok.kind = Kind::word;
            tok.word = read_word(text, i);
        } else {
            bool dash = c == '-' || is_one_of(cp, k_dashes);
            bool punct = len != 0 && (dash || std::string_view("/.,&:").find(c) != std::string_view::npos);
            tok.kind = punct ? Kind::punct : Kind::other;
            tok.punct = !punct ? 0 : dash ? '-' : c;
            i += cp.size();
        }
        tok.end = i;
        out.push_back(std::move(tok));
    }
    return out;
}

// The user's text quoted in a message: trimmed, invalid bytes and control characters
// shown as U+FFFD, cut after 60 code points so garbage does not flood the terminal.
std::string echo(std::string_view text) {
    text = trim(text);
    std::string out;
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        if (count == k_echo_limit) {
            out += "…";
            break;
        }
        std::size_t len = code_point_length(text, i);
        auto c = static_cast<unsigned char>(text[i]);
        bool shown = len != 0 && c >= 0x20 && c != 0x7F;
        out += shown ? text.substr(i, len) : "\xEF\xBF\xBD";
        i += len == 0 ? 1 : len;
    }
    return out;
}

// ---- Reading tokens --------------------------------------------------------------

const Token& at(const Tokens& t, std::size_t i) {
    static const Token k_end;
    return i < t.size() ? t[i] : k_end;
}

bool punct_at(const Tokens& t, std::size_t i, char c) {
    return at(t, i).kind == Kind::punct && at(t, i).punct == c;
}

// Whether the token at `i` is one of the space-separated `words`.
bool word_at(const Tokens& t, std::size_t i, std::string_view words) {
    if (at(t, i).kind != Kind::word) return false;
    // A plain loop, not std::views::split: clang 14 (the fuzzing build) cannot compile
    // libstdc++ 12's split view.
    for (std::size_t from = 0; from < words.size();) {
        const std::size_t space = std::min(words.find(' ', from), words.size());
        if (words.substr(from, space - from) == at(t, i).word) return true;
        from = space + 1;
    }
    return false;
}

// A number written with `lo` to `hi` digits.
bool number_at(const Tokens& t, std::size_t i, std::size_t lo, std::size_t hi) {
    return at(t, i).kind == Kind::number && at(t, i).digits >= lo && at(t, i).digits <= hi;
}

bool glued(const Tokens& t, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
        if (at(t, i).spaced) return false;
    return true;
}

// A date as written, before its year is guessed and its existence checked.
struct Written {
    int day = 0;
    std::optional<int> month;  // not written in `10` of `10 et 11 juin`
    std::optional<int> year;
    int weekday = -1;  // 0 = Monday, -1 = not written
    bool english = false;
    bool iso = false;
};

bool ordinal_suffix(int day, std::string_view s) {
    if (s == "er") return day == 1;
    int last = day % 10;
    bool teen = day % 100 >= 11 && day % 100 <= 13;
    return s == (teen || last == 0 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd");
}

// `4`, `04`, `1er`, `1st`.
std::size_t day_at(const Tokens& t, std::size_t i, int& day) {
    if (!number_at(t, i, 1, 2)) return k_fail;
    day = at(t, i).value;
    const Token& next = at(t, i + 1);
    bool suffix = next.kind == Kind::word && !next.spaced && ordinal_suffix(day, next.word);
    return suffix ? i + 2 : i + 1;
}

std::size_t month_at(const Tokens& t, std::size_t i, std::optional<int>& month) {
    for (int m = 0; m < 12; ++m) {
        const auto& [full, abbreviations] = k_month_words[static_cast<std::size_t>(m)];
        month = m + 1;
        if (word_at(t, i, full)) return i + 1;
        if (word_at(t, i, abbreviations)) return punct_at(t, i + 1, '.') && glued(t, i + 1, i + 2) ? i + 2 : i + 1;
    }
    month.reset();
    return k_fail;
}

// `mardi`, `Tuesday,`, `mar.`.
std::size_t weekday_at(const Tokens& t, std::size_t i, Written& w) {
    for (bool english : {false, true}) {
        for (std::size_t d = 0; d < 7; ++d) {
            if (!word_at(t, i, (english ? k_weekday_words_en : k_weekday_words_fr)[d])) continue;
            w.weekday = static_cast<int>(d);
            w.english = english;
            std::size_t j = punct_at(t, i + 1, '.') ? i + 2 : i + 1;
            return punct_at(t, j, ',') ? j + 1 : j;
        }
    }
    return k_fail;
}

// `2024-06-10`.
std::size_t iso_form(const Tokens& t, std::size_t i, Written& w) {
    if (!number_at(t, i, 4, 4) || !punct_at(t, i + 1, '-') || !number_at(t, i + 2, 1, 2) ||
        !punct_at(t, i + 3, '-') || !number_at(t, i + 4, 1, 2) || !glued(t, i + 1, i + 5))
        return k_fail;
    w.year = at(t, i).value;
    w.month = at(t, i + 2).value;
    w.day = at(t, i + 4).value;
    w.iso = true;
    return i + 5;
}

// `10/06/2024`, `10/06/24`, `10/06`, `10.06.2024`, `10-06-2024`: day first, as in
// France. With dashes the year is required, as `10-11 juin` is a range.
std::size_t numeric_form(const Tokens& t, std::size_t i, Written& w) {
    char sep = at(t, i + 1).punct;
    bool separator = sep == '/' || sep == '.' || sep == '-';
    if (!number_at(t, i, 1, 2) || !separator || !number_at(t, i + 2, 1, 2) || !glued(t, i + 1, i + 3))
        return k_fail;
    w.day = at(t, i).value;
    w.month = at(t, i + 2).value;
    bool year = punct_at(t, i + 3, sep) && glued(t, i + 3, i + 5) &&
                (number_at(t, i + 4, 2, 2) || number_at(t, i + 4, 4, 4));
    if (!year) return sep == '-' ? k_fail : i + 3;
    int y = at(t, i + 4).value;
    w.year = at(t, i + 4).digits == 2 ? 2000 + y : y;
    return i + 5;
}

// `4 avril 2024`, `1er juillet`, `11 June 2024`.
std::size_t day_month_form(const Tokens& t, std::size_t i, Written& w) {
    std::size_t j = day_at(t, i, w.day);
    if (j != k_fail) j = month_at(t, j, w.month);
    if (j == k_fail || !number_at(t, j, 4, 4)) return j;
    w.year = at(t, j).value;
    return j + 1;
}

// `June 11, 2024`, `June 11`.
std::size_t month_day_form(const Tokens& t, std::size_t i, Written& w) {
    std::size_t j = month_at(t, i, w.month);
    if (j != k_fail) j = day_at(t, j, w.day);
    if (j == k_fail) return j;
    std::size_t k = punct_at(t, j, ',') ? j + 1 : j;
    if (!number_at(t, k, 4, 4)) return j;
    w.year = at(t, k).value;
    return k + 1;
}

// `10` in `10 et 11 juin`: only the start of a range.
std::size_t day_only_form(const Tokens& t, std::size_t i, Written& w) { return day_at(t, i, w.day); }

struct Piece {
    Written date;
    std::size_t next;  // first token after it
};

// Every way one date can be read at `i`, with or without a weekday before it.
std::vector<Piece> dates_at(const Tokens& t, std::size_t i, bool allow_day_only) {
    using Form = std::size_t (*)(const Tokens&, std::size_t, Written&);
    std::vector<Piece> out;
    auto add_forms = [&](std::size_t j, const Written& base) {
        for (Form form : {iso_form, numeric_form, day_month_form, day_only_form, month_day_form}) {
            if (form == day_only_form && !allow_day_only) continue;
            Written w = base;
            std::size_t next = form(t, j, w);
            if (next != k_fail) out.push_back({w, next});
        }
    };
    // With the weekday first, so that on a tie `mar 11 et mer 12 juin` is Tuesday, not March.
    Written with_weekday;
    if (std::size_t j = weekday_at(t, i, with_weekday); j != k_fail) add_forms(j, with_weekday);
    add_forms(i, Written{});
    return out;
}

struct Connector {
    std::size_t next;
    bool consecutive;  // "et", "and", "&": two days that follow each other
    bool slash;        // only between two ISO dates
};

std::optional<Connector> connector_at(const Tokens& t, std::size_t i) {
    if (punct_at(t, i, '-') || word_at(t, i, "au to")) return Connector{i + 1, false, false};
    if (punct_at(t, i, '&') || word_at(t, i, "et and")) return Connector{i + 1, true, false};
    if (punct_at(t, i, '/')) return Connector{i + 1, false, true};
    return std::nullopt;
}

struct Reading {
    Written start;
    std::optional<Written> end;
    bool consecutive = false;
    std::size_t next = 0;
};

// Every reading of the tokens as one date or a range; a bare day only starts a range.
std::vector<Reading> readings(const Tokens& t) {
    std::size_t i = 0;
    bool range_only = false;
    if (word_at(t, 0, "le")) {
        i = 1;
    } else if (word_at(t, 0, "du from")) {
        i = 1;
        range_only = true;
    }
    std::vector<Reading> out;
    for (const Piece& first : dates_at(t, i, true)) {
        if (!range_only && first.date.month) out.push_back({first.date, std::nullopt, false, first.next});
        auto conn = connector_at(t, first.next);
        if (!conn || (range_only && conn->consecutive)) continue;
        for (const Piece& second : dates_at(t, conn->next, false)) {
            if (conn->slash && !(first.date.iso && second.date.iso)) continue;
            out.push_back({first.date, second.date, conn->consecutive, second.next});
        }
    }
    return out;
}

// The reading that goes furthest (the first listed on a tie), or why there is none.
Parsed<Reading> read_date(std::string_view text) {
    Tokens t = tokenize(text);
    if (t.empty()) return DateError{Msg::date_empty, {}};
    std::optional<Reading> best;
    for (Reading& r : readings(t))
        if (!best || r.next > best->next) best = r;
    if (!best) return DateError{Msg::date_unreadable, {echo(text)}};
    if (best->next < t.size()) return DateError{Msg::date_trailing_text, {echo(text.substr(t[best->next].begin))}};
    return *best;
}

// ---- From written to real dates ---------------------------------------------------

std::string iso_of(int year, int month, int day) { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::string_view weekday_name(int weekday, bool english) {
    return (english ? k_weekdays_en : k_weekdays_fr)[static_cast<std::size_t>(weekday)];
}

// The year that puts the day on or after `reference`: this year or the next.
int guess_year(const Written& w, Date reference) {
    bool passed = std::pair(*w.month, w.day) < std::pair(reference.month, reference.day);
    return reference.year + (passed ? 1 : 0);
}

Parsed<Date> settle(const Written& w) {
    int year = w.year.value_or(0);
    int month = w.month.value_or(0);
    if (year < k_min_year || year > k_max_year)
        return DateError{Msg::date_year_out_of_range, {fmt::format("{:04}", year)}};
    auto date = make_date(year, month, w.day);
    if (!date) return DateError{Msg::date_no_such_day, {iso_of(year, month, w.day)}};
    int actual = weekday(*date);
    if (w.weekday >= 0 && w.weekday != actual)
        return DateError{Msg::date_wrong_weekday,
                         {format_date(*date, w.english ? Lang::en : Lang::fr), std::string(weekday_name(actual, w.english)),
                          std::string(weekday_name(w.weekday, w.english))}};
    return *date;
}

// Fills in what one end of a range takes from the other: the month and year written
// once at the end, the year of the start when only it is given; then checks the days.
Parsed<DateRange> resolve(Reading r, std::string_view text, std::optional<Date> reference) {
    Written& a = r.start;
    Written b = r.end.value_or(a);
    if (!a.month) a.month = b.month;
    // `30 décembre au 2 janvier 2025`: the start is in the year before.
    if (!a.year && b.year) a.year = *b.year - (a.month > b.month ? 1 : 0);
    if (!a.year) {
        if (!reference) return DateError{Msg::date_needs_year, {echo(text)}};
        a.year = guess_year(a, *reference);
    }
    if (!b.year) b.year = *a.year + (b.month < a.month ? 1 : 0);
    auto start = settle(a);
    if (auto* e = std::get_if<DateError>(&start)) return *e;
    auto end = settle(b);
    if (auto* e = std::get_if<DateError>(&end)) return *e;
    DateRange range{std::get<Date>(start), std::get<Date>(end)};
    if (range.end < range.start) return DateError{Msg::date_range_backwards, {echo(text)}};
    if (r.consecutive && add_days(range.start, 1) != range.end)
        return DateError{Msg::date_not_consecutive, {echo(text)}};
    return range;
}

// ---- Times ------------------------------------------------------------------------

// `10h`, `10h30`, `10 h 30`, `10:30`.
std::size_t time_at(const Tokens& t, std::size_t i, Time& out) {
    if (!number_at(t, i, 1, 2)) return k_fail;
    out = Time{at(t, i).value, 0};
    bool colon = punct_at(t, i + 1, ':');
    if (!colon && !word_at(t, i + 1, "h")) return k_fail;
    if (!number_at(t, i + 2, 2, 2)) return colon ? k_fail : i + 2;
    out.minute = at(t, i + 2).value;
    return i + 3;
}

// ---- Formatting -------------------------------------------------------------------

std::string_view month_name(int month, bool english) {
    if (month < 1 || month > 12) return "?";
    return (english ? k_months_en : k_months_fr)[static_cast<std::size_t>(month - 1)];
}

std::string day_text(int day, bool english) { return !english && day == 1 ? "1er" : std::to_string(day); }

std::string full_text(Date d, bool english, bool year = true) {
    if (!year) return fmt::format("{} {}", day_text(d.day, english), month_name(d.month, english));
    return fmt::format("{} {} {}", day_text(d.day, english), month_name(d.month, english), d.year);
}

// The start says only what differs from the end: `10 au 12 juin 2024`,
// `30 juin au 2 juillet 2024`, `30 décembre 2024 au 2 janvier 2025`. Without the
// year, each end says its day and month when the months differ.
std::string format_range(DateRange r, bool english, bool year = true) {
    if (r.start == r.end) return full_text(r.start, english, year);
    // Without years, the end is read in the start's year, or the next one when its month
    // comes earlier (`du 30 décembre au 2 janvier`): any other range keeps its years, or
    // it would not read back (found by fuzz_date).
    const bool readable = r.end.year == r.start.year || (r.end.year == r.start.year + 1 && r.end.month < r.start.month);
    if (!readable) year = true;
    std::string first = year && r.start.year != r.end.year ? full_text(r.start, english)
                        : r.start.month != r.end.month || r.start.year != r.end.year
                            ? fmt::format("{} {}", day_text(r.start.day, english), month_name(r.start.month, english))
                            : day_text(r.start.day, english);
    if (add_days(r.start, 1) == r.end)
        return fmt::format("{} {} {}", first, english ? "and" : "et", full_text(r.end, english, year));
    return english ? fmt::format("{} to {}", first, full_text(r.end, true, year))
                   : fmt::format("du {} au {}", first, full_text(r.end, false, year));
}

std::chrono::year_month_day to_chrono(Date d) {
    return {std::chrono::year{d.year}, std::chrono::month{static_cast<unsigned>(d.month)},
            std::chrono::day{static_cast<unsigned>(d.day)}};
}

}  // namespace

std::optional<Date> make_date(int year, int month, int day) {
    if (year < k_min_year || year > k_max_year || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    if (!to_chrono(Date{year, month, day}).ok()) return std::nullopt;
    return Date{year, month, day};
}

long to_days(Date date) {
    return static_cast<long>(std::chrono::sys_days{to_chrono(date)}.time_since_epoch().count());
}

Date from_days(long days) {
    std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date add_days(Date date, long days) { return from_days(to_days(date) + days); }

Date local_date(std::time_t t) {
    std::tm local{};
    if (!localtime_r(&t, &local)) return from_days(static_cast<long>(t / 86400));  // out of range: UTC
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string format_date(Date date, Lang lang) {
    return lang == Lang::fr ? format_french(DateRange{date, date}) : format_english(DateRange{date, date});
}

int weekday(Date date) {
    std::chrono::weekday wd{std::chrono::sys_days{std::chrono::days{to_days(date)}}};
    return static_cast<int>(wd.iso_encoding()) - 1;
}

std::string to_iso(Date date) { return iso_of(date.year, date.month, date.day); }

std::string to_iso(Time time) { return fmt::format("{:02}:{:02}", time.hour, time.minute); }

Parsed<Date> parse_iso_date(std::string_view text) {
    std::string_view s = trim(text);
    if (s.empty()) return DateError{Msg::date_empty, {}};
    bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-';
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) shape = shape && is_digit(s[i]);
    if (!shape) return DateError{Msg::date_unreadable, {echo(text)}};
    auto number = [&](std::size_t from, std::size_t count) {
        int n = 0;
        for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (s[i] - '0');
        return n;
    };
    return settle(Written{number(8, 2), number(5, 2), number(0, 4)});
}

Parsed<DateRange> parse_date_range(std::string_view text, std::optional<Date> reference) {
    auto reading = read_date(text);
    if (auto* e = std::get_if<DateError>(&reading)) return *e;
    return resolve(std::get<Reading>(reading), text, reference);
}

Parsed<Date> parse_date(std::string_view text, std::optional<Date> reference) {
    auto reading = read_date(text);
    if (auto* e = std::get_if<DateError>(&reading)) return *e;
    if (std::get<Reading>(reading).end) return DateError{Msg::date_range_not_allowed, {echo(text)}};
    auto range = resolve(std::get<Reading>(reading), text, reference);
    if (auto* e = std::get_if<DateError>(&range)) return *e;
    return std::get<DateRange>(range).start;
}

Parsed<TimeRange> parse_time_range(std::string_view text) {
    Tokens t = tokenize(text);
    if (t.empty()) return DateError{Msg::time_empty, {}};
    // "de 9h" promises an end: "de 9h à 11h".
    bool needs_end = word_at(t, 0, "de from");
    std::size_t first = needs_end ? 1 : 0;
    TimeRange range;
    std::size_t middle = time_at(t, first, range.start);  // just after the start time
    std::size_t last = middle;
    if (middle != k_fail && (punct_at(t, middle, '-') || word_at(t, middle, "a to"))) {
        Time end;
        last = time_at(t, middle + 1, end);
        range.end = end;
    }
    if (last != t.size() || (needs_end && !range.end)) return DateError{Msg::time_unreadable, {echo(text)}};
    // The time as written, for the message: "25h" in "9h – 25h".
    auto written = [&](std::size_t from, std::size_t to) {
        return echo(text.substr(t[from].begin, t[to - 1].end - t[from].begin));
    };
    auto impossible = [](Time x) { return x.hour > 23 || x.minute > 59; };
    if (impossible(range.start)) return DateError{Msg::time_out_of_range, {written(first, middle)}};
    if (range.end && impossible(*range.end)) return DateError{Msg::time_out_of_range, {written(middle + 1, last)}};
    if (range.end && *range.end < range.start) return DateError{Msg::time_range_backwards, {echo(text)}};
    return range;
}

Parsed<Time> parse_time(std::string_view text) {
    auto range = parse_time_range(text);
    if (auto* e = std::get_if<DateError>(&range)) return *e;
    if (std::get<TimeRange>(range).end) return DateError{Msg::time_range_not_allowed, {echo(text)}};
    return std::get<TimeRange>(range).start;
}

std::string format_french(DateRange range) { return format_range(range, false); }

std::string format_english(DateRange range) { return format_range(range, true); }

std::string format_french_short(DateRange range) { return format_range(range, false, false); }

std::string format_english_short(DateRange range) { return format_range(range, true, false); }

std::string format_numeric(Date date, bool with_year) {
    return with_year ? fmt::format("{:02}/{:02}/{:04}", date.day, date.month, date.year)
                     : fmt::format("{:02}/{:02}", date.day, date.month);
}

std::string format_long_french(Date date) {
    return fmt::format("{} {}", weekday_name(weekday(date), false), full_text(date, false));
}

std::string format_long_english(Date date) {
    return fmt::format("{} {}", weekday_name(weekday(date), true), full_text(date, true));
}

std::string format_french(Time time) {
    return time.minute == 0 ? fmt::format("{}h", time.hour) : fmt::format("{}h{:02}", time.hour, time.minute);
}

}  // namespace dla::util
