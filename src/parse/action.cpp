#include "dla/parse/action.hpp"

#include <array>
#include <cctype>

#include "dla/util/text.hpp"

namespace dla::parse {

namespace {

constexpr std::string_view k_due_emoji[] = {"\xF0\x9F\x93\x85", "\xF0\x9F\x97\x93\xEF\xB8\x8F",
                                            "\xF0\x9F\x97\x93"};  // 📅 🗓️ 🗓
constexpr std::string_view k_done_emoji = "\xE2\x9C\x85";          // ✅
// Obsidian Tasks' other dated fields: scheduled ⏳, start 🛫, created ➕, cancelled ❌ (the
// date `dla cancel` writes). Taken out, not kept.
constexpr std::string_view k_other_emoji[] = {"\xE2\x8F\xB3", "\xF0\x9F\x9B\xAB", "\xE2\x9E\x95", "\xE2\x9D\x8C"};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Marks [from, to) as taken out of the text.
struct Text {
    std::string s;
    std::vector<bool> removed;
    explicit Text(std::string_view v) : s(v), removed(v.size(), false) {}
    void remove(std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to && i < s.size(); ++i) removed[i] = true;
    }
    // "(échéance : 24/09)" leaves no "()" behind: brackets around nothing but fields go too.
    void remove_empty_brackets() {
        for (std::size_t open = 0; open < s.size(); ++open) {
            if (s[open] != '(' || removed[open]) continue;
            std::size_t close = open + 1;
            while (close < s.size() && (removed[close] || is_blank(s[close]))) ++close;
            if (close > open + 1 && close < s.size() && s[close] == ')') remove(open, close + 1);
        }
    }
    [[nodiscard]] std::string rest() const {
        std::string out;
        bool space = false;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (removed[i]) { space = true; continue; }
            if (is_blank(s[i])) { space = true; continue; }
            // "Appeler @Jean, il a…" loses the owner, not the comma's place.
            if (space && !out.empty() && s[i] != ',' && s[i] != '.' && s[i] != ')') out += ' ';
            space = false;
            out += s[i];
        }
        return out;
    }
};

// The word starting at `pos` (after blanks): [start, end).
std::pair<std::size_t, std::size_t> next_word(std::string_view s, std::size_t pos) {
    while (pos < s.size() && is_blank(s[pos])) ++pos;
    std::size_t end = pos;
    while (end < s.size() && !is_blank(s[end])) ++end;
    // A date is followed by prose punctuation sometimes: "📅 2024-04-15," keeps the comma out,
    // "… d'ici le 1er octobre." the full stop.
    while (end > pos && (s[end - 1] == ',' || s[end - 1] == ';' || s[end - 1] == ')' || s[end - 1] == '.')) --end;
    return {pos, end};
}

// True when `text` is a date as a whole: read with the meeting's date for the year, or with
// any year (no meeting date), or a day whose weekday is wrong (an error to report, on the
// whole date: `lundi 24 septembre`).
bool whole_date(std::string_view text, std::optional<util::Date> reference) {
    constexpr util::Date k_any{2000, 1, 1};
    for (const auto ref : {reference.value_or(k_any), k_any}) {
        const auto parsed = util::parse_date(text, ref);
        if (std::holds_alternative<util::Date>(parsed)) return true;
        if (std::get<util::DateError>(parsed).msg == util::Msg::date_wrong_weekday && reference) return true;
    }
    return false;
}

// The date written from `pos`: the longest run of up to six words that reads as a
// date (`9 janvier`, `mardi 11 juin 2024`), else one word, for the caller to report.
std::pair<std::size_t, std::size_t> date_extent(std::string_view s, std::size_t pos,
                                                std::optional<util::Date> reference) {
    auto first = next_word(s, pos);
    std::vector<std::size_t> ends;
    for (auto w = first; w.first < w.second && ends.size() < 6; w = next_word(s, w.second)) ends.push_back(w.second);
    for (auto it = ends.rbegin(); it != ends.rend(); ++it)
        if (whole_date(s.substr(first.first, *it - first.first), reference)) return {first.first, *it};
    return first;
}

// Keeps the first due date; a later one is kept aside, to be reported.
void set_due(ActionFields& out, DateField field, std::size_t phrase_start, const Text& t, std::size_t phrase_end) {
    if (!out.due) out.due = std::move(field);
    else out.ignored_due.push_back(DateField{t.s.substr(phrase_start, phrase_end - phrase_start), static_cast<int>(phrase_start)});
}

void take_emoji_dates(Text& t, ActionFields& out, std::optional<util::Date> reference) {
    auto scan = [&](std::string_view marker, std::optional<DateField>* into) {
        for (std::size_t pos = t.s.find(marker); pos != std::string::npos; pos = t.s.find(marker, pos + 1)) {
            if (t.removed[pos]) continue;
            auto [start, end] = date_extent(t.s, pos + marker.size(), reference);
            DateField field{t.s.substr(start, end - start), static_cast<int>(start)};
            if (into == &out.due) set_due(out, std::move(field), pos, t, end);
            else if (into && !*into) *into = std::move(field);
            t.remove(pos, end);
        }
    };
    for (auto m : k_due_emoji) scan(m, &out.due);
    scan(k_done_emoji, &out.done);
    for (auto m : k_other_emoji) scan(m, nullptr);
}

// `avant le 24 septembre`, `pour le 24/09`, at the very end of the text once the other
// fields are out: the due date, when none is written otherwise. Elsewhere, or with another
// due date, kept in the text and aside, to be reported.
void take_due_phrase(Text& t, ActionFields& out, std::optional<util::Date> reference) {
    constexpr std::array<std::string_view, 8> leads = {"avant le", "Avant le", "pour le", "Pour le", "d'ici le",
                                                       "d’ici le", "D'ici le", "au plus tard le"};
    for (auto lead : leads) {
        for (std::size_t pos = 0; (pos = t.s.find(lead, pos)) != std::string::npos; pos += lead.size()) {
            if (t.removed[pos] || (pos > 0 && !is_blank(t.s[pos - 1]) && t.s[pos - 1] != '(')) continue;
            const std::size_t after = pos + lead.size();
            if (after >= t.s.size() || !is_blank(t.s[after])) continue;
            auto [start, end] = date_extent(t.s, after, reference);
            if (start == end || t.removed[start] || !whole_date(std::string_view(t.s).substr(start, end - start), reference))
                continue;
            std::size_t tail = end;
            while (tail < t.s.size() && (t.removed[tail] || is_blank(t.s[tail]) || t.s[tail] == '.')) ++tail;
            if (tail == t.s.size() && !out.due) {
                out.due = DateField{t.s.substr(start, end - start), static_cast<int>(start)};
                t.remove(pos, end);
            } else {
                out.ignored_due.push_back(DateField{t.s.substr(pos, end - pos), static_cast<int>(pos)});
            }
        }
    }
}

// `due: 2024-04-15`, `échéance : 22/04/2024`, `Échéance: …` at a word start.
void take_keyword_dates(Text& t, ActionFields& out, std::optional<util::Date> reference) {
    constexpr std::array<std::string_view, 4> keywords = {"due", "échéance", "Échéance", "echeance"};
    for (auto kw : keywords) {
        for (std::size_t pos = 0; (pos = t.s.find(kw, pos)) != std::string::npos; pos += kw.size()) {
            if (t.removed[pos]) continue;
            if (pos > 0 && !is_blank(t.s[pos - 1]) && t.s[pos - 1] != '(') continue;
            std::size_t p = pos + kw.size();
            while (p < t.s.size() && t.s[p] == ' ') ++p;
            if (p >= t.s.size() || t.s[p] != ':') continue;
            auto [start, end] = date_extent(t.s, p + 1, reference);
            if (start == end) continue;
            set_due(out, DateField{t.s.substr(start, end - start), static_cast<int>(start)}, pos, t, end);
            t.remove(pos, end);
        }
    }
}

// Dataview inline fields: [key:: value] and (key:: value).
void take_inline_fields(Text& t, ActionFields& out) {
    for (std::size_t open = 0; open < t.s.size(); ++open) {
        char o = t.s[open];
        if ((o != '[' && o != '(') || t.removed[open]) continue;
        const char close = o == '[' ? ']' : ')';
        std::size_t sep = t.s.find("::", open);
        std::size_t end = t.s.find(close, open);
        if (sep == std::string::npos || end == std::string::npos || sep > end) continue;
        const std::string key = util::fold(std::string_view(t.s).substr(open + 1, sep - open - 1));
        const std::string_view raw_value = std::string_view(t.s).substr(sep + 2, end - sep - 2);
        const std::string value(util::trim(raw_value));
        const auto lead = raw_value.find_first_not_of(" \t");
        const int value_offset = static_cast<int>(sep + 2 + (lead == std::string_view::npos ? 0 : lead));
        if (key == "owner" || key == "owners" || key == "responsable" || key == "porteur") {
            for (auto& name : util::split_trimmed(value, ",")) out.owners.push_back(name);
        } else if (key == "due" || key == "echeance" || key == "deadline") {
            if (!out.due) out.due = DateField{value, value_offset};
        } else if (key == "completion" || key == "done" || key == "fait le") {
            if (!out.done) out.done = DateField{value, value_offset};
        } else {
            continue;  // other Dataview fields stay in the text
        }
        t.remove(open, end + 1);
        open = end;
    }
}

void take_owners(Text& t, std::vector<std::string>& owners) {
    for (std::size_t pos = 0; pos < t.s.size(); ++pos) {
        if (t.s[pos] != '@' || t.removed[pos]) continue;
        if (pos > 0 && !is_blank(t.s[pos - 1]) && t.s[pos - 1] != '(' && t.s[pos - 1] != ',') continue;
        std::size_t end = pos + 1;
        while (end < t.s.size() && !is_blank(t.s[end]) && std::string_view(",;:()[]").find(t.s[end]) == std::string_view::npos)
            ++end;
        std::size_t word_end = end;
        while (word_end > pos + 1 && (t.s[word_end - 1] == '.' || t.s[word_end - 1] == '!')) --word_end;
        if (word_end == pos + 1) continue;
        owners.push_back(t.s.substr(pos + 1, word_end - pos - 1));
        t.remove(pos, word_end);
    }
}

// A trailing Obsidian block id: " ^linkedin-trame". What was already taken out (fields
// written after the id) does not count as trailing text.
void take_id(Text& t, std::string& id) {
    std::size_t end = t.s.size();
    while (end > 0 && (is_blank(t.s[end - 1]) || t.removed[end - 1])) --end;
    std::size_t start = end;
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(t.s[start - 1])) || t.s[start - 1] == '-'))
        --start;
    if (start == end || start == 0 || t.s[start - 1] != '^') return;
    if (start >= 2 && !is_blank(t.s[start - 2])) return;
    id = t.s.substr(start, end - start);
    t.remove(start - 1, end);
}

}  // namespace

ActionFields split_action(std::string_view text, std::optional<util::Date> reference) {
    ActionFields out;
    Text t(text);
    take_id(t, out.id);
    take_inline_fields(t, out);
    take_emoji_dates(t, out, reference);
    take_keyword_dates(t, out, reference);
    take_owners(t, out.owners);
    // `… ^trame ✅ 2024-05-16`: a done date typed after the id, as one adds it at the end of
    // the line. Obsidian no longer sees the block id there, dla still does (and says so).
    if (out.id.empty()) {
        take_id(t, out.id);
        out.id_before_fields = !out.id.empty();
    }
    take_due_phrase(t, out, reference);
    t.remove_empty_brackets();
    out.text = t.rest();
    return out;
}

}  // namespace dla::parse
