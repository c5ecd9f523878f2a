#include "dla/index/sql.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include <fmt/format.h>

#include "dla/load/write.hpp"
#include "dla/util/failure.hpp"
#include "statement.hpp"

namespace dla::index {

namespace {

// The PRAGMAs that only describe the tables (their argument a table's or an index's name),
// which `dla sql` lets through.
constexpr std::array<std::string_view, 7> k_describing_pragmas{"table_info",  "table_xinfo",      "table_list",
                                                               "index_list",  "index_info",       "index_xinfo",
                                                               "foreign_key_list"};

struct Guard {
    std::string refused;  // what the authorizer said no to, for the message
};

// How a refused action reads in the message: its verb and what it names.
std::string refused_action(int action, const char* a, const char* b) {
    const std::string what = a && *a ? a : "";
    switch (action) {
    case SQLITE_INSERT: return "INSERT INTO " + what;
    case SQLITE_UPDATE: return "UPDATE " + what;
    case SQLITE_DELETE: return "DELETE FROM " + what;
    case SQLITE_ATTACH: return "ATTACH";
    case SQLITE_DETACH: return "DETACH";
    case SQLITE_TRANSACTION: return a ? a : "BEGIN";
    case SQLITE_SAVEPOINT: return "SAVEPOINT";
    case SQLITE_FUNCTION: return b ? b : "";
    case SQLITE_PRAGMA: return "PRAGMA " + what;
    case SQLITE_ALTER_TABLE: return "ALTER TABLE " + std::string(b ? b : "");
    case SQLITE_CREATE_TABLE: case SQLITE_CREATE_INDEX: case SQLITE_CREATE_VIEW: case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_TEMP_TABLE: case SQLITE_CREATE_TEMP_INDEX: case SQLITE_CREATE_TEMP_VIEW:
    case SQLITE_CREATE_TEMP_TRIGGER: case SQLITE_CREATE_VTABLE: return "CREATE " + what;
    case SQLITE_DROP_TABLE: case SQLITE_DROP_INDEX: case SQLITE_DROP_VIEW: case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_TEMP_TABLE: case SQLITE_DROP_TEMP_INDEX: case SQLITE_DROP_TEMP_VIEW:
    case SQLITE_DROP_TEMP_TRIGGER: case SQLITE_DROP_VTABLE: return "DROP " + what;
    default: return what.empty() ? "?" : what;
    }
}

int authorize(void* data, int action, const char* a, const char* b, const char*, const char*) {
    auto& guard = *static_cast<Guard*>(data);
    switch (action) {
    case SQLITE_SELECT: case SQLITE_READ: case SQLITE_RECURSIVE: return SQLITE_OK;
    case SQLITE_FUNCTION:
        if (!b || std::string_view(b) != "load_extension") return SQLITE_OK;
        break;
    case SQLITE_PRAGMA:
        // FTS5 asks data_version (no value: a read) before it reads its tables.
        if (a && (std::ranges::find(k_describing_pragmas, std::string_view(a)) != k_describing_pragmas.end() ||
                  (!b && std::string_view(a) == "data_version")))
            return SQLITE_OK;
        break;
    default: break;
    }
    // The first refusal is named; a write to the schema's own table is a CREATE, DROP or ALTER.
    if (guard.refused.empty()) {
        const bool schema = a && (std::string_view(a) == "sqlite_master" || std::string_view(a) == "sqlite_temp_master");
        guard.refused = schema ? "CREATE, DROP, ALTER" : refused_action(action, a, b);
    }
    return SQLITE_DENY;
}

// Removes the authorizer on every path out.
class Authorized {
public:
    Authorized(sqlite3* db, Guard& guard) : m_db(db) { sqlite3_set_authorizer(db, authorize, &guard); }
    ~Authorized() { sqlite3_set_authorizer(m_db, nullptr, nullptr); }
    Authorized(const Authorized&) = delete;
    Authorized& operator=(const Authorized&) = delete;

private:
    sqlite3* m_db;
};

SqlValue value_of(sqlite3_stmt* stmt, int i) {
    SqlValue v;
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL: return v;
    case SQLITE_INTEGER: v.kind = SqlValue::Kind::integer; break;
    case SQLITE_FLOAT: v.kind = SqlValue::Kind::real; break;
    case SQLITE_BLOB: {
        v.kind = SqlValue::Kind::blob;
        const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt, i));
        const int n = sqlite3_column_bytes(stmt, i);
        for (int k = 0; k < n; ++k) v.text += fmt::format("{:02x}", p[k]);
        return v;
    }
    default: v.kind = SqlValue::Kind::text; break;
    }
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    v.text.assign(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
    return v;
}

}  // namespace

SqlResult run_sql(Index& index, std::string_view sql) {
    sqlite3* db = index.handle();
    // The text table connected before the authorizer is set: connecting a virtual table
    // checks writes to the schema's table, which the authorizer refuses.
    exec(db, "SELECT 1 FROM lines WHERE rowid = 0");
    Guard guard;
    const Authorized authorized(db, guard);
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, &tail);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    if (prepared != SQLITE_OK) {
        if (!guard.refused.empty()) throw util::Failure({util::Msg::sql_refused, {guard.refused}});
        throw util::Failure({util::Msg::sql_error, {sqlite3_errmsg(db)}});
    }
    if (!stmt) throw util::Failure({util::Msg::sql_empty, {}});
    if (!sqlite3_stmt_readonly(stmt.get())) throw util::Failure({util::Msg::sql_refused, {"?"}});
    // A second statement after the first: refused, whatever it is (only one is run).
    const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
    sqlite3_stmt* next = nullptr;
    const int second = sqlite3_prepare_v2(db, rest.data(), static_cast<int>(rest.size()), &next, nullptr);
    if (next || second != SQLITE_OK) {
        sqlite3_finalize(next);
        throw util::Failure({util::Msg::sql_several, {}});
    }

    SqlResult result;
    const int columns = sqlite3_column_count(stmt.get());
    for (int i = 0; i < columns; ++i) result.columns.emplace_back(sqlite3_column_name(stmt.get(), i));
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        std::vector<SqlValue> row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i) row.push_back(value_of(stmt.get(), i));
        result.rows.push_back(std::move(row));
    }
    if (step != SQLITE_DONE) throw util::Failure({util::Msg::sql_error, {sqlite3_errmsg(db)}});
    return result;
}

void export_database(Index& index, const std::filesystem::path& file, const std::string& shown, bool replace) {
    std::error_code ec;
    if (!replace && (std::filesystem::exists(file, ec) || std::filesystem::is_symlink(file, ec)))
        throw util::Failure({util::Msg::db_export_exists, {shown}});
    // A copy in memory, without the blobs (dla's own, of no use out of it), made compact
    // and written in one go.
    sqlite3* copy = nullptr;
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> closer(nullptr, sqlite3_close);
    auto fail = [&](sqlite3* db) {
        throw util::Failure({util::Msg::db_export_failed, {shown, sqlite3_errmsg(db)}});
    };
    if (sqlite3_open_v2(":memory:", &copy, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) fail(copy);
    closer.reset(copy);
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", index.handle(), "main");
    if (!backup) fail(copy);
    sqlite3_backup_step(backup, -1);
    if (sqlite3_backup_finish(backup) != SQLITE_OK) fail(copy);
    {
        std::vector<std::string> blobs;
        Statement q(copy, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'blob\\_%' ESCAPE '\\'");
        while (q && q.step() == SQLITE_ROW) blobs.emplace_back(q.text(0));
        for (const auto& t : blobs)
            if (!exec(copy, fmt::format("DROP TABLE \"{}\"", t).c_str())) fail(copy);
    }
    if (!exec(copy, "DELETE FROM meta WHERE key = 'fingerprint'") || !exec(copy, "VACUUM")) fail(copy);
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(copy, "main", &size, 0);
    if (!bytes) fail(copy);
    const std::unique_ptr<unsigned char, void (*)(void*)> owned(bytes, sqlite3_free);
    // The header copied from the index says WAL (bytes 18 and 19 = 2): the standalone file
    // is an ordinary one (rollback journal), which a program opening it read-only can read.
    if (size >= 20) bytes[18] = bytes[19] = 1;
    load::write_file_atomically(file, {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)},
                                load::k_new_file_perms, replace ? load::IfExists::replace : load::IfExists::keep);
}

}  // namespace dla::index
