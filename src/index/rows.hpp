// The relational tables of the index and its text index (docs/schema.md): made, emptied,
// and one note's rows replaced, inside the caller's transaction. Private to src/index.
#pragma once

#include <memory>
#include <string_view>

#include <sqlite3.h>

#include "dla/index/index.hpp"
#include "statement.hpp"

namespace dla::index {

/// Makes the relational tables, their indexes and the text index.
[[nodiscard]] bool create_row_tables(sqlite3* db);

/// Deletes every row of them (the fingerprint changed).
[[nodiscard]] bool clear_rows(sqlite3* db);

/// Replaces or forgets a note's rows; its statements are prepared once per transaction.
class RowWriter {
public:
    explicit RowWriter(sqlite3* db);
    ~RowWriter();
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;
    [[nodiscard]] bool ready() const;
    /// Deletes every row of the note `path`.
    [[nodiscard]] bool forget(std::string_view path);
    /// The note's rows anew (its old ones deleted first); only deleted when `source` is null.
    [[nodiscard]] bool write(std::string_view path, const FileStamp& stamp, const Source* source);

private:
    struct Statements;
    sqlite3* m_db;
    std::unique_ptr<Statements> m_s;
};

}  // namespace dla::index
