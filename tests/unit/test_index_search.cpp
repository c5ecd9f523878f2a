// The index's relational tables and text table (index/rows), dla search's query
// (index/search), dla sql's authorizer and dla db export (index/sql): docs/schema.md.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <sqlite3.h>

#include "dla/index/index.hpp"
#include "dla/index/search.hpp"
#include "dla/index/sql.hpp"
#include "dla/parse/note.hpp"
#include "dla/util/failure.hpp"
#include "support.hpp"

using namespace dla;
namespace fs = std::filesystem;

namespace {

const fs::path k_note = fs::path(DLA_TEST_DATA).parent_path() / "tests/e2e/fixtures/reports/notes/2024/2024-03-14-interdla-3.md";
constexpr const char* k_path = "notes/2024/2024-03-14-interdla-3.md";

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

index::Index::Entry entry_of_note() {
    const std::string text = read(k_note);
    diag::Sink sink;
    model::ParsedNote note;
    note.meeting = parse::parse_note(k_path, text, model::Config{}, sink);
    note.diagnostics = sink.take();
    return {{1, 2, 3, 4, 5}, index::encode(note), std::make_shared<index::Source>(index::Source{note.meeting, note.diagnostics, text, true})};
}

std::string value(index::Index& db, const char* sql) {
    const auto result = index::run_sql(db, sql);
    REQUIRE(result.rows.size() == 1);
    return result.rows[0][0].text;
}

std::string failure_of(index::Index& db, const char* sql) {
    try {
        (void)index::run_sql(db, sql);
    } catch (const util::Failure& f) {
        return f.phrase().in(util::Lang::en);
    }
    return "no failure";
}

}  // namespace

TEST_CASE("match_expression: each word a string of its own, phrases and prefixes, never FTS5's syntax") {
    CHECK(index::match_expression("egalite") == "\"egalite\"");
    CHECK(index::match_expression("  Égalité   pro* ") == "\"Égalité\" \"pro\" *");
    CHECK(index::match_expression("\"transition écologique\" DLA") == "\"transition écologique\" \"DLA\"");
    CHECK(index::match_expression("\"égal\"*") == "\"égal\" *");
    CHECK(index::match_expression("AND( NEAR x OR") == "\"AND(\" \"NEAR\" \"x\" \"OR\"");
    CHECK(index::match_expression("a'b\"\"c") == "\"a'b\" \"c\"");  // an empty phrase gives nothing
    CHECK(index::match_expression("( egalite )") == "\"egalite\"");
    auto message = [](const char* text) {
        try {
            (void)index::match_expression(text);
        } catch (const util::Failure& f) {
            return f.phrase().in(util::Lang::en);
        }
        return std::string("no failure");
    };
    CHECK(message("\"egalite") == "unclosed quote in \"\"egalite\": an exact phrase goes between two quotes, \"like this\"");
    CHECK(message("\"") == "unclosed quote in \"\"\": an exact phrase goes between two quotes, \"like this\"");
    CHECK(message(" * ( ) ") == "nothing to search for in \" * ( ) \": give at least one word");
    CHECK(message("") == "nothing to search for in \"\": give at least one word");
}

TEST_CASE("a note's rows: written with its blobs, replaced, forgotten") {
    auto db = index::Index::open_in_memory("one");
    REQUIRE(db);
    const auto entry = entry_of_note();
    const model::Meeting& m = entry.source->meeting;
    REQUIRE(db->store({{k_path, entry}}, {}));
    CHECK(value(*db, "SELECT path || ' ' || title || ' ' || series || ' ' || number || ' ' || date || ' ' || time || "
                     "' ' || format || ' ' || size FROM notes") == std::string(k_path) + " InterDLA N°3 interdla 3 2024-03-14 10:00 présentiel 1");
    CHECK(value(*db, "SELECT count(*) FROM attendance WHERE presence = 'present'") == std::to_string(m.attendees.size()));
    CHECK(value(*db, "SELECT group_concat(name, ', ') FROM attendance WHERE presence = 'excused'") == "Paul Durand, Sophie Leroy");
    CHECK(value(*db, "SELECT name || ' ' || organisation || ' ' || line FROM attendance WHERE presence = 'minute_taker'") ==
          "Jeanne Martin Association Alpha 20");
    CHECK(value(*db, "SELECT group_concat(time || ' ' || title, ' | ') FROM agenda_items") ==
          "10:00 Tour d'actualités | 10:40 Égalité professionnelle dans l'ESS");
    CHECK(value(*db, "SELECT group_concat(department || ':' || line, ' ') FROM news_items") == "DLA 62:30 DLA 62:31 DLA 59:35");
    CHECK(value(*db, "SELECT count(*) FROM decisions") == "2");
    CHECK(value(*db, "SELECT group_concat(status || ' ' || ifnull(action_id, '-') || ' ' || ifnull(due, '-') || ' ' || "
                     "ifnull(owners, '-'), ' | ') FROM actions") ==
          "done recensement - Coopérative Beta | open seminaire 2024-04-05 Lucie | open fiche-egalite 2024-04-30 Karim | "
          "open - 2024-03-29 Union Epsilon");
    CHECK(value(*db, "SELECT group_concat(owner, ', ') FROM (SELECT owner FROM action_owners ORDER BY line)") == "Coopérative Beta, Lucie, Karim, Union Epsilon");
    CHECK(value(*db, "SELECT count(*) FROM sections") == std::to_string(m.sections.size()));
    // The text: the non-blank lines, each with its number and the department whose news holds it
    // (without dla.yaml's departments, the label as written; line 37 is news of the whole network).
    CHECK(value(*db, "SELECT count(*) FROM lines") == "40");
    CHECK(value(*db, "SELECT group_concat(line || ':' || ifnull(department, '-'), ' ') FROM lines WHERE line BETWEEN 26 AND 39") ==
          "26:- 28:DLA 62 30:DLA 62 31:DLA 62 33:DLA 59 35:DLA 59 37:- 39:-");
    CHECK(value(*db, "SELECT group_concat(line, ' ') FROM lines WHERE lines MATCH 'egalite'") == "9 23 41 51");

    // Stored again: its rows replaced, not added to.
    REQUIRE(db->store({{k_path, entry}}, {}));
    CHECK(value(*db, "SELECT count(*) FROM notes") == "1");
    CHECK(value(*db, "SELECT count(*) FROM actions") == "4");
    CHECK(value(*db, "SELECT count(*) FROM lines") == "40");
    CHECK(value(*db, "SELECT count(*) FROM lines WHERE note_id NOT IN (SELECT id FROM notes)") == "0");
    // Forgotten: every row of it, in every table.
    REQUIRE(db->store({}, {k_path}));
    for (const char* table : {"notes", "attendance", "agenda_items", "news_items", "decisions", "actions", "action_owners",
                              "events", "sections", "diagnostics", "lines"}) {
        CAPTURE(table);
        CHECK(value(*db, fmt::format("SELECT count(*) FROM {}", table).c_str()) == "0");
    }
}

TEST_CASE("search: accents and case folded, phrases, prefixes, filters, the matches' places") {
    auto db = index::Index::open_in_memory("one");
    REQUIRE(db);
    REQUIRE(db->store({{k_path, entry_of_note()}}, {}));
    auto lines = [&](const char* text, const index::SearchFilter& filter = {}) {
        std::string out;
        for (const auto& hit : index::search(*db, text, filter)) out += (out.empty() ? "" : " ") + std::to_string(hit.line);
        return out;
    };
    CHECK(lines("EGALITE") == "9 23 41 51");
    CHECK(lines("\"egalite professionnelle\"") == "9 23 41");
    CHECK(lines("collecti*") == "31 35 37 46");
    CHECK(lines("collecti* AND(") == "");  // "and" is a word like any other: no line has it
    // Without dla.yaml's departments, a department is its label as written; line 37 is news of the whole network.
    index::SearchFilter department;
    department.department = "DLA 59";
    CHECK(lines("collecti*", department) == "35");
    index::SearchFilter series;
    series.series = "seminaire";
    CHECK(lines("egalite", series) == "");
    index::SearchFilter that_day;
    that_day.since = that_day.until = util::Date{2024, 3, 14};
    CHECK(lines("egalite", that_day) == "9 23 41 51");
    index::SearchFilter after;
    after.since = util::Date{2024, 3, 15};
    CHECK(lines("egalite", after) == "");
    const auto hits = index::search(*db, "égalité pro*", {});
    REQUIRE(hits.size() == 3);
    CHECK(hits[0].path == k_path);
    CHECK(hits[0].title == "InterDLA N°3");
    CHECK(hits[0].date == util::Date{2024, 3, 14});
    CHECK(hits[0].text == "theme: Égalité professionnelle");
    CHECK(hits[0].matches == std::vector<std::pair<std::size_t, std::size_t>>{{7, 16}, {17, 32}});
}

TEST_CASE("dla sql reads only: writes, ATTACH, PRAGMAs that set, load_extension and a second statement refused") {
    auto db = index::Index::open_in_memory("one");
    REQUIRE(db);
    REQUIRE(db->store({{k_path, entry_of_note()}}, {}));
    const auto result = index::run_sql(*db, "SELECT number, title, theme IS NULL, 1.5, x'00ff' FROM notes");
    CHECK(result.columns == std::vector<std::string>{"number", "title", "theme IS NULL", "1.5", "x'00ff'"});
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0][0].kind == index::SqlValue::Kind::integer);
    CHECK(result.rows[0][1].text == "InterDLA N°3");
    CHECK(result.rows[0][3].kind == index::SqlValue::Kind::real);
    CHECK(result.rows[0][4].text == "00ff");
    CHECK(index::run_sql(*db, "PRAGMA table_info(notes)").rows.size() == 17);
    CHECK(value(*db, "SELECT count(*) FROM lines WHERE lines MATCH 'egalite'") == "4");

    const std::string refused = "dla sql only reads: \"{}\" refused (one SELECT query; the tables: docs/schema.md)";
    CHECK(failure_of(*db, "DELETE FROM notes") == fmt::format(fmt::runtime(refused), "DELETE FROM notes"));
    CHECK(failure_of(*db, "UPDATE actions SET status = 'done'") == fmt::format(fmt::runtime(refused), "UPDATE actions"));
    CHECK(failure_of(*db, "CREATE TABLE x (a)") == fmt::format(fmt::runtime(refused), "CREATE, DROP, ALTER"));
    CHECK(failure_of(*db, "DROP TABLE notes") == fmt::format(fmt::runtime(refused), "CREATE, DROP, ALTER"));
    CHECK(failure_of(*db, "ATTACH DATABASE '/tmp/x.sqlite' AS x") == fmt::format(fmt::runtime(refused), "ATTACH"));
    CHECK(failure_of(*db, "PRAGMA user_version = 3") == fmt::format(fmt::runtime(refused), "PRAGMA user_version"));
    CHECK(failure_of(*db, "PRAGMA journal_mode") == fmt::format(fmt::runtime(refused), "PRAGMA journal_mode"));
    CHECK(failure_of(*db, "SELECT load_extension('/tmp/x.so')") == fmt::format(fmt::runtime(refused), "load_extension"));
    CHECK(failure_of(*db, "BEGIN") == fmt::format(fmt::runtime(refused), "BEGIN"));
    CHECK(failure_of(*db, "SELECT 1; DELETE FROM notes") == "one SQL query at a time");
    CHECK(failure_of(*db, "WITH x AS (SELECT 1) DELETE FROM notes") == fmt::format(fmt::runtime(refused), "DELETE FROM notes"));
    CHECK(failure_of(*db, "SELECT nobody FROM nowhere") == "SQL query: no such table: nowhere");
    CHECK(failure_of(*db, " -- nothing\n") == "no SQL query (the tables: docs/schema.md)");
    CHECK(value(*db, "SELECT count(*) FROM notes") == "1");  // nothing was written
    // The index writes again once the user's statement is done.
    CHECK(db->store({}, {k_path}));
    CHECK(value(*db, "SELECT count(*) FROM notes") == "0");
}

TEST_CASE("dla db export: a standalone SQLite file without the blobs, never over a file unless asked") {
    test::TempDir tmp("dla-unit-export-");
    auto db = index::Index::open_in_memory("one");
    REQUIRE(db);
    REQUIRE(db->store({{k_path, entry_of_note()}}, {}));
    const fs::path file = tmp.path() / "minutes.sqlite";
    index::export_database(*db, file, "minutes.sqlite", false);
    sqlite3* copy = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &copy, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto one = [&](const char* sql) {
        sqlite3_stmt* q = nullptr;
        std::string out = "error";
        if (sqlite3_prepare_v2(copy, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
            out = reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
        sqlite3_finalize(q);
        return out;
    };
    CHECK(one("PRAGMA user_version") == "6");
    CHECK(one("PRAGMA journal_mode") == "delete");
    CHECK(one("SELECT path FROM notes") == k_path);
    CHECK(one("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'blob%'") == "0");
    CHECK(one("SELECT count(*) FROM meta") == "0");
    CHECK(one("SELECT group_concat(line, ' ') FROM lines WHERE lines MATCH 'egalite'") == "9 23 41 51");
    sqlite3_close(copy);

    try {
        index::export_database(*db, file, "minutes.sqlite", false);
        FAIL("an existing file was replaced");
    } catch (const util::Failure& f) {
        CHECK(f.phrase().in(util::Lang::en) == "minutes.sqlite already exists: --force to replace it");
    }
    index::export_database(*db, file, "minutes.sqlite", true);
    CHECK(fs::file_size(file) > 0);
}
