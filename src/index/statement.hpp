// A prepared SQLite statement, finalized on every path out: the one wrapper the index's
// files share (private to src/index).
#pragma once

#include <cstdint>
#include <string_view>

#include <sqlite3.h>

namespace dla::index {

class Statement {
public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    explicit operator bool() const { return m_stmt != nullptr; }
    sqlite3_stmt* get() const { return m_stmt; }

    void bind(int i, std::string_view text) { sqlite3_bind_text(m_stmt, i, text.data(), static_cast<int>(text.size()), SQLITE_STATIC); }
    void bind_blob(int i, std::string_view bytes) { sqlite3_bind_blob(m_stmt, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_STATIC); }
    void bind(int i, std::int64_t n) { sqlite3_bind_int64(m_stmt, i, n); }
    /// Binds a copy of `text` (a temporary may go before the statement runs), or NULL when
    /// it is empty. bind() does not copy: its bytes must outlive the step.
    void bind_or_null(int i, std::string_view text) {
        if (text.empty()) sqlite3_bind_null(m_stmt, i);
        else sqlite3_bind_text(m_stmt, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    std::string_view text(int i) const {
        const void* p = sqlite3_column_blob(m_stmt, i);
        return p ? std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i))) : std::string_view();
    }
    std::int64_t integer(int i) const { return sqlite3_column_int64(m_stmt, i); }
    bool null(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    int step() { return sqlite3_step(m_stmt); }
    /// Steps a statement that returns no row, and makes it ready again: true when done.
    bool run() {
        const bool done = sqlite3_step(m_stmt) == SQLITE_DONE;
        reset();
        return done;
    }
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

inline bool exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

}  // namespace dla::index
