#include "dla/parse/legacy.hpp"

#include <algorithm>
#include <unordered_set>

#include "dla/model/series.hpp"
#include "dla/parse/body.hpp"
#include "dla/parse/legacy_front_matter.hpp"
#include "dla/util/text.hpp"

namespace dla::parse::legacy {

namespace {

using Kind = Block::Kind;

bool blank(std::string_view line) { return util::trim(line).empty(); }


bool has_lowercase(std::string_view text) {
    for (char c : text)
        if (std::islower(static_cast<unsigned char>(c))) return true;
    // Accented lowercase letters (é, è, à…) are two bytes starting with 0xC3 0xA0..0xBF.
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) == 0xC3 && static_cast<unsigned char>(text[i + 1]) >= 0xA0) return true;
    return util::fold(text).empty();  // no letter at all
}

// Section titles that hold actions written `Owner : task`.
bool actions_title(std::string_view text) {
    const std::string f = util::fold(text);
    return f == "actions" || f == "actions a mener" || f == "a faire" || f == "taches" || f == "prochaines actions" ||
           f == "suites a donner" || f == "releve des actions" || f == "next steps" || f == "prochaines etapes";
}

// `Owner : task` where the owner is one to four capitalised words.
std::optional<std::pair<std::string, std::string>> owner_task(std::string_view text) {
    const auto colon = text.find(" : ") != std::string_view::npos ? text.find(" : ") : text.find(": ");
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    const std::string owner(util::trim(text.substr(0, colon)));
    const std::string task(util::trim(text.substr(text.find(':', colon) + 1)));
    const auto words = util::split_trimmed(owner, " ");
    if (words.empty() || words.size() > 4 || task.empty()) return std::nullopt;
    for (const auto& w : words) {
        const auto c = static_cast<unsigned char>(w[0]);
        if (!(std::isupper(c) || c == 0xC3 || std::isdigit(c))) return std::nullopt;
    }
    return std::pair{owner, task};
}

// A line Markdown would read as a heading (`#` to `######`, then a space or the end):
// escaped when kept as text. `#+TBLFM:` (org-mode) or `#hashtag` are not headings.
bool atx_heading(std::string_view md) {
    const auto hashes = md.find_first_not_of('#');
    return hashes >= 1 && hashes <= 6 && (hashes == std::string_view::npos || md[hashes] == ' ' || md[hashes] == '\t');
}

// `## 14 Décembre 2022`, `### Mardi 3 mars 2020`: a heading that is a date and nothing else.
bool date_heading(std::string_view t) {
    if (!t.starts_with('#')) return false;
    const auto d = find_date(t.substr(t.find_first_not_of('#')), util::Date{2100, 1, 1});
    return d && d->year_written && d->before.empty() && d->after.empty();
}

// `AXE 1 : Sensibiliser`, `Action 4 : sessions collectives`: a numbered part of a slide.
bool numbered_part(std::string_view t) {
    const auto words = util::split_trimmed(t, " ");
    return words.size() >= 4 && words[2] == ":" && std::isupper(static_cast<unsigned char>(words[0][0])) && words[1].size() <= 2 &&
           std::all_of(words[1].begin(), words[1].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
           !t.ends_with('.');
}

// A line that only names people: `Marc Lefort, Léna Dubois (Org)`, no label, no sentence.
bool names_only(std::string_view text) {
    if (text.find(':') != std::string_view::npos || text.ends_with('.') || text.ends_with('*')) return false;
    for (const auto& a : split_people(text))
        if (util::split_trimmed(a.name, " ").size() > 4) return false;
    return true;
}

class Reader {
public:
    Reader(std::string_view text, const model::Config& config, const ImportOptions& options)
        : m_config(config), m_options(options) {
        std::size_t pos = 0;
        while (pos < text.size()) {
            auto nl = text.find('\n', pos);
            if (nl == std::string_view::npos) nl = text.size();
            m_lines.push_back(clean_text(text.substr(pos, nl - pos)));
            pos = nl + 1;
        }
        m_out.date = options.date;
        underlined_headings();
        // The document's own front matter: its title and date read, its other keys kept.
        if (auto fm = source_front_matter(m_lines)) {
            for (std::size_t k = 0; k < fm->lines; ++k) m_lines[k].clear();
            if (fm->date && !options.date) m_out.date = fm->date;
            if (!fm->title.empty()) {
                m_out.title = fm->title;
                m_title_found = true;
                if (auto tl = title_line(fm->title, config)) {
                    m_out.series = tl->series;
                    m_out.number = tl->number;
                }
                if (!m_out.date)
                    if (auto d = find_date(fm->title, options.today)) take_date(*d);
            }
            m_out.front_matter_kept = std::move(fm->kept);
        }
        // The closing formulas are the last non-blank lines, found once (not per line).
        m_closing_start = m_lines.size();
        for (std::size_t k = m_lines.size(); k-- > 0;) {
            if (blank(m_lines[k])) continue;
            if (!closing_line(m_lines[k])) break;
            m_closing_start = k;
        }
    }

    LegacyMinutes read();

private:
    // RST and setext headings (`Actions` over `-------`, a title between two `=====`)
    // written `#`/`##`; a thematic break (`---` after a blank line) made blank. The lines
    // of marks hold no word: nothing is lost.
    void underlined_headings() {
        auto marks = [](std::string_view l) {
            l = util::trim(l);
            return l.size() >= 3 && std::string_view("=-~^*+#_").find(l[0]) != std::string_view::npos &&
                   l.find_first_not_of(l[0]) == std::string_view::npos;
        };
        const std::size_t from = source_front_matter(m_lines) ? source_front_matter(m_lines)->lines : 0;
        for (std::size_t k = from; k < m_lines.size(); ++k) {
            if (!marks(m_lines[k])) continue;
            const bool text_above = k > from && !blank(m_lines[k - 1]) && !marks(m_lines[k - 1]) && !shape(m_lines[k - 1]).bullet &&
                                    m_lines[k - 1].find('\t') == std::string::npos && !util::trim(m_lines[k - 1]).starts_with('#');
            if (text_above) {
                const bool over = k >= 2 + from && marks(m_lines[k - 2]) && util::trim(m_lines[k - 2])[0] == util::trim(m_lines[k])[0];
                const bool title = over || util::trim(m_lines[k])[0] == '=';
                m_lines[k - 1] = (title ? "# " : "## ") + std::string(util::trim(m_lines[k - 1]));
                if (over) m_lines[k - 2].clear();
                m_lines[k].clear();
            } else if (util::trim(m_lines[k])[0] != '#' && (k == from || blank(m_lines[k - 1]) || k + 1 == m_lines.size() || blank(m_lines[k + 1]))) {
                // An overline is cleared with its underline, above; a rule alone goes.
                if (k + 2 < m_lines.size() && !blank(m_lines[k + 1]) && marks(m_lines[k + 2])) continue;
                m_lines[k].clear();
            }
        }
    }
    // A date read in the text; without a year, the year of the file name or path, else
    // marked guessed (the command refuses it: a year is never invented).
    void take_date(const FoundDate& d) {
        m_out.date = d.date;
        if (d.year_written) return;
        if (m_options.year) m_out.date = util::make_date(*m_options.year, d.date.month, d.date.day);
        else m_out.year_guessed = true;
    }
    [[nodiscard]] std::optional<std::size_t> next_nonblank(std::size_t i) const {
        for (std::size_t k = i + 1; k < m_lines.size(); ++k)
            if (!blank(m_lines[k])) return k;
        return std::nullopt;
    }
    [[nodiscard]] bool is_heading(std::size_t i) const;
    [[nodiscard]] bool closing_from(std::size_t i) const;
    void start_section(std::string title, int line);
    bool structure_line(std::size_t i);
    void preamble_line(std::size_t i);
    void body_line(std::size_t i);
    [[nodiscard]] bool known_person(std::string_view name) const;
    void prose_line(std::size_t i, const std::string& text);
    [[nodiscard]] std::optional<std::string> action_item(const LineShape& sh, bool in_actions) const;
    void news_line(std::size_t i, const LineShape& sh);
    void events_line(std::size_t i, const LineShape& sh);
    std::size_t table_block(std::size_t i);
    void add_paragraph(std::size_t i, std::string text, bool warn);
    void add_block(Block b);
    void keep_line(std::size_t i);
    void finish_preamble();

    const model::Config& m_config;
    const ImportOptions& m_options;
    std::vector<std::string> m_lines;
    std::size_t m_closing_start = 0;  // the first line of the closing formulas at the end
    mutable std::unordered_set<std::string> m_agenda_folded;  // the agenda's titles, folded, as read so far
    mutable std::size_t m_agenda_read = 0;
    LegacyMinutes m_out;

    bool m_in_body = false;
    bool m_after_blank = true;
    enum class Mode { none, people, agenda, actions } m_mode = Mode::none;
    PeopleRole m_people_role = PeopleRole::attendees;
    bool m_people_list_follows = false;  // the people label stood alone: a list follows
    SectionKind m_kind = SectionKind::other;
    bool m_actions_section = false;
    std::vector<std::string> m_part_words;  // `AXE`, `Action`: the words of numbered parts met in the section
    std::optional<std::size_t> m_pipe_dates;  // the Date column of the Markdown table being read in an events section
    // Preamble lines not read as structure: before or after the title.
    struct Loose {
        std::size_t index;
        bool after_title;
        bool before_structure;
        bool said = false;  // kept and said, whatever its place (never the title or theme)
    };
    std::vector<Loose> m_loose;
    bool m_structure_seen = false;
    bool m_people_or_agenda_seen = false;
    bool m_title_found = false;
    std::vector<std::string> m_seen_titles;
    std::vector<Section> m_closing;
    std::vector<Block> m_decisions;  // decisions said in prose, for a « Décisions » section
};

bool Reader::is_heading(std::size_t i) const {
    const std::string_view t = util::trim(m_lines[i]);
    if (people_line(t) || agenda_label(t)) return false;
    if (t.starts_with("# ") || t.starts_with("## ")) return true;
    if (t.empty() || m_lines[i].find('\t') != std::string::npos) return false;
    const LineShape sh = shape(m_lines[i]);
    if (sh.bullet || sh.indent > 0 || closing_line(t) || (m_in_body && m_kind == SectionKind::other && numbered_part(t))) return false;
    const bool standalone = (i == 0 || blank(m_lines[i - 1])) && (i + 1 == m_lines.size() || blank(m_lines[i + 1]));
    if (!standalone || util::split_trimmed(t, " ").size() > 16 || t.size() > 160) return false;
    if (people_line(t) || agenda_label(t)) return false;
    if (parse::section_kind(t, m_config) != SectionKind::other || actions_title(t)) return true;
    const char last = t.back();
    if (last == ':' || last == '.' || last == ',' || last == ';') return false;
    // The title of an agenda item opens its section.
    for (; m_agenda_read < m_out.agenda.size(); ++m_agenda_read) m_agenda_folded.insert(util::fold(m_out.agenda[m_agenda_read].title));
    if (m_agenda_folded.count(util::fold(t))) return true;
    if (title_line(t, m_config) && !m_in_body) return false;
    if (auto next = next_nonblank(i)) {
        const LineShape n = shape(m_lines[*next]);
        if ((n.bullet && n.indent == 0) || m_lines[*next].find('\t') != std::string::npos) return true;
    }
    // After the attendees or the agenda, a short line standing alone before a paragraph
    // opens the body.
    if (!m_in_body && m_people_or_agenda_seen && t.find(" : ") == std::string_view::npos &&
        util::split_trimmed(t, " ").size() <= 8 && next_nonblank(i))
        return true;
    // A line in capitals, in the body, is a slide title.
    return m_in_body && !has_lowercase(t) && util::split_trimmed(t, " ").size() >= 3;
}

bool Reader::closing_from(std::size_t i) const { return i >= m_closing_start && closing_line(m_lines[i]); }

void Reader::start_section(std::string title, int line) {
    m_in_body = true;
    m_mode = Mode::none;
    m_kind = parse::section_kind(title, m_config);
    m_actions_section = actions_title(title);
    m_part_words.clear();
    const std::string f = util::fold(title);
    // The same title on the next slide continues the section, unless that section ended
    // under a part of its own (`#### Action 4 : …`): the next slide's lines would land
    // under it, so it opens « … (suite) ». (A news section's `### DLA 59` are no such parts.)
    if (!m_out.sections.empty() && util::fold(m_out.sections.back().title) == f) {
        const auto& blocks = m_out.sections.back().blocks;
        if (m_kind != SectionKind::other || std::none_of(blocks.begin(), blocks.end(), [](const Block& b) { return b.kind == Kind::heading; }))
            return;
    }
    if (std::find(m_seen_titles.begin(), m_seen_titles.end(), f) != m_seen_titles.end()) title += " (suite)";
    m_seen_titles.push_back(f);
    m_out.sections.push_back(Section{title, {}, line});
}

void Reader::add_block(Block b) {
    if (m_out.sections.empty()) m_out.sections.push_back(Section{"", {}, b.line});
    m_out.sections.back().blocks.push_back(std::move(b));
}

void Reader::add_paragraph(std::size_t i, std::string text, bool warn) {
    const int line = static_cast<int>(i + 1);
    if (warn) m_out.kept.push_back({line, std::string(util::trim(m_lines[i]))});
    std::string md = escape_stray_stars(text);
    if (md.starts_with("+ ")) md = "\\" + md;
    if (atx_heading(md)) md = "\\" + md;
    auto& blocks = m_out.sections.empty() ? m_out.sections.emplace_back().blocks : m_out.sections.back().blocks;
    if (!m_after_blank && !blocks.empty() && blocks.back().kind == Kind::paragraph) {
        blocks.back().text += "\n" + md;
        return;
    }
    add_block(Block{Kind::paragraph, 0, md, {}, line});
}

// A line that could not be read where it stands: kept as text, and said.
void Reader::keep_line(std::size_t i) {
    if (m_in_body) {
        m_after_blank = true;
        add_paragraph(i, shape(m_lines[i]).bullet ? std::string(util::trim(m_lines[i])) : shape(m_lines[i]).text, true);
        m_after_blank = true;
    } else {
        m_loose.push_back({i, m_title_found, false, true});
    }
}

// People and agenda lines, wherever they stand. True when the line was one.
bool Reader::structure_line(std::size_t i) {
    const LineShape sh = shape(m_lines[i]);
    if (auto p = people_line(sh.text); p && !(p->role == PeopleRole::minute_taker && p->rest.empty())) {
        m_structure_seen = m_people_or_agenda_seen = true;
        m_mode = Mode::people;
        m_people_role = p->role;
        m_people_list_follows = p->rest.empty();
        if (!p->rest.empty()) {
            auto people = split_people(p->rest);
            for (auto& person : people) person.line = static_cast<int>(i + 1);
            switch (p->role) {
            case PeopleRole::attendees: m_out.attendees.insert(m_out.attendees.end(), people.begin(), people.end()); break;
            case PeopleRole::excused: m_out.excused.insert(m_out.excused.end(), people.begin(), people.end()); break;
            case PeopleRole::absent: m_out.absent.insert(m_out.absent.end(), people.begin(), people.end()); break;
            case PeopleRole::minute_taker:
                if (!people.empty() && !m_out.minute_taker) m_out.minute_taker = people.front();
                break;
            }
        }
        return true;
    }
    if (auto rest = agenda_label(sh.text)) {
        m_structure_seen = m_people_or_agenda_seen = true;
        m_mode = Mode::agenda;
        std::vector<AgendaLine> items;
        for (const auto& piece : util::split_trimmed(*rest, ";")) {
            std::string p = piece;
            if (p.ends_with('.')) p.pop_back();
            const LineShape ps = shape(p);  // "1. Budget ; 2. Calendrier"
            items.push_back(agenda_line(ps.text));
        }
        if (std::all_of(items.begin(), items.end(), [](const AgendaLine& a) { return a.readable; }))
            m_out.agenda.insert(m_out.agenda.end(), items.begin(), items.end());
        else
            keep_line(i);
        return true;
    }
    // The lines of a list of people: bullets after a label alone, or names on the lines
    // right after it; never a line with a label of its own or a sentence.
    if (m_mode == Mode::people && (sh.bullet ? (m_people_list_follows || !m_after_blank) : !m_after_blank && names_only(sh.text))) {
        PeopleRole role = m_people_role;
        if (sh.task == 'x') role = PeopleRole::attendees;
        else if (sh.task == ' ') role = PeopleRole::absent;
        auto people = split_people(sh.text);
        for (auto& person : people) person.line = static_cast<int>(i + 1);
        auto& into = role == PeopleRole::excused ? m_out.excused : role == PeopleRole::absent ? m_out.absent : m_out.attendees;
        if (role == PeopleRole::minute_taker) {
            if (!people.empty() && !m_out.minute_taker) m_out.minute_taker = people.front();
        } else {
            into.insert(into.end(), people.begin(), people.end());
        }
        return true;
    }
    if (m_mode == Mode::agenda && (sh.bullet || !m_after_blank)) {
        // A time that does not exist would make the front matter wrong: the line stays text.
        if (auto a = agenda_line(sh.text); a.readable) m_out.agenda.push_back(a);
        else keep_line(i);
        return true;
    }
    return false;
}

void Reader::preamble_line(std::size_t i) {
    std::string t(util::trim(m_lines[i]));
    while (t.starts_with('#')) t = std::string(util::trim(std::string_view(t).substr(1)));
    if (!m_title_found) {
        if (auto tl = title_line(t, m_config)) {
            m_out.title = t;
            m_out.series = tl->series;
            m_out.number = tl->number;
            m_title_found = true;
            if (!m_out.date)
                if (auto d = find_date(t, m_options.today)) take_date(*d);
            return;
        }
    }
    if (auto l = label_line(t); l && !l->rest.empty()) {
        const std::string f = util::fold(l->label);
        if (f == "lieu" || f == "adresse" || f == "location") {
            m_out.location = l->rest;
            m_structure_seen = true;
            return;
        }
        if (f == "theme" || f == "objet" || f == "sujet" || f == "thematique") {
            m_out.theme = l->rest;
            m_structure_seen = true;
            return;
        }
        if (f == "format" || f == "modalite") {
            if (auto fm = format_line(l->rest); !fm.empty() && m_out.format.empty()) {
                m_out.format = fm;
                m_structure_seen = true;
                return;
            }
        }
        if (f == "horaire" || f == "horaires" || f == "heure") {
            auto parsed = util::parse_time_range(l->rest);
            if (auto* r = std::get_if<util::TimeRange>(&parsed)) {
                m_out.time = util::to_iso(r->start);
                m_structure_seen = true;
                return;
            }
        }
    }
    if (auto fm = format_line(t); !fm.empty() && m_out.format.empty()) {
        m_out.format = fm;
        m_structure_seen = true;
        return;
    }
    if (!m_out.date) {
        if (auto d = find_date(t, m_options.today)) {
            // What stands around the date: a label, a weekday, the format.
            std::string around = util::fold(d->before + " " + d->after);
            for (std::string_view w : {"date", "reunion du", "reunion", "seance du", "le", "du", "en"}) {
                if (around.starts_with(w) && (around.size() == w.size() || around[w.size()] == ' '))
                    around = std::string(util::trim(std::string_view(around).substr(w.size())));
            }
            if (auto fm = format_line(around); !fm.empty() && m_out.format.empty()) {
                m_out.format = fm;
                around.clear();
            }
            take_date(*d);
            m_structure_seen = true;
            // `# Réunion du 3 mars 2020`: a heading is the title, whatever it says besides the date.
            const bool heading_line = util::trim(m_lines[i]).starts_with("# ");
            if (around.empty() && !(heading_line && !m_title_found)) return;
            if (!m_title_found) {
                m_out.title = t;
                m_title_found = true;
                return;
            }
        }
    }
    m_loose.push_back({i, m_title_found, !m_structure_seen});
}

void Reader::news_line(std::size_t i, const LineShape& sh) {
    const int line = static_cast<int>(i + 1);
    if (sh.indent == 0)
        if (auto d = department_line(sh.text, m_config)) {
            add_block(Block{Kind::heading, 3, d->label, {}, line});
            for (const auto& item : d->items) add_block(Block{Kind::bullet, 0, escape_stray_stars(item), {}, line});
            return;
        }
    auto& blocks = m_out.sections.back().blocks;
    if (sh.bullet && sh.indent > 0 && !blocks.empty() && blocks.back().kind == Kind::bullet) {
        add_block(Block{Kind::bullet, 1, escape_stray_stars(sh.text), {}, line});
        return;
    }
    // Not a department's news: kept as a paragraph after the subsections, said.
    const bool continues = !m_after_blank && !blocks.empty() && blocks.back().kind == Kind::paragraph;
    if (continues) {
        add_paragraph(i, sh.text, false);
        return;
    }
    m_after_blank = true;
    add_paragraph(i, sh.text, true);
}

void Reader::events_line(std::size_t i, const LineShape& sh) {
    const int line = static_cast<int>(i + 1);
    // A Markdown table already: kept when its header has a Date column, else escaped.
    if (const std::string_view t = util::trim(m_lines[i]); t.starts_with('|')) {
        const auto& blocks = m_out.sections.back().blocks;
        const bool continues = !m_after_blank && !blocks.empty() && blocks.back().kind == Kind::paragraph &&
                               blocks.back().text.starts_with('|');
        const auto cells = util::split_trimmed(t.substr(1), "|");
        if (!continues) {
            m_pipe_dates.reset();
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (util::fold(cells[c]) == "date" || util::fold(cells[c]) == "dates") m_pipe_dates = c;
        } else if (m_pipe_dates && *m_pipe_dates < cells.size() && cells[*m_pipe_dates].find_first_not_of("-: ") != std::string::npos &&
                   !std::holds_alternative<util::DateRange>(util::parse_date_range(cells[*m_pipe_dates], m_out.date))) {
            m_pipe_dates.reset();  // a date that does not read ends the table
        }
        if (m_pipe_dates) {
            add_paragraph(i, std::string(t), false);
            return;
        }
        m_after_blank = true;
        add_paragraph(i, "\\" + std::string(t), true);
        return;
    }
    // `- 14/05/2024 : Sujet` → a row of a Date | Sujet table.
    if (sh.bullet) {
        const auto colon = sh.text.find(" : ") != std::string::npos ? sh.text.find(" : ") : sh.text.find(" \xE2\x80\x93 ");
        if (colon != std::string::npos) {
            const std::string date_text(util::trim(std::string_view(sh.text).substr(0, colon)));
            const std::string subject(util::trim(std::string_view(sh.text).substr(sh.text.find(' ', colon + 1) + 1)));
            auto parsed = util::parse_date_range(date_text, m_out.date);
            if (std::holds_alternative<util::DateRange>(parsed)) {
                auto& blocks = m_out.sections.back().blocks;
                if (blocks.empty() || blocks.back().kind != Kind::table || blocks.back().rows.front().size() != 2)
                    add_block(Block{Kind::table, 0, "", {{"Date", "Sujet"}}, line});
                m_out.sections.back().blocks.back().rows.push_back({cell_markdown(date_text), cell_markdown(subject)});
                return;
            }
        }
    }
    m_after_blank = true;
    add_paragraph(i, sh.bullet ? "- " + sh.text : sh.text, true);
}

// The tab-separated lines from `i` on as a table (or as cells with their own titles);
// one row is not a table: kept as text, and said. Returns the index of the last line used.
std::size_t Reader::table_block(std::size_t i) {
    std::size_t end = i;
    while (end + 1 < m_lines.size() && m_lines[end + 1].find('\t') != std::string::npos) ++end;
    const std::vector<std::string> rows(m_lines.begin() + static_cast<long>(i), m_lines.begin() + static_cast<long>(end) + 1);
    if (auto blocks = table_blocks(rows, static_cast<int>(i + 1))) {
        for (auto& b : *blocks) add_block(std::move(b));
        return end;
    }
    for (std::size_t k = i; k <= end; ++k) {
        m_after_blank = true;
        add_paragraph(k, tabs_to_spaces(m_lines[k]), true);
    }
    return end;
}

// A person of the document: in the directory (name or alias), or an attendee (full name
// or first name).
bool Reader::known_person(std::string_view name) const {
    const std::string f = util::fold(name);
    if (f.empty()) return false;
    if (m_config.index.people.contains(f)) return true;
    for (const auto& p : m_config.people) {
        if (util::fold(p.name) == f) return true;
        for (const auto& a : p.aliases)
            if (util::fold(a) == f) return true;
    }
    for (const auto* list : {&m_out.attendees, &m_out.excused, &m_out.absent})
        for (const auto& a : *list) {
            const std::string n = util::fold(a.name);
            if (n == f || n.starts_with(f + " ")) return true;
        }
    return false;
}

namespace {

// Words after a name that make a sentence about the person, not a task.
bool task_verb(std::string_view word) {
    static const std::unordered_set<std::string> not_tasks = {
        "est", "a", "et", "ou", "n", "ne", "etait", "sera", "avait", "aura", "dit", "pense", "nous", "se", "s", "y", "en", "le", "la", "les", "de", "du", "des"};
    if (word.empty() || std::isupper(static_cast<unsigned char>(word[0])) || static_cast<unsigned char>(word[0]) == 0xC3) return false;
    if (std::isdigit(static_cast<unsigned char>(word[0]))) return false;
    std::string f = util::fold(word);
    if (auto q = f.find_first_of(" '"); q != std::string::npos) f = f.substr(0, q);
    return !f.empty() && !not_tasks.contains(f);
}

std::string strip_prefix(std::string_view text, std::string_view prefix) {
    return std::string(util::trim(text.substr(prefix.size())));
}

}  // namespace

// A task of the document, as the text of a `- [ ]` item with its owner, when the owner is
// a person of the document: `Nom : tâche` (any owner in an actions section), `@nom: tâche`,
// `TODO: …` / `À faire : …`, `Marc prépare…` (a person then a verb), `tâche (mat)`.
// ✅ before, `→ fait` or `(fait)` after: done.
std::optional<std::string> Reader::action_item(const LineShape& sh, bool in_actions) const {
    if (sh.numbered || m_kind == SectionKind::news || m_kind == SectionKind::events) return std::nullopt;
    std::string text = sh.text;
    bool done = sh.task == 'x';
    for (std::string_view check : {"\xE2\x9C\x85", "\xE2\x9C\x94\xEF\xB8\x8F", "\xE2\x9C\x94", "\xE2\x98\x91"})  // ✅ ✔️ ✔ ☑
        if (text.starts_with(check)) {
            text = strip_prefix(text, check);
            done = true;
        }
    const std::string f = util::fold(text);
    if (f.ends_with(" fait") && (text.find("\xE2\x86\x92 fait") != std::string::npos || text.ends_with("(fait)") ||
                                 text.ends_with("(faite)") || f.ends_with(" : fait")))
        done = true;
    if (text.ends_with("(fait)") || text.ends_with("(faite)")) done = true;
    bool labelled = in_actions;
    for (std::string_view label : {"TODO:", "TODO :", "TODO", "A faire :", "À faire :", "A faire:", "À faire:"})
        if (text.starts_with(label) && text.size() > label.size() && (label.back() != 'O' || text[label.size()] == ' ')) {
            text = strip_prefix(text, label);
            labelled = true;
            break;
        }
    const std::string box = std::string("[") + (done ? "x" : " ") + "] ";
    auto with_owner = [&](const std::string& owner, const std::string& task) {
        const bool one_word = owner.find(' ') == std::string::npos;
        return box + (one_word ? "@" + owner : "[owner:: " + owner + "]") + " " + escape_stray_stars(task);
    };
    // `@lena: créer le ticket`, `@lena créer le ticket`
    if (text.starts_with('@')) {
        const auto end = text.find_first_of(" :", 1);
        const std::string who = text.substr(1, end == std::string::npos ? std::string::npos : end - 1);
        if (end != std::string::npos && known_person(who)) {
            std::string task(util::trim(std::string_view(text).substr(end)));
            if (task.starts_with(':')) task = std::string(util::trim(std::string_view(task).substr(1)));
            if (!task.empty()) return with_owner(who, task);
        }
    }
    // `Nom : tâche` (`Équipe comm : …` when the directory names it)
    if (auto ot = owner_task(text); ot && (labelled || known_person(ot->first))) return with_owner(ot->first, ot->second);
    if (const auto colon = text.find(" : "); colon != std::string::npos && colon > 0 && known_person(text.substr(0, colon)))
        return with_owner(text.substr(0, colon), std::string(util::trim(std::string_view(text).substr(colon + 3))));
    // `tâche (mat)`
    if (sh.bullet && text.ends_with(')')) {
        const auto open = text.rfind('(');
        const std::string who = open == std::string::npos ? "" : text.substr(open + 1, text.size() - open - 2);
        if (open != std::string::npos && open > 0 && known_person(who))
            return box + escape_stray_stars(std::string(util::trim(std::string_view(text).substr(0, open)))) + " [owner:: " + who + "]";
    }
    // `Marc prépare un sondage…`: one or two words naming a person, then a verb.
    const auto words = util::split_trimmed(text, " ");
    for (std::size_t n = 1; n <= 2 && n < words.size(); ++n) {
        std::string who = words[0];
        for (std::size_t k = 1; k < n; ++k) who += " " + words[k];
        if (known_person(who) && task_verb(words[n])) return box + "[owner:: " + who + "] " + escape_stray_stars(text);
    }
    if (labelled && text != sh.text) return box + escape_stray_stars(text);
    return std::nullopt;
}

namespace {

// « Il est décidé de… », « Le CA valide… à l'unanimité », « Décision : … »: the decision
// (after its label), or empty.
std::string decision_in(const std::string& text) {
    if (auto l = label_line(text); l && !l->rest.empty()) {
        const std::string label = util::fold(l->label);
        if (label == "decision" || label == "decisions" || label == "decide" || label == "decidee" || label == "releve de decision")
            return l->rest;
    }
    const std::string f = util::fold(text);
    for (std::string_view start : {"il est decide", "il a ete decide", "nous decidons", "il est acte", "il a ete acte"})
        if (f.starts_with(start)) return text;
    const auto words = util::split_trimmed(f, " ");
    // `Le CA valide…`, `Le bureau décide…`, `L'assemblée adopte…`: a subject of at most three words, then the verb.
    for (std::size_t k = 1; k < words.size() && k <= 3; ++k)
        if (words[k] == "valide" || words[k] == "decide" || words[k] == "adopte" || words[k] == "approuve" || words[k] == "vote")
            return words[0] == "le" || words[0] == "la" || words[0] == "l" || words[0] == "les" ? text : "";
    if (f.find("a l unanimite") != std::string::npos && (f.find(" adopte") != std::string::npos || f.find(" approuve") != std::string::npos ||
                                                         f.find(" vote") != std::string::npos))
        return text;
    return "";
}

// « Prochaine réunion », « Prochain CA », « Rappel des prochaines dates »: a text about the next meetings.
bool next_meeting_words(std::string_view text) {
    const std::string f = util::fold(text);
    for (std::string_view w : {"prochaine reunion", "prochain ca", "prochaine seance", "prochain bureau", "prochaine rencontre",
                               "prochaines dates", "prochaine date", "prochaines reunions", "prochain comite", "prochaine ag"})
        if (f.find(w) != std::string::npos) return true;
    return false;
}

}  // namespace

// A line of prose in the body: a decision is also listed for « Décisions », a date to
// come under « Prochaine réunion » becomes an event. The line itself is read as usual.
void Reader::prose_line(std::size_t i, const std::string& text) {
    const int line = static_cast<int>(i + 1);
    if (m_kind == SectionKind::other || m_kind == SectionKind::followup)
        if (auto d = decision_in(text); !d.empty()) m_decisions.push_back(Block{Kind::bullet, 0, escape_stray_stars(d), {}, line});
    const bool about_next = next_meeting_words(text) || (!m_out.sections.empty() && next_meeting_words(m_out.sections.back().title));
    if (!about_next || m_kind == SectionKind::events || !m_out.date) return;
    auto found = find_date(text, m_options.today);
    if (!found) return;
    auto parsed = util::parse_date(found->text, *m_out.date);
    auto* date = std::get_if<util::Date>(&parsed);
    if (!date || *date <= *m_out.date) return;
    LegacyMinutes::Event e{*date, "", "", line};
    // `à 18h00`, `18h30`: the time after the date.
    for (const auto& w : util::split_trimmed(found->after, " ")) {
        auto t = util::parse_time_range(w);
        if (auto* r = std::get_if<util::TimeRange>(&t); r && std::isdigit(static_cast<unsigned char>(w[0]))) {
            e.time = util::to_iso(r->start);
            break;
        }
    }
    // The subject: `Prochaine réunion` before the date, else what follows it (`vœux aux
    // adhérents`), else the section's title (`Prochain CA`).
    std::string subject = found->before;
    for (std::string_view cut : {" le", " du", " :"})
        if (subject.ends_with(cut)) subject.resize(subject.size() - cut.size());
    if (!next_meeting_words(subject)) subject = found->after;
    const std::string fs = util::fold(subject);
    if (subject.empty() || fs.starts_with("a ") || std::isdigit(static_cast<unsigned char>(fs[0]))) subject = m_out.sections.back().title;
    e.subject = subject;
    m_out.events.push_back(std::move(e));
}

void Reader::body_line(std::size_t i) {
    const LineShape sh = shape(m_lines[i]);
    const int line = static_cast<int>(i + 1);
    if (m_kind == SectionKind::news && m_lines[i].find('\t') == std::string::npos) return news_line(i, sh);
    if (m_kind == SectionKind::events && m_lines[i].find('\t') == std::string::npos) return events_line(i, sh);
    const std::string_view t = util::trim(m_lines[i]);
    prose_line(i, sh.text);
    if (t.starts_with("### ") || t.starts_with("#### ")) {
        const int level = t.starts_with("### ") ? 3 : 4;
        add_block(Block{Kind::heading, level, std::string(util::trim(t.substr(level))), {}, line});
        return;
    }
    if (!sh.bullet && !sh.indent) {
        if (auto l = label_line(t); l && l->rest.empty() && actions_title(l->label)) {
            m_mode = Mode::actions;
            add_paragraph(i, std::string(t), false);
            return;
        }
    }
    if (auto item = action_item(sh, (m_actions_section || m_mode == Mode::actions) && (sh.bullet || m_actions_section))) {
        add_block(Block{Kind::bullet, 0, *item, {}, line});
        return;
    }
    const bool standalone = (i == 0 || blank(m_lines[i - 1])) && (i + 1 == m_lines.size() || blank(m_lines[i + 1]));
    if (!sh.bullet && standalone && m_kind == SectionKind::other && m_mode != Mode::actions) {
        // `AXE 1 : Sensibiliser`, `Action 4 : sessions collectives`: numbered parts of a
        // slide, ### for the first word met in the section, #### for the next.
        const auto words = util::split_trimmed(t, " ");
        if (numbered_part(t)) {
            const std::string key = util::fold(words[0]);
            auto it = std::find(m_part_words.begin(), m_part_words.end(), key);
            if (it == m_part_words.end()) it = m_part_words.insert(m_part_words.end(), key);
            add_block(Block{Kind::heading, std::min(4, 3 + static_cast<int>(it - m_part_words.begin())), std::string(t), {}, line});
            return;
        }
        // `Format : interventions…`, `Contenus :`: a short label, in bold.
        if (auto l = label_line(t); l && t.find(':') != std::string_view::npos && t.find(':') == t.rfind(':') && util::split_trimmed(l->label, " ").size() <= 3 &&
                                    (std::isupper(static_cast<unsigned char>(l->label[0])) || static_cast<unsigned char>(l->label[0]) == 0xC3)) {
            add_paragraph(i, "**" + l->label + " :**" + (l->rest.empty() ? "" : " " + l->rest), false);
            return;
        }
    }
    if (sh.bullet) {
        std::string text = escape_stray_stars(sh.text);
        if (sh.task) text = std::string("[") + sh.task + "] " + text;
        Block b{Kind::bullet, sh.indent > 0 ? 1 : 0, text, {}, line};
        if (sh.numbered) b.marker = std::string(t.substr(0, t.find(' ')));
        add_block(std::move(b));
        return;
    }
    add_paragraph(i, std::string(t), false);
}

void Reader::finish_preamble() {
    // Lines before the title are the document's letterhead; the first loose line after
    // it, the theme; the others are kept in the same first section, and said.
    std::vector<Block> header;
    bool theme_taken = !m_out.theme.empty();
    std::size_t last_index = 0;
    if (!m_title_found) {
        // No numbered title: the last loose line before any structure is the title.
        for (auto it = m_loose.rbegin(); it != m_loose.rend(); ++it)
            if (it->before_structure && !it->said && !shape(m_lines[it->index]).bullet) {
                m_out.title = std::string(util::trim(m_lines[it->index]));
                while (m_out.title.starts_with('#')) m_out.title = std::string(util::trim(std::string_view(m_out.title).substr(1)));
                m_title_found = true;
                for (auto& l : m_loose) l.after_title = l.index > it->index;
                m_loose.erase(std::next(it).base());
                break;
            }
    }
    for (const auto& l : m_loose) {
        const std::string t(util::trim(m_lines[l.index]));
        const bool alone = (l.index == 0 || blank(m_lines[l.index - 1])) && (l.index + 1 == m_lines.size() || blank(m_lines[l.index + 1]));
        if (l.after_title && !l.said && !theme_taken && !shape(t).bullet && t.size() <= 160 && alone) {
            m_out.theme = t;
            theme_taken = true;
            continue;
        }
        if (l.after_title || l.said) m_out.kept.push_back({static_cast<int>(l.index + 1), t});
        // A line right after the previous one continues its paragraph (or its list).
        const bool joins = !header.empty() && l.index > 0 && last_index + 1 == l.index && !blank(m_lines[l.index - 1]);
        last_index = l.index;
        std::string md = escape_stray_stars(t);
        if (md.starts_with("+ ") || atx_heading(md)) md = "\\" + md;
        if (joins) header.back().text += "\n" + md;
        else header.push_back(Block{Kind::paragraph, 0, md, {}, static_cast<int>(l.index + 1)});
    }
    if (!header.empty())
        m_out.sections.insert(m_out.sections.begin(), Section{"En-tête", std::move(header), m_out.sections.empty() ? 1 : 1});
}

LegacyMinutes Reader::read() {
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const std::string_view t = util::trim(m_lines[i]);
        if (t.empty()) {
            m_after_blank = true;
            // A list ends at a blank line unless another item follows.
            if (m_mode == Mode::people || m_mode == Mode::agenda) {
                auto next = next_nonblank(i);
                if (!next || !shape(m_lines[*next]).bullet) m_mode = Mode::none;
            }
            continue;
        }
        if (closing_from(i)) {
            if (m_closing.empty()) m_closing.push_back(Section{"Clôture", {}, static_cast<int>(i + 1)});
            m_closing.back().blocks.push_back(Block{Kind::paragraph, 0, std::string(t), {}, static_cast<int>(i + 1)});
            continue;
        }
        const bool title_candidate = !m_in_body && !m_title_found && (t.starts_with("# ") || title_line(t, m_config));
        if (!title_candidate && !m_in_body && !m_out.date && date_heading(t)) {
            // `## 14 Décembre 2022` before any section: the meeting's date, not a section.
            preamble_line(i);
            m_after_blank = true;
            continue;
        }
        if (!title_candidate && is_heading(i)) {
            std::string title(t);
            while (title.starts_with('#')) title = std::string(util::trim(std::string_view(title).substr(1)));
            if (!m_in_body) finish_preamble();
            start_section(title, static_cast<int>(i + 1));
            m_after_blank = true;
            continue;
        }
        if (structure_line(i)) {
            m_after_blank = false;
            continue;
        }
        if (!m_in_body) {
            preamble_line(i);
        } else if (m_lines[i].find('\t') != std::string::npos && m_kind != SectionKind::events) {
            i = table_block(i);
            m_after_blank = true;
            continue;
        } else if (m_lines[i].find('\t') != std::string::npos) {
            const std::size_t end = table_block(i);
            // An events table: every date must read, else its row is kept as text.
            auto& blocks = m_out.sections.back().blocks;
            if (!blocks.empty() && blocks.back().kind == Kind::table) {
                auto& rows = blocks.back().rows;
                std::size_t date_col = rows[0].size();
                for (std::size_t c = 0; c < rows[0].size(); ++c)
                    if (util::fold(rows[0][c]) == "date" || util::fold(rows[0][c]) == "dates") date_col = c;
                if (date_col == rows[0].size()) {
                    // No Date column: not an events table, and `dla check` would refuse it
                    // there; its rows are kept as text.
                    blocks.pop_back();
                    for (std::size_t k = i; k <= end; ++k) {
                        m_after_blank = true;
                        add_paragraph(k, tabs_to_spaces(m_lines[k]), true);
                    }
                } else {
                    // Cut the table at each such row, the header repeated: the order stays.
                    const auto header = rows[0];
                    auto all = rows;
                    blocks.pop_back();
                    for (std::size_t r = 1; r < all.size(); ++r) {
                        auto parsed = util::parse_date_range(all[r][date_col], m_out.date);
                        const int line = static_cast<int>(i + 1 + r);
                        if (std::holds_alternative<util::DateRange>(parsed)) {
                            auto& bs = m_out.sections.back().blocks;
                            if (bs.empty() || bs.back().kind != Kind::table || m_after_blank)
                                add_block(Block{Kind::table, 0, "", {header}, line});
                            m_out.sections.back().blocks.back().rows.push_back(all[r]);
                            m_after_blank = false;
                        } else {
                            std::string text = m_lines[i + r];
                            text = tabs_to_spaces(text);
                            m_after_blank = true;
                            add_paragraph(i + r, std::string(util::trim(text)), true);
                            m_after_blank = true;
                        }
                    }
                }
            }
            i = end;
            m_after_blank = true;
            continue;
        } else {
            body_line(i);
        }
        m_after_blank = false;
    }
    if (!m_in_body) finish_preamble();
    // The decisions said in prose, listed once more where `dla` reads decisions.
    if (!m_decisions.empty()) {
        const int line = m_decisions.front().line;
        m_out.sections.push_back(Section{"Décisions", std::move(m_decisions), line});
    }
    m_out.sections.insert(m_out.sections.end(), m_closing.begin(), m_closing.end());

    // Someone both present and excused (or absent) came: the other listing is dropped from
    // the front matter (its line stays in the note as a present person) and said.
    std::unordered_set<std::string> present;
    for (const auto& a : m_out.attendees) present.insert(util::fold(a.name));
    for (auto* list : {&m_out.excused, &m_out.absent})
        std::erase_if(*list, [&](const model::Attendee& a) {
            if (!present.contains(util::fold(a.name))) return false;
            m_out.kept.push_back({a.line, std::string(util::trim(m_lines[static_cast<std::size_t>(a.line - 1)]))});
            return true;
        });

    if (!m_options.series.empty()) m_out.series = m_options.series;
    if (m_options.number) m_out.number = m_options.number;
    if (m_options.date) m_out.date = m_options.date;
    if (m_out.time.empty())
        for (const auto& a : m_out.agenda)
            if (!a.time.empty()) {
                m_out.time = a.time.substr(0, 5);
                break;
            }
    if (m_out.title.empty()) {
        for (const auto& s : m_config.series)
            if (s.id == m_out.series && m_out.number) m_out.title = model::series_title(s, *m_out.number);
        if (m_out.title.empty()) m_out.title = "Compte rendu";
    }
    std::sort(m_out.kept.begin(), m_out.kept.end(), [](const KeptLine& a, const KeptLine& b) { return a.line < b.line; });
    return m_out;
}

}  // namespace

LegacyMinutes read_legacy(std::string_view text, const model::Config& config, const ImportOptions& options) {
    return Reader(text, config, options).read();
}

}  // namespace dla::parse::legacy
