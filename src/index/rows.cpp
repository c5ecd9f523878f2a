#include "rows.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include <fmt/format.h>

#include "dla/diag/diagnostic.hpp"

namespace dla::index {

namespace {

// docs/schema.md says what each table and column holds; keep the two together.
constexpr std::array k_tables{
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER, mtime_ns INTEGER, "
    "ctime_ns INTEGER, inode INTEGER, device INTEGER, title TEXT, series TEXT, number INTEGER, date TEXT, "
    "time TEXT, end_time TEXT, format TEXT, location TEXT, theme TEXT, has_text INTEGER NOT NULL)",
    "CREATE INDEX notes_date ON notes (date)",
    "CREATE INDEX notes_series ON notes (series, date)",
    "CREATE TABLE attendance (note_id INTEGER NOT NULL, line INTEGER, presence TEXT NOT NULL, name TEXT NOT NULL, "
    "organisation TEXT, role TEXT)",
    "CREATE INDEX attendance_note ON attendance (note_id)",
    "CREATE INDEX attendance_name ON attendance (name)",
    "CREATE TABLE agenda_items (note_id INTEGER NOT NULL, line INTEGER, time TEXT, end_time TEXT, title TEXT)",
    "CREATE INDEX agenda_items_note ON agenda_items (note_id)",
    "CREATE TABLE news_items (note_id INTEGER NOT NULL, line INTEGER, department TEXT, label TEXT, text TEXT, "
    "children TEXT)",
    "CREATE INDEX news_items_note ON news_items (note_id)",
    "CREATE INDEX news_items_department ON news_items (department)",
    "CREATE TABLE decisions (note_id INTEGER NOT NULL, line INTEGER, text TEXT)",
    "CREATE INDEX decisions_note ON decisions (note_id)",
    "CREATE TABLE actions (note_id INTEGER NOT NULL, line INTEGER, status TEXT NOT NULL, text TEXT, raw TEXT, "
    "owners TEXT, due TEXT, done_on TEXT, action_id TEXT, section TEXT, department TEXT)",
    "CREATE INDEX actions_note ON actions (note_id)",
    "CREATE INDEX actions_status ON actions (status, due)",
    "CREATE INDEX actions_id ON actions (action_id)",
    "CREATE TABLE action_owners (note_id INTEGER NOT NULL, line INTEGER, owner TEXT NOT NULL)",
    "CREATE INDEX action_owners_note ON action_owners (note_id)",
    "CREATE INDEX action_owners_owner ON action_owners (owner)",
    "CREATE TABLE events (note_id INTEGER NOT NULL, line INTEGER, start TEXT, end TEXT, date_text TEXT, time TEXT, "
    "end_time TEXT, format TEXT, location TEXT, subject TEXT)",
    "CREATE INDEX events_note ON events (note_id)",
    "CREATE INDEX events_start ON events (start)",
    "CREATE TABLE sections (note_id INTEGER NOT NULL, line INTEGER, level INTEGER, kind TEXT, title TEXT)",
    "CREATE INDEX sections_note ON sections (note_id)",
    "CREATE TABLE diagnostics (note_id INTEGER NOT NULL, line INTEGER, column INTEGER, severity TEXT, "
    "rule_id TEXT, message TEXT)",
    "CREATE INDEX diagnostics_note ON diagnostics (note_id)",
    // The text: one row per non-blank line, its rowid note_id << 24 | line (deleted by range).
    "CREATE VIRTUAL TABLE lines USING fts5 (text, note_id UNINDEXED, line UNINDEXED, department UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')",
};
// The tables of a note's rows besides `notes` and `lines`, deleted by note_id.
constexpr std::array k_child_tables{"attendance", "agenda_items", "news_items", "decisions", "actions",
                                    "action_owners", "events",     "sections",   "diagnostics"};
constexpr int k_line_bits = 24;  // a line's rowid: note_id << 24 | line

template <typename T>
std::string iso(const std::optional<T>& value) {
    return value ? util::to_iso(*value) : std::string();
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : std::string(separator)) + p;
    return out;
}

// The department whose news holds each line: from its heading to the next department's,
// or, for the last one, to the first section after its last item. Sorted by `first`.
struct NewsRange {
    int first, last;
    const std::string* department;
};

std::vector<NewsRange> news_ranges(const model::Meeting& m) {
    std::vector<NewsRange> ranges;
    for (const auto& d : m.news) {
        int last = d.line;
        for (const auto& item : d.items) last = std::max(last, item.line + static_cast<int>(item.children.size()));
        ranges.push_back({d.line, last, d.department.empty() ? &d.label : &d.department});
    }
    std::ranges::sort(ranges, {}, &NewsRange::first);
    // The sections are in the order of their lines: the first after a line, by bisection.
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        int end = i + 1 < ranges.size() ? ranges[i + 1].first - 1 : 1 << 30;
        const auto after = std::ranges::upper_bound(m.sections, ranges[i].last, {}, &model::Section::line);
        if (after != m.sections.end()) end = std::min(end, after->line - 1);
        ranges[i].last = std::max(ranges[i].last, end);
    }
    return ranges;
}

// The department of the range holding `line` (the last one starting at or before it), if any.
const std::string* department_at(const std::vector<NewsRange>& ranges, int line) {
    const auto after = std::ranges::upper_bound(ranges, line, {}, &NewsRange::first);
    if (after == ranges.begin()) return nullptr;
    const NewsRange& r = *std::prev(after);
    return line <= r.last ? r.department : nullptr;
}

}  // namespace

bool create_row_tables(sqlite3* db) {
    return std::ranges::all_of(k_tables, [&](const char* sql) { return exec(db, sql); });
}

bool clear_rows(sqlite3* db) {
    return exec(db, "DELETE FROM notes") && exec(db, "DELETE FROM lines") &&
           std::ranges::all_of(k_child_tables, [&](const char* t) { return exec(db, fmt::format("DELETE FROM {}", t).c_str()); });
}

struct RowWriter::Statements {
    explicit Statements(sqlite3* db)
        : find(db, "SELECT id FROM notes WHERE path = ?1"),
          drop_note(db, "DELETE FROM notes WHERE id = ?1"),
          drop_lines(db, "DELETE FROM lines WHERE rowid BETWEEN ?1 AND ?2"),
          note(db, "INSERT INTO notes (path, size, mtime_ns, ctime_ns, inode, device, title, series, number, date, "
                   "time, end_time, format, location, theme, has_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                   "?11, ?12, ?13, ?14, ?15, ?16)"),
          attendance(db, "INSERT INTO attendance VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          agenda(db, "INSERT INTO agenda_items VALUES (?1, ?2, ?3, ?4, ?5)"),
          news(db, "INSERT INTO news_items VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          decision(db, "INSERT INTO decisions VALUES (?1, ?2, ?3)"),
          action(db, "INSERT INTO actions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
          owner(db, "INSERT INTO action_owners VALUES (?1, ?2, ?3)"),
          event(db, "INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
          section(db, "INSERT INTO sections VALUES (?1, ?2, ?3, ?4, ?5)"),
          diagnostic(db, "INSERT INTO diagnostics VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          line(db, "INSERT INTO lines (rowid, text, note_id, line, department) VALUES (?1, ?2, ?3, ?4, ?5)") {
        for (const char* t : k_child_tables) drops.push_back(std::make_unique<Statement>(db, fmt::format("DELETE FROM {} WHERE note_id = ?1", t).c_str()));
    }
    Statement find, drop_note, drop_lines, note, attendance, agenda, news, decision, action, owner, event, section,
        diagnostic, line;
    std::vector<std::unique_ptr<Statement>> drops;
};

RowWriter::RowWriter(sqlite3* db) : m_db(db), m_s(std::make_unique<Statements>(db)) {}
RowWriter::~RowWriter() = default;

bool RowWriter::ready() const {
    const Statements& s = *m_s;
    return s.find && s.drop_note && s.drop_lines && s.note && s.attendance && s.agenda && s.news && s.decision &&
           s.action && s.owner && s.event && s.section && s.diagnostic && s.line &&
           std::ranges::all_of(s.drops, [](const auto& d) { return static_cast<bool>(*d); });
}

bool RowWriter::forget(std::string_view path) {
    Statements& s = *m_s;
    s.find.bind(1, path);
    const int step = s.find.step();
    const std::int64_t id = step == SQLITE_ROW ? s.find.integer(0) : 0;
    s.find.reset();
    if (step != SQLITE_ROW) return step == SQLITE_DONE;
    bool ok = true;
    for (auto& drop : s.drops) {
        drop->bind(1, id);
        ok = ok && drop->run();
    }
    s.drop_lines.bind(1, id << k_line_bits);
    s.drop_lines.bind(2, (id << k_line_bits) | ((std::int64_t{1} << k_line_bits) - 1));
    s.drop_note.bind(1, id);
    return ok && s.drop_lines.run() && s.drop_note.run();
}

bool RowWriter::write(std::string_view path, const FileStamp& stamp, const Source* source) {
    if (!forget(path)) return false;
    if (!source) return true;
    Statements& s = *m_s;
    const model::Meeting& m = source->meeting;
    Statement& n = s.note;
    n.bind(1, path);
    n.bind(2, stamp.size);
    n.bind(3, stamp.mtime_ns);
    n.bind(4, stamp.ctime_ns);
    n.bind(5, stamp.inode);
    n.bind(6, stamp.device);
    n.bind_or_null(7, m.title);
    n.bind_or_null(8, m.series);
    if (m.number) n.bind(9, std::int64_t{*m.number});
    n.bind_or_null(10, iso(m.date));
    n.bind_or_null(11, iso(m.time));
    n.bind_or_null(12, iso(m.end_time));
    n.bind_or_null(13, m.format);
    n.bind_or_null(14, m.location);
    n.bind_or_null(15, m.theme);
    n.bind(16, std::int64_t{source->with_text});
    if (!n.run()) return false;
    const std::int64_t id = sqlite3_last_insert_rowid(m_db);
    bool ok = true;

    auto person = [&](const model::Attendee& a, std::string_view presence) {
        Statement& q = s.attendance;
        q.bind(1, id);
        q.bind(2, std::int64_t{a.line});
        q.bind(3, presence);
        q.bind(4, a.name);
        q.bind_or_null(5, a.organisation);
        q.bind_or_null(6, a.role);
        ok = ok && q.run();
    };
    for (const auto& a : m.attendees) person(a, "present");
    for (const auto& a : m.excused) person(a, "excused");
    for (const auto& a : m.absent) person(a, "absent");
    if (m.minute_taker) person(*m.minute_taker, "minute_taker");
    for (const auto& a : m.agenda) {
        Statement& q = s.agenda;
        q.bind(1, id);
        q.bind(2, std::int64_t{a.line});
        q.bind_or_null(3, iso(a.time));
        q.bind_or_null(4, iso(a.end_time));
        q.bind(5, a.title);
        ok = ok && q.run();
    }
    for (const auto& d : m.news)
        for (const auto& item : d.items) {
            Statement& q = s.news;
            const std::string children = joined(item.children, "\n");
            q.bind(1, id);
            q.bind(2, std::int64_t{item.line});
            q.bind_or_null(3, d.department);
            q.bind(4, d.label);
            q.bind(5, item.text);
            q.bind_or_null(6, children);
            ok = ok && q.run();
        }
    for (const auto& d : m.decisions) {
        s.decision.bind(1, id);
        s.decision.bind(2, std::int64_t{d.line});
        s.decision.bind(3, d.text);
        ok = ok && s.decision.run();
    }
    for (const auto& a : m.actions) {
        Statement& q = s.action;
        const std::string owners = joined(a.owners, ", ");
        q.bind(1, id);
        q.bind(2, std::int64_t{a.line});
        q.bind(3, model::to_string(a.status));
        q.bind(4, a.text);
        q.bind(5, a.raw);
        q.bind_or_null(6, owners);
        q.bind_or_null(7, iso(a.due));
        q.bind_or_null(8, iso(a.done_on));
        q.bind_or_null(9, a.id);
        q.bind_or_null(10, a.section);
        q.bind_or_null(11, a.department);
        ok = ok && q.run();
        for (const auto& o : a.owners) {
            s.owner.bind(1, id);
            s.owner.bind(2, std::int64_t{a.line});
            s.owner.bind(3, o);
            ok = ok && s.owner.run();
        }
    }
    for (const auto& e : m.events) {
        Statement& q = s.event;
        q.bind(1, id);
        q.bind(2, std::int64_t{e.line});
        q.bind_or_null(3, util::to_iso(e.dates.start));
        q.bind_or_null(4, util::to_iso(e.dates.end));
        q.bind_or_null(5, e.date_text);
        q.bind_or_null(6, iso(e.time));
        q.bind_or_null(7, iso(e.end_time));
        q.bind_or_null(8, e.format);
        q.bind_or_null(9, e.location);
        q.bind_or_null(10, e.subject);
        ok = ok && q.run();
    }
    for (const auto& sec : m.sections) {
        Statement& q = s.section;
        q.bind(1, id);
        q.bind(2, std::int64_t{sec.line});
        q.bind(3, std::int64_t{sec.level});
        q.bind_or_null(4, sec.kind);
        q.bind(5, sec.title);
        ok = ok && q.run();
    }
    for (const auto& d : source->diagnostics) {
        Statement& q = s.diagnostic;
        q.bind(1, id);
        q.bind(2, std::int64_t{d.line});
        q.bind(3, std::int64_t{d.column});
        q.bind(4, diag::severity_name(d.severity));
        q.bind_or_null(5, d.rule_id);
        q.bind(6, d.message);
        ok = ok && q.run();
    }

    // The text, line by line (blank lines left out), each with the department whose news holds it.
    const std::vector<NewsRange> ranges = news_ranges(m);
    const std::string_view text = source->with_text ? std::string_view(source->text) : std::string_view();
    std::size_t start = 0;
    for (int number = 1; ok && start < text.size() && number < (1 << k_line_bits); ++number) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        const std::string* department = department_at(ranges, number);
        Statement& q = s.line;
        q.bind(1, (id << k_line_bits) | number);
        q.bind(2, line);
        q.bind(3, id);
        q.bind(4, std::int64_t{number});
        q.bind_or_null(5, department ? std::string_view(*department) : std::string_view());
        ok = ok && q.run();
    }
    return ok;
}

}  // namespace dla::index
