#include "dla/parse/body.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <unordered_map>

#include "dla/parse/action.hpp"
#include "dla/parse/markdown.hpp"
#include "dla/util/text.hpp"

namespace dla::parse {

namespace md = markdown;
using util::Msg;
using util::tr;

namespace {

// The department whose news subsection holds a line, when an action sits in the news.
// Built once per note, then a binary search per action: a note of 100,000 actions and
// as many sections stays linear.
class DepartmentAt {
public:
    explicit DepartmentAt(const model::Meeting& m) {
        for (const auto& d : m.news)
            if (!d.department.empty()) m_news.emplace_back(d.line, &d.department);
        for (const auto& s : m.sections) m_sections.emplace_back(s.line, s.kind == "news");
        std::stable_sort(m_news.begin(), m_news.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::stable_sort(m_sections.begin(), m_sections.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    [[nodiscard]] std::string operator()(int line) const {
        // The last department heading at or before the line (the first of equal lines)…
        auto news = std::upper_bound(m_news.begin(), m_news.end(), line, [](int l, const auto& e) { return l < e.first; });
        if (news == m_news.begin()) return {};
        --news;
        while (news != m_news.begin() && std::prev(news)->first == news->first) --news;
        // …only when the action is inside the news section itself.
        auto section = std::upper_bound(m_sections.begin(), m_sections.end(), line, [](int l, const auto& e) { return l < e.first; });
        if (section == m_sections.begin()) return {};
        return std::prev(section)->second ? *news->second : std::string();
    }

private:
    std::vector<std::pair<int, const std::string*>> m_news;
    std::vector<std::pair<int, bool>> m_sections;  // line, is the news section
};

// Built-in section titles, folded; dla.yaml's `headings` adds to them.
constexpr std::array k_news = {"tour d actualites", "actualites", "tour de table", "news", "tour des dla",
                               "actualites des dla", "round table"};
constexpr std::array k_decisions = {"decisions", "releve de decisions", "decisions prises"};
constexpr std::array k_events = {"prochaines dates", "calendrier", "see you soon", "dates a venir",
                                 "agenda a venir", "prochaines rencontres", "upcoming", "upcoming dates",
                                 "next dates", "calendar"};
constexpr std::array k_followup = {"suivi des actions", "suivi des actions precedentes", "action follow up",
                                   "actions follow up", "follow up"};

template <typename Builtin>
bool matches(const std::string& folded, const Builtin& builtin, const std::vector<std::string>& extra) {
    for (const char* b : builtin)
        if (folded == b) return true;
    for (const auto& e : extra)
        if (folded == util::fold(e)) return true;
    return false;
}

// The body's lines, to take items' text as written (markup kept) and find columns.
class Source {
public:
    Source(std::string_view body, int first_line) : m_first_line(first_line) {
        std::size_t pos = 0;
        while (pos <= body.size()) {
            auto nl = body.find('\n', pos);
            if (nl == std::string_view::npos) nl = body.size();
            m_lines.push_back(body.substr(pos, nl - pos));
            pos = nl + 1;
        }
    }
    // File line of a cmark line.
    [[nodiscard]] int file_line(int cmark_line) const { return m_first_line + cmark_line - 1; }
    [[nodiscard]] std::string_view line(int cmark_line) const {
        return cmark_line >= 1 && cmark_line <= static_cast<int>(m_lines.size()) ? m_lines[cmark_line - 1] : std::string_view();
    }
    // Code-point column of a cmark byte column, moved past blanks to the text itself
    // (cmark-gfm starts a table cell at the space after its `|`).
    [[nodiscard]] int column(int cmark_line, int byte_column) const {
        const std::string_view l = line(cmark_line);
        auto offset = static_cast<std::size_t>(std::max(0, byte_column - 1));
        while (offset < l.size() && (l[offset] == ' ' || l[offset] == '\t')) ++offset;
        return util::column_of(l, offset);
    }
    // The paragraph's text as written: first line from its column, the others trimmed.
    [[nodiscard]] std::string paragraph(cmark_node* p) const {
        std::string out;
        for (int l = md::start_line(p); l <= md::end_line(p); ++l) {
            std::string_view s = line(l);
            if (l == md::start_line(p)) s = s.substr(std::min<std::size_t>(s.size(), std::max(0, md::start_column(p) - 1)));
            s = util::trim(s);
            if (s.empty()) continue;
            if (!out.empty()) out += ' ';
            out += s;
        }
        return out;
    }
    // Lines [from, to] joined, blank lines at both ends dropped.
    [[nodiscard]] std::string block(int from, int to) const {
        while (from <= to && util::trim(line(from)).empty()) ++from;
        while (to >= from && util::trim(line(to)).empty()) --to;
        std::string out;
        for (int l = from; l <= to; ++l) {
            out += line(l);
            out += '\n';
        }
        return out;
    }
    [[nodiscard]] int line_count() const { return static_cast<int>(m_lines.size()); }

private:
    int m_first_line;
    std::vector<std::string_view> m_lines;
};

// The first paragraph of an item, or null.
cmark_node* first_paragraph(cmark_node* item) {
    for (cmark_node* c = md::first_child(item); c; c = md::next(c))
        if (md::kind(c) == md::Kind::paragraph) return c;
    return nullptr;
}

class BodyReader {
public:
    BodyReader(const Source& src, const model::Config& config, model::Meeting& meeting, diag::Sink& sink)
        : m_src(src), m_config(config), m_lang(config.language), m_meeting(meeting), m_sink(sink) {
        for (std::size_t i = 0; i < meeting.news.size(); ++i) m_news_index.emplace(meeting.news[i].department, i);
    }

    void read(cmark_node* document);

private:
    void report(int cmark_line, int byte_column, std::string_view rule, std::string message) {
        m_sink.report(m_meeting.path, m_src.file_line(cmark_line), m_src.column(cmark_line, byte_column), rule,
                      std::move(message));
    }

    void start_section(cmark_node* heading);
    void read_news_block(cmark_node* node);
    void read_news_item(cmark_node* item);
    model::DepartmentNews& department(std::string_view label, int cmark_line, int byte_column, bool report_unknown);
    std::vector<std::string> children_of(cmark_node* item);
    void read_decisions_block(cmark_node* node);
    void read_events_table(cmark_node* table);
    void read_extra_cells(cmark_node* row, const std::string& last_header, std::string& last_cell);
    void read_actions(cmark_node* node);
    void read_action(cmark_node* item, int state, const std::string& text, int text_column,
                     const DepartmentAt& department_at);
    std::optional<util::Date> read_action_date(const std::optional<DateField>& field, int cmark_line,
                                               int text_column, Msg message);

    const Source& m_src;
    const model::Config& m_config;
    util::Lang m_lang;
    model::Meeting& m_meeting;
    diag::Sink& m_sink;
    SectionKind m_kind = SectionKind::other;
    // The news subsection being read, as an index: meeting.news grows while it is read.
    std::optional<std::size_t> m_department;
    // Department id → index in meeting.news: a note may hold thousands of subsections.
    std::unordered_map<std::string, std::size_t> m_news_index;
};

void BodyReader::read(cmark_node* document) {
    for (cmark_node* node = md::first_child(document); node; node = md::next(node)) {
        if (md::kind(node) == md::Kind::heading && md::heading_level(node) <= 2) {
            start_section(node);
            continue;
        }
        if (m_meeting.sections.empty() && util::trim(m_src.line(md::start_line(node))).size() > 0) {
            // Text before the first heading is kept as an untitled section.
            m_meeting.sections.push_back(model::Section{"", "other", 0, "", m_src.file_line(md::start_line(node))});
        }
        switch (m_kind) {
        case SectionKind::news: read_news_block(node); break;
        case SectionKind::decisions: read_decisions_block(node); break;
        case SectionKind::events:
            if (md::kind(node) == md::Kind::table) read_events_table(node);
            break;
        default: break;
        }
    }
    // Each section's Markdown runs to the line before the next section.
    const int last_file_line = m_src.file_line(m_src.line_count());
    for (std::size_t i = 0; i < m_meeting.sections.size(); ++i) {
        auto& s = m_meeting.sections[i];
        const int from = s.title.empty() && s.level == 0 ? s.line : s.line + 1;
        const int to = i + 1 < m_meeting.sections.size() ? m_meeting.sections[i + 1].line - 1 : last_file_line;
        const int offset = m_src.file_line(1) - 1;
        s.markdown = m_src.block(from - offset, to - offset);
    }
    read_actions(document);
}

void BodyReader::start_section(cmark_node* heading) {
    std::string title(util::trim(md::plain_text(heading)));
    m_kind = section_kind(title, m_config);
    m_department.reset();
    m_meeting.sections.push_back(model::Section{title, std::string(to_string(m_kind)), md::heading_level(heading), "",
                                                m_src.file_line(md::start_line(heading))});
}

model::DepartmentNews& BodyReader::department(std::string_view label, int cmark_line, int byte_column,
                                              bool report_unknown) {
    const model::Department* known = model::find_department(m_config, label);
    const std::string id = known ? known->id : std::string(label);
    // A department repeated (two slides, two subsections) is one.
    if (auto it = m_news_index.find(id); it != m_news_index.end()) return m_meeting.news[it->second];
    if (!known && report_unknown && !m_config.departments.empty())
        report(cmark_line, byte_column, "unknown-department", tr(m_lang, Msg::unknown_department, label));
    m_news_index.emplace(id, m_meeting.news.size());
    m_meeting.news.push_back(model::DepartmentNews{id, std::string(label), {}, m_src.file_line(cmark_line)});
    return m_meeting.news.back();
}

// `**DLA 59** : a ; b` → ("DLA 59", "a ; b"); the colon may sit inside the bold.
bool split_bold_label(std::string_view text, std::string& label, std::string& rest) {
    if (!text.starts_with("**")) return false;
    auto close = text.find("**", 2);
    if (close == std::string_view::npos) return false;
    std::string_view l = util::trim(text.substr(2, close - 2));
    std::string_view r = util::trim(text.substr(close + 2));
    while (!l.empty() && l.back() == ':') l = util::trim(l.substr(0, l.size() - 1));
    if (r.starts_with(':')) r = util::trim(r.substr(1));
    label = std::string(l);
    rest = std::string(r);
    return true;
}

std::vector<std::string> BodyReader::children_of(cmark_node* item) {
    // The items of the item's lists, deeper levels flattened under it, in order; walked
    // without recursion, as a list may nest thousands deep.
    std::vector<std::string> out;
    md::walk(item, [&](cmark_node* node) {
        switch (md::kind(node)) {
        case md::Kind::list: return true;
        case md::Kind::item:
            if (md::task_state(node) != 0) return false;  // a task under a news item is an action, not news
            if (cmark_node* p = first_paragraph(node)) out.push_back(m_src.paragraph(p));
            return true;
        default: return false;  // only lists directly under an item hold its sub-items
        }
    });
    return out;
}

void BodyReader::read_news_item(cmark_node* item) {
    cmark_node* p = md::kind(item) == md::Kind::paragraph ? item : first_paragraph(item);
    if (!p) return;
    if (md::kind(item) == md::Kind::item && md::task_state(item) != 0) return;  // an action, not news
    const std::string text = m_src.paragraph(p);
    const int line = md::start_line(p);
    const auto children = md::kind(item) == md::Kind::item ? children_of(item) : std::vector<std::string>{};
    std::string label, rest;
    if (split_bold_label(text, label, rest) &&
        (model::find_department(m_config, label) || util::fold(label).starts_with("dla "))) {
        // The legacy form: one bullet per department, items separated by ";".
        auto& dep = department(label, line, md::start_column(p), true);
        auto pieces = util::split_trimmed(rest, ";");
        for (auto& piece : pieces) dep.items.push_back(model::NewsItem{piece, {}, m_src.file_line(line)});
        if (pieces.empty()) dep.items.push_back(model::NewsItem{"", {}, m_src.file_line(line)});
        dep.items.back().children.insert(dep.items.back().children.end(), children.begin(), children.end());
        return;
    }
    // A paragraph with a bold lead that names no department, after the subsections,
    // is news of the network as a whole; a bullet stays in its subsection.
    const bool network_wide = md::kind(item) == md::Kind::paragraph && split_bold_label(text, label, rest);
    model::DepartmentNews& dep = (m_department && !network_wide) ? m_meeting.news[*m_department]
                                                                 : department("", line, md::start_column(p), false);
    dep.items.push_back(model::NewsItem{text, children, m_src.file_line(line)});
}

void BodyReader::read_news_block(cmark_node* node) {
    switch (md::kind(node)) {
    case md::Kind::heading: {
        const std::string label(util::trim(md::plain_text(node)));
        const model::DepartmentNews& dep = department(label, md::start_line(node), md::start_column(node), true);
        m_department = static_cast<std::size_t>(&dep - m_meeting.news.data());
        break;
    }
    case md::Kind::list:
        for (cmark_node* item = md::first_child(node); item; item = md::next(item)) read_news_item(item);
        break;
    case md::Kind::paragraph: read_news_item(node); break;
    default: break;
    }
}

void BodyReader::read_decisions_block(cmark_node* node) {
    if (md::kind(node) != md::Kind::list) return;
    for (cmark_node* item = md::first_child(node); item; item = md::next(item)) {
        if (md::task_state(item) != 0) continue;
        if (cmark_node* p = first_paragraph(item))
            m_meeting.decisions.push_back(model::Decision{m_src.paragraph(p), m_src.file_line(md::start_line(p))});
    }
}

void BodyReader::read_events_table(cmark_node* table) {
    enum Column { none, date, time, format, location, subject };
    std::vector<Column> columns;
    std::string last_header;
    for (cmark_node* row = md::first_child(table); row; row = md::next(row)) {
        if (md::kind(row) != md::Kind::table_row) continue;
        std::vector<std::pair<std::string, cmark_node*>> cells;
        for (cmark_node* cell = md::first_child(row); cell; cell = md::next(cell))
            cells.emplace_back(std::string(util::trim(md::plain_text(cell))), cell);
        if (!md::is_header_row(row) && !cells.empty()) read_extra_cells(row, last_header, cells.back().first);
        if (md::is_header_row(row)) {
            if (!cells.empty()) last_header = cells.back().first;
            for (auto& [text, cell] : cells) {
                const std::string h = util::fold(text);
                Column c = none;
                if (h == "date" || h == "dates" || h == "jour" || h == "quand" || h == "when") c = date;
                else if (h == "horaire" || h == "horaires" || h == "heure" || h == "heures" || h == "time" || h == "hours") c = time;
                else if (h == "format" || h == "modalite" || h == "modalites" || h == "type") c = format;
                else if (h == "lieu" || h == "location" || h == "place" || h == "where" || h == "ou") c = location;
                else if (h == "sujet" || h == "objet" || h == "subject" || h == "theme" || h == "thematique" ||
                         h == "intitule" || h == "evenement" || h == "event" || h == "titre" || h == "title" || h == "topic")
                    c = subject;
                columns.push_back(c);
            }
            if (std::find(columns.begin(), columns.end(), date) == columns.end()) {
                report(md::start_line(row), md::start_column(row), "invalid-event-date", tr(m_lang, Msg::event_without_date));
                return;
            }
            continue;
        }
        model::Event e;
        e.line = m_src.file_line(md::start_line(row));
        cmark_node* date_cell = nullptr;
        std::string time_text;
        cmark_node* time_cell = nullptr;
        for (std::size_t i = 0; i < cells.size() && i < columns.size(); ++i) {
            auto& [text, cell] = cells[i];
            if (columns[i] != none && util::starts_like_formula(text))
                report(md::start_line(cell), md::start_column(cell), "formula-like-text",
                       tr(m_lang, Msg::formula_like_text, text));
            switch (columns[i]) {
            case date: e.date_text = text; date_cell = cell; break;
            case time: time_text = text; time_cell = cell; break;
            case format: e.format = text; break;
            case location: e.location = text; break;
            case subject: e.subject = text; break;
            case none: break;
            }
        }
        if (!date_cell) continue;  // a row shorter than the header
        auto parsed = util::parse_date_range(e.date_text, m_meeting.date);
        if (auto* r = std::get_if<util::DateRange>(&parsed)) {
            e.dates = *r;
        } else {
            report(md::start_line(date_cell), md::start_column(date_cell), "invalid-event-date",
                   tr(m_lang, Msg::invalid_event_date, std::get<util::DateError>(parsed).in(m_lang)));
            continue;
        }
        if (!time_text.empty()) {
            auto pt = util::parse_time_range(time_text);
            if (auto* r = std::get_if<util::TimeRange>(&pt)) {
                e.time = r->start;
                e.end_time = r->end;
            } else {
                report(md::start_line(time_cell), md::start_column(time_cell), "invalid-time",
                       tr(m_lang, Msg::invalid_event_time, std::get<util::DateError>(pt).in(m_lang)));
            }
        }
        m_meeting.events.push_back(std::move(e));
    }
}

// cmark-gfm drops the cells of a row beyond the header's (`| 26 novembre | 10h | Visio |
// Webinaire |` under three columns): they are said, and read into the last column, so
// that the subject written last is not lost.
void BodyReader::read_extra_cells(cmark_node* row, const std::string& last_header, std::string& last_cell) {
    std::string_view line = m_src.line(md::start_line(row));
    line = line.substr(std::min<std::size_t>(line.size(), std::max(0, md::start_column(row) - 1)));
    const auto written = md::table_row_cells(line);
    std::size_t columns = 0;
    for (cmark_node* cell = md::first_child(row); cell; cell = md::next(cell)) ++columns;
    if (columns == 0 || written.size() <= columns) return;
    report(md::start_line(row), md::start_column(row), "table-extra-cells",
           tr(m_lang, Msg::table_extra_cells, written.size(), columns, last_header));
    const char* from = written[columns - 1].data();
    const char* to = written.back().data() + written.back().size();
    const std::string_view rest(from, static_cast<std::size_t>(to - from));
    last_cell = std::string(util::trim(md::plain_text(md::parse(rest).get())));
}

void BodyReader::read_actions(cmark_node* node) {
    const DepartmentAt department_at(m_meeting);  // the news and sections are all read by now
    // Every item of the document, however deep (walked without recursion).
    md::walk(node, [&](cmark_node* c) {
        if (md::kind(c) == md::Kind::item) {
            if (cmark_node* p = first_paragraph(c)) {
                std::string text = m_src.paragraph(p);
                int state = md::task_state(c);
                int column = md::start_column(p);
                // cmark-gfm's tasklist knows [ ], [x] and [X], but not inside a block quote;
                // Obsidian's cancelled [-] it does not know at all: both are read here.
                if (state == 0 && text.size() >= 3 && text[0] == '[' && text[2] == ']' &&
                    (text.size() == 3 || text[3] == ' ')) {
                    const char mark = text[1];
                    state = mark == ' ' ? 1 : (mark == 'x' || mark == 'X') ? 2 : mark == '-' ? 3 : 0;
                    if (state != 0) {
                        text = std::string(util::trim(std::string_view(text).substr(3)));
                        column += 4;
                    }
                }
                if (state != 0) read_action(c, state, text, column, department_at);
            }
        }
        return true;
    });
}

std::optional<util::Date> BodyReader::read_action_date(const std::optional<DateField>& field, int cmark_line,
                                                       int text_column, Msg message) {
    if (!field) return std::nullopt;
    auto parsed = util::parse_date(field->text, m_meeting.date);
    if (auto* d = std::get_if<util::Date>(&parsed)) return *d;
    // Point at the date itself when it sits on the item's first line.
    const int first_line_length = static_cast<int>(m_src.line(cmark_line).size()) - (text_column - 1);
    const int column = field->offset < first_line_length ? text_column + field->offset : text_column;
    report(cmark_line, column, "invalid-due-date",
           tr(m_lang, message, std::get<util::DateError>(parsed).in(m_lang)));
    return std::nullopt;
}

void BodyReader::read_action(cmark_node* item, int state, const std::string& text, int text_column,
                             const DepartmentAt& department_at) {
    cmark_node* p = first_paragraph(item);
    ActionFields fields = split_action(text, m_meeting.date);
    model::Action a;
    a.raw = text;
    a.text = fields.text;
    a.owners = fields.owners;
    a.id = fields.id;
    a.status = state == 2 ? model::ActionStatus::done : state == 3 ? model::ActionStatus::cancelled : model::ActionStatus::open;
    a.due = read_action_date(fields.due, md::start_line(p), text_column, Msg::invalid_due_date);
    a.done_on = read_action_date(fields.done, md::start_line(p), text_column, Msg::invalid_done_date);
    a.line = m_src.file_line(md::start_line(item));
    // The last section starting on or before the action (sections are in file order).
    const auto& sections = m_meeting.sections;
    auto after = std::upper_bound(sections.begin(), sections.end(), a.line,
                                  [](int line, const model::Section& s) { return line < s.line; });
    const bool carried = after != sections.begin() && std::prev(after)->kind == to_string(SectionKind::followup);
    if (after != sections.begin()) a.section = std::prev(after)->title;
    a.department = department_at(a.line);

    const int line = md::start_line(item);
    if (util::starts_like_formula(a.text))
        report(line, text_column, "formula-like-text", tr(m_lang, Msg::formula_like_text, a.text));
    // Where a field sits in the text: on the item's first line, else the text's start.
    const int first_line_length = static_cast<int>(m_src.line(line).size()) - (text_column - 1);
    auto column_of = [&](const DateField& f) { return f.offset < first_line_length ? text_column + f.offset : text_column; };
    if (fields.id_before_fields)
        report(line, text_column, "id-not-last", tr(m_lang, Msg::id_not_last, fields.id));
    for (const auto& ignored : fields.ignored_due)
        report(line, column_of(ignored), "due-date-ignored", tr(m_lang, Msg::due_date_ignored, ignored.text));
    if (a.status == model::ActionStatus::open) {
        if (a.owners.empty())
            report(line, text_column, "action-without-owner", tr(m_lang, Msg::action_without_owner));
        // Carried from an earlier meeting, its due date may well be past by now.
        if (!carried && a.due && m_meeting.date && *a.due < *m_meeting.date)
            report(line, text_column, "due-before-meeting",
                   tr(m_lang, Msg::due_before_meeting, util::format_date(*a.due, m_lang), util::format_date(*m_meeting.date, m_lang)));
        // The box says open: it wins over a done date, which is not kept.
        if (fields.done) {
            report(line, column_of(*fields.done), "done-date-on-open-action",
                   tr(m_lang, Msg::done_date_on_open_action, fields.done->text));
            a.done_on.reset();
        }
    }
    if (!m_config.people.empty())
        for (const auto& owner : a.owners) {
            const model::PersonMatch match = model::match_person(m_config, owner);
            if (match.person || model::is_organisation(m_config, owner) || model::find_department(m_config, owner)) continue;
            if (!match.candidates.empty()) {
                std::vector<std::string> names;
                for (const auto* p : match.candidates) names.push_back(p->name);
                report(line, text_column, "ambiguous-owner", tr(m_lang, Msg::ambiguous_owner, owner, model::one_of(names, m_lang)));
            } else if (!match.suggestions.empty()) {
                report(line, text_column, "unknown-owner",
                       tr(m_lang, Msg::unknown_owner_did_you_mean, owner, model::one_of(match.suggestions, m_lang)));
            } else {
                report(line, text_column, "unknown-owner", tr(m_lang, Msg::unknown_owner, owner));
            }
        }
    m_meeting.actions.push_back(std::move(a));
}

}  // namespace

SectionKind section_kind(std::string_view title, const model::Config& config) {
    const std::string f = util::fold(title);
    if (matches(f, k_news, config.headings.news)) return SectionKind::news;
    if (matches(f, k_decisions, config.headings.decisions)) return SectionKind::decisions;
    if (matches(f, k_events, config.headings.events)) return SectionKind::events;
    if (matches(f, k_followup, config.headings.followup)) return SectionKind::followup;
    return SectionKind::other;
}

std::string_view to_string(SectionKind kind) {
    switch (kind) {
    case SectionKind::news: return "news";
    case SectionKind::decisions: return "decisions";
    case SectionKind::events: return "events";
    case SectionKind::followup: return "followup";
    case SectionKind::other: return "other";
    }
    return "other";
}

void read_body(std::string_view body, int first_line, const model::Config& config, model::Meeting& meeting,
               diag::Sink& sink) {
    Source src(body, first_line);
    auto doc = md::parse(body);
    BodyReader(src, config, meeting, sink).read(doc.get());
}

}  // namespace dla::parse
