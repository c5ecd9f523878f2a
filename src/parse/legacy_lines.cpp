#include "dla/parse/legacy_lines.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "dla/model/series.hpp"
#include "dla/parse/front_matter.hpp"
#include "dla/util/text.hpp"

namespace dla::parse::legacy {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The folded text with its spaces removed: "Présent.e.s" and "Présent·e·s" → "presentes".
std::string squeeze(std::string_view text) {
    std::string f = util::fold(text);
    f.erase(std::remove(f.begin(), f.end(), ' '), f.end());
    return f;
}

std::vector<std::string> words_of(std::string_view text) { return util::split_trimmed(text, " "); }

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
    return out;
}

// Separators and words that may stand around a date in a title or date line.
std::string trim_punct(std::string_view text) {
    std::string_view t = util::trim(text);
    auto strip = [](std::string_view s, bool front) {
        for (;;) {
            if (s.empty()) return s;
            const std::string_view dash = "\xE2\x80\x93";  // –
            if (front && s.starts_with(dash)) { s = util::trim(s.substr(dash.size())); continue; }
            if (!front && s.ends_with(dash)) { s = util::trim(s.substr(0, s.size() - dash.size())); continue; }
            const char c = front ? s.front() : s.back();
            if (c == ',' || c == ':' || c == '-' || c == ';' || c == '.' || c == '(' || c == ')' || c == '*' || c == '"' ||
                c == '_') {
                s = util::trim(front ? s.substr(1) : s.substr(0, s.size() - 1));
                continue;
            }
            return s;
        }
    };
    return std::string(strip(strip(t, true), false));
}

}  // namespace

LineShape shape(std::string_view line) {
    LineShape s;
    std::size_t i = 0;
    for (; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i) s.indent += line[i] == '\t' ? 4 : 1;
    std::string_view rest = line.substr(i);
    static constexpr std::array<std::string_view, 9> markers = {
        "- ", "* ", "\xE2\x80\xA2 ", "\xE2\x9E\xA4 ", "\xE2\x96\xAA ", "\xE2\x97\xA6 ", "\xE2\x80\x93 ", "o ", "\xEF\x82\xA7 "};
    for (std::string_view m : markers)
        if (rest.starts_with(m)) {
            s.bullet = true;
            rest.remove_prefix(m.size());
            break;
        }
    if (!s.bullet) {
        std::size_t d = 0;
        while (d < rest.size() && d < 3 && is_digit(rest[d])) ++d;
        if (d > 0 && d + 1 < rest.size() && (rest[d] == '.' || rest[d] == ')') && rest[d + 1] == ' ') {
            s.bullet = s.numbered = true;
            rest.remove_prefix(d + 2);
        }
    }
    rest = util::trim(rest);
    if (s.bullet && !s.numbered && rest.size() >= 3 && rest[0] == '[' && rest[2] == ']' &&
        (rest[1] == ' ' || rest[1] == 'x' || rest[1] == 'X') && (rest.size() == 3 || rest[3] == ' ')) {
        s.task = rest[1] == ' ' ? ' ' : 'x';
        rest = util::trim(rest.substr(3));
    }
    s.text = std::string(rest);
    return s;
}

std::optional<LabelLine> label_line(std::string_view text) {
    text = util::trim(text);
    std::size_t colon = text.find(':');
    std::string_view label, rest;
    if (colon == std::string_view::npos) {
        label = text;
    } else {
        label = util::trim(text.substr(0, colon));
        rest = util::trim(text.substr(colon + 1));
    }
    // Bold labels (`**CR :**`) are labels too.
    std::string l(label);
    l.erase(std::remove(l.begin(), l.end(), '*'), l.end());
    std::string r(rest);
    if (r.starts_with("**")) r = std::string(util::trim(std::string_view(r).substr(2)));
    const auto words = words_of(l);
    if (words.empty() || words.size() > 5) return std::nullopt;
    // Inclusive writing (Présent.e.s) is the only punctuation a label holds.
    if (l.find_first_of("!?;,") != std::string::npos || l.ends_with('.')) return std::nullopt;
    return LabelLine{std::string(util::trim(l)), r};
}

std::optional<PeopleLine> people_line(std::string_view text) {
    auto l = label_line(text);
    if (!l) return std::nullopt;
    const std::string s = squeeze(l->label);
    static const std::vector<std::pair<std::string_view, PeopleRole>> labels = {
        {"presentes", PeopleRole::attendees},      {"presents", PeopleRole::attendees},
        {"presentees", PeopleRole::attendees},     {"present", PeopleRole::attendees},
        {"presente", PeopleRole::attendees},       {"participants", PeopleRole::attendees},
        {"participantes", PeopleRole::attendees},  {"participantees", PeopleRole::attendees},
        {"etaientpresents", PeopleRole::attendees}, {"etaientpresentes", PeopleRole::attendees},
        {"presence", PeopleRole::attendees},       {"presences", PeopleRole::attendees},
        {"attendees", PeopleRole::attendees},      {"excuses", PeopleRole::excused},
        {"excusees", PeopleRole::excused},         {"excuse", PeopleRole::excused},
        {"excusee", PeopleRole::excused},          {"excusesexcusees", PeopleRole::excused},
        {"absents", PeopleRole::absent},           {"absentes", PeopleRole::absent},
        {"absent", PeopleRole::absent},            {"absente", PeopleRole::absent},
        {"absentees", PeopleRole::absent},         {"cr", PeopleRole::minute_taker},
        {"compterendu", PeopleRole::minute_taker}, {"redaction", PeopleRole::minute_taker},
        {"redacteur", PeopleRole::minute_taker},   {"redactrice", PeopleRole::minute_taker},
        {"secretairedeseance", PeopleRole::minute_taker}, {"prisedenotes", PeopleRole::minute_taker},
        {"compterendupar", PeopleRole::minute_taker}, {"crpar", PeopleRole::minute_taker},
        {"la", PeopleRole::attendees},             {"pasla", PeopleRole::absent},
        {"personnespresentes", PeopleRole::attendees}, {"personnesexcusees", PeopleRole::excused},
        {"personnesabsentes", PeopleRole::absent}, {"secretaire", PeopleRole::minute_taker},
        {"priseennotes", PeopleRole::minute_taker}};
    for (const auto& [label, role] : labels)
        if (s == label) return PeopleLine{role, l->rest};
    return std::nullopt;
}

std::vector<model::Attendee> split_people(std::string_view text) {
    // Pieces at depth 0, cut at `,`, `;`, `&`, ` et `; a piece ending in `(Org)` gives Org
    // to itself and to the pieces joined to it by `&` or `et` (`A & B (Org)`), not to
    // those before a comma (`Charlotte, Marie, Cécile (BDL)`: only Cécile).
    std::vector<std::pair<std::string, bool>> pieces;  // {piece, joined to the one before by & / et}
    std::string current;
    bool joined = false;
    int depth = 0;
    auto flush = [&](bool next_joined) {
        if (!util::trim(current).empty()) pieces.emplace_back(util::trim(current), joined);
        current.clear();
        joined = next_joined;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (depth == 0 && (c == ',' || c == ';' || c == '&')) {
            flush(c == '&');
            continue;
        }
        if (depth == 0 && (text.substr(i, 4) == " et " || text.substr(i, 4) == " ET ")) {
            flush(true);
            i += 3;
            continue;
        }
        current += c;
    }
    flush(false);
    std::vector<model::Attendee> out;
    std::vector<bool> joined_before;
    for (const auto& [piece, j] : pieces) {
        std::string p = piece;
        if (p.ends_with('.')) p.pop_back();
        model::Attendee a = parse::parse_attendee(p);
        if (a.name.empty()) continue;
        out.push_back(a);
        joined_before.push_back(j);
        if (!a.organisation.empty())
            for (std::size_t k = out.size() - 1; k > 0 && joined_before[k] && out[k - 1].organisation.empty(); --k)
                out[k - 1].organisation = a.organisation;
    }
    return out;
}

std::optional<std::string> agenda_label(std::string_view text) {
    auto l = label_line(text);
    if (!l) return std::nullopt;
    const std::string f = util::fold(l->label);
    if (f == "ordre du jour" || f == "odj" || f == "programme" || f == "agenda" || f == "au programme" ||
        f == "points abordes" || f == "ordre du jour de la reunion")
        return l->rest;
    return std::nullopt;
}

AgendaLine agenda_line(std::string_view text) {
    auto [time, title] = parse::split_agenda_text(util::trim(text));
    if (!time.empty()) {
        auto parsed = util::parse_time_range(time);
        if (auto* r = std::get_if<util::TimeRange>(&parsed))
            return {util::to_iso(r->start) + (r->end ? "-" + util::to_iso(*r->end) : ""), title};
        return {"", std::string(util::trim(text)), false};
    }
    return {"", std::string(util::trim(text))};
}

namespace {

// Where the number of a title is: `N°4`, `n° 3`, `#2`, `numéro 5`, `No 6`, after the start or
// a space and followed by 1 to 4 digits that end a word. {position of the marker, number}.
// (Scanned by hand: std::regex recurses once per character and overflows on long lines.)
std::optional<std::pair<std::size_t, int>> number_marker(std::string_view line) {
    static constexpr std::array<std::string_view, 16> markers = {
        "N\xC2\xB0", "n\xC2\xB0", "N \xC2\xB0", "n \xC2\xB0", "N\xC2\xBA", "n\xC2\xBA", "Numéro", "numéro",
        "num.", "Num.", "#", "No.", "no.", "No", "no", "N."};
    for (std::size_t pos = 0; pos < line.size(); ++pos) {
        if (pos > 0 && line[pos - 1] != ' ') continue;
        for (std::string_view m : markers) {
            if (line.compare(pos, m.size(), m) != 0) continue;
            std::size_t j = pos + m.size();
            while (j < line.size() && line[j] == ' ') ++j;
            std::size_t d = 0;
            while (j + d < line.size() && d < 5 && is_digit(line[j + d])) ++d;
            if (d == 0 || d > 4) continue;
            if (j + d < line.size() && std::isalnum(static_cast<unsigned char>(line[j + d]))) continue;
            return std::pair{pos, std::stoi(std::string(line.substr(j, d)))};
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<TitleLine> title_line(std::string_view text, const model::Config& config) {
    const std::string line(util::trim(text));
    const auto marker = number_marker(line);
    if (!marker) return std::nullopt;
    TitleLine t;
    t.number = marker->second;
    std::string before(util::trim(std::string_view(line).substr(0, marker->first)));
    // "Bureau de l'association Kappa – séance n°5": the name is before the dash.
    for (std::string_view dash : {" \xE2\x80\x93 ", " - ", " \xE2\x80\x94 "})
        if (auto at = before.find(dash); at != std::string::npos && at > 0) before = before.substr(0, at);
    const std::string prefix = util::fold(before);
    for (const auto& s : config.series) {
        const std::string pattern = model::series_name(s);
        if (prefix == pattern || prefix.ends_with(" " + pattern) || prefix == util::fold(s.id)) {
            t.series = s.id;
            return t;
        }
    }
    auto words = words_of(prefix);
    // "Compte rendu du comité de pilotage n°3" → "comite-de-pilotage".
    std::size_t from = 0;
    if (words.size() >= 2 && words[0] == "compte" && words[1] == "rendu") from = 2;
    else if (!words.empty() && (words[0] == "cr" || words[0] == "reunion")) from = 1;
    while (from < words.size() && (words[from] == "du" || words[from] == "de" || words[from] == "la" || words[from] == "l" ||
                                  words[from] == "d" || words[from] == "des"))
        ++from;
    if (from >= words.size()) from = 0;  // "Réunion n°2": the word itself names the series
    for (std::size_t i = from; i < words.size(); ++i) t.series += (t.series.empty() ? "" : "-") + words[i];
    if (t.series.empty()) return std::nullopt;
    return t;
}

std::optional<FoundDate> find_date(std::string_view text, util::Date today) {
    const auto words = words_of(text);
    bool year_written = false;
    auto read = [&](const std::string& candidate) -> std::optional<util::Date> {
        // With a year, the reference does not matter; without, the latest fitting year.
        auto written = util::parse_date(candidate, std::nullopt);
        year_written = std::holds_alternative<util::Date>(written);
        if (year_written) return std::get<util::Date>(written);
        for (int back = 0; back <= 15; ++back) {
            auto ref = util::make_date(today.year - back, 1, 1);
            if (!ref) break;
            auto parsed = util::parse_date(candidate, *ref);
            if (auto* d = std::get_if<util::Date>(&parsed)) {
                if (*d <= today || back == 15) return *d;
                continue;
            }
            if (back == 0) {
                // An error that is not about the year is final.
                auto no_ref = util::parse_date(candidate, std::nullopt);
                if (auto* d = std::get_if<util::Date>(&no_ref)) return *d;
            }
        }
        return std::nullopt;
    };
    for (std::size_t len = std::min<std::size_t>(words.size(), 6); len >= 1; --len)
        for (std::size_t from = 0; from + len <= words.size(); ++from) {
            std::string candidate = trim_punct(join(words, from, from + len));
            if (candidate.empty() || !std::any_of(candidate.begin(), candidate.end(), is_digit)) continue;
            if (auto d = read(candidate))
                return FoundDate{*d, trim_punct(join(words, 0, from)), trim_punct(join(words, from + len, words.size())),
                                 year_written, candidate};
        }
    return std::nullopt;
}

std::string format_line(std::string_view text) {
    std::string f = util::fold(text);
    for (std::string_view filler : {"reunion en ", "en ", "format ", "modalite ", "par "})
        if (f.starts_with(filler)) f = f.substr(filler.size());
    // "Visio matin", "visio après-midi": the half-day said after the format.
    for (std::string_view when : {" matin", " apres midi"})
        if (f.ends_with(when)) f.resize(f.size() - when.size());
    return model::meeting_format(f);
}

std::optional<DepartmentLine> department_line(std::string_view text, const model::Config& config) {
    std::string_view t = util::trim(text);
    std::string label;
    std::string_view rest;
    if (t.starts_with("**")) {
        const auto close = t.find("**", 2);
        if (close == std::string_view::npos) return std::nullopt;
        label = std::string(util::trim(t.substr(2, close - 2)));
        rest = util::trim(t.substr(close + 2));
        const bool colon_inside = label.ends_with(':');
        while (!label.empty() && label.back() == ':') label = std::string(util::trim(label.substr(0, label.size() - 1)));
        if (!rest.starts_with(':')) {
            if (!rest.empty() && !colon_inside) return std::nullopt;
        } else {
            rest = util::trim(rest.substr(1));
        }
    } else {
        const auto colon = t.find(" :");
        const auto colon2 = t.find(": ");
        const auto c = std::min(colon == std::string_view::npos ? t.size() : colon + 1,
                                colon2 == std::string_view::npos ? t.size() : colon2);
        if (c >= t.size()) return std::nullopt;
        label = std::string(util::trim(t.substr(0, c)));
        rest = util::trim(t.substr(c + 1));
    }
    const std::string f = util::fold(label);
    if (label.empty() || (!model::find_department(config, label) && !(f.starts_with("dla ") && f.size() <= 12)))
        return std::nullopt;
    DepartmentLine d;
    d.label = label;
    std::string current;
    int depth = 0;
    for (char c : rest) {
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (c == ';' && depth == 0) {
            if (!util::trim(current).empty()) d.items.emplace_back(util::trim(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!util::trim(current).empty()) d.items.emplace_back(util::trim(current));
    return d;
}

std::vector<std::string> tab_cells(std::string_view line) {
    std::vector<std::string> cells;
    std::size_t pos = 0;
    for (;;) {
        const auto tab = line.find('\t', pos);
        cells.emplace_back(util::trim(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos)));
        if (tab == std::string_view::npos) break;
        pos = tab + 1;
    }
    return cells;
}

std::string cell_markdown(std::string_view cell) {
    // The tags of lists and paragraphs dropped (scanned by hand, for long cells).
    std::string s;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == '<') {
            std::size_t j = i + 1 + (i + 1 < cell.size() && cell[i + 1] == '/');
            std::size_t k = j;
            while (k < cell.size() && std::isalpha(static_cast<unsigned char>(cell[k]))) ++k;
            const std::string name = util::fold(cell.substr(j, k - j));
            const bool known = name == "ul" || name == "ol" || name == "li" || name == "p" || name == "span" || name == "div";
            if (known && k < cell.size() && (cell[k] == '>' || cell[k] == ' ')) {
                const auto close = cell.find('>', k);
                if (close != std::string_view::npos) {
                    s += ' ';
                    i = close;
                    continue;
                }
            }
        }
        s += cell[i];
    }
    std::string out;
    const std::string bullet = "\xE2\x80\xA2";  // •
    for (const auto& piece : util::split_trimmed(s, bullet)) {
        if (!out.empty()) out += "<br>" + bullet + " ";
        else if (util::trim(s).starts_with(bullet)) out += bullet + " ";
        out += piece;
    }
    // One space between words, `|` escaped.
    std::string clean;
    for (char c : out) {
        if (c == ' ' && !clean.empty() && clean.back() == ' ') continue;
        if (c == '|') clean += '\\';
        clean += c;
    }
    return escape_stray_stars(clean_text(util::trim(clean)));
}

std::string clean_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '^' && i + 1 < text.size() && text[i + 1] == '{') {
            const auto close = text.find('}', i + 2);
            const auto inner = close == std::string_view::npos ? std::string_view() : text.substr(i + 2, close - i - 2);
            if (!inner.empty() && inner.size() <= 6 && inner.find('{') == std::string_view::npos) {
                out += inner;
                i = close;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string escape_stray_stars(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '*' && !(i > 0 && text[i - 1] == '\\')) {
            const char prev = i > 0 ? text[i - 1] : '\0';
            const char next = i + 1 < text.size() ? text[i + 1] : '\0';
            if (prev != '*' && next != '*' && (is_digit(prev) || is_digit(next) || (prev == ' ' && next == ' '))) {
                out += "\\*";
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool closing_line(std::string_view text) {
    const std::string f = util::fold(text);
    for (std::string_view c : {"merci de votre attention", "merci pour votre attention", "merci a tous", "merci a toutes",
                               "merci a toutes et a tous", "merci a tous et a toutes", "fin de la reunion", "fin du compte rendu",
                               "thank you for your attention", "bonne journee", "a bientot"})
        if (f == c) return true;
    return false;
}

}  // namespace dla::parse::legacy
