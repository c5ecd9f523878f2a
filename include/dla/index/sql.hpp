// dla sql and dla db export: the index's tables (docs/schema.md) read in SQL by the user,
// or copied to a standalone SQLite file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "dla/index/index.hpp"

namespace dla::index {

/// One value of a result, as SQLite typed it; `text` is how it reads (a number's digits,
/// a blob's bytes as hexadecimal).
struct SqlValue {
    enum class Kind { null, integer, real, text, blob } kind = Kind::null;
    std::string text;
};

struct SqlResult {
    std::vector<std::string> columns;
    std::vector<std::vector<SqlValue>> rows;
};

/// Runs one read-only statement over the index: an authorizer refuses, while it is
/// prepared, anything but reading (writes, ATTACH, DETACH, transactions, PRAGMAs but a few
/// that describe the tables, load_extension), and a statement that could write is
/// refused too. Throws util::Failure with SQLite's words for an SQL error, dla's for a
/// statement refused or more than one statement.
[[nodiscard]] SqlResult run_sql(Index& index, std::string_view sql);

/// Writes the index's relational tables and text table (not the blobs, docs/schema.md) to
/// `file` as a standalone SQLite database, atomically. An existing `file` is replaced only
/// when `replace`; else throws util::Failure (db_export_exists, naming `shown`: the file as
/// the user typed it).
void export_database(Index& index, const std::filesystem::path& file, const std::string& shown, bool replace);

}  // namespace dla::index
