#include "dla/load/cache.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iterator>
#include <thread>
#include <unordered_set>

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dla/util/parallel.hpp"

namespace fs = std::filesystem;

namespace dla::load {

namespace {

// The layout of the tables; an index of another layout is deleted and made anew.
constexpr int k_schema = 4;
// The tables of the parts, in the order of model::Part. The head sits with the stamps in
// `notes`; every other part has a table of its own, so that reading one part reads its
// pages only (SQLite walks a row's overflow pages up to the column it wants: in one
// row, the actions came after 20 MB of news).
constexpr const char* k_part_tables[model::k_part_count] = {"notes",     "outline", "people", "agenda", "news",
                                                              "decisions", "actions", "events", "bodies"};
// Up to this many notes asked for, one lookup each; more, one pass over each table.
constexpr std::size_t k_lookups = 64;

std::int64_t ns(const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

FileStamp stamp(const struct stat& st) {
    return FileStamp{static_cast<std::int64_t>(st.st_size), ns(st.st_mtim), ns(st.st_ctim),
                     static_cast<std::int64_t>(st.st_ino), static_cast<std::int64_t>(st.st_dev)};
}

bool exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

// A prepared statement, finalized on every path out.
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
    std::string_view text(int i) const {
        const void* p = sqlite3_column_blob(m_stmt, i);
        return p ? std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i))) : std::string_view();
    }
    std::int64_t integer(int i) const { return sqlite3_column_int64(m_stmt, i); }
    int step() { return sqlite3_step(m_stmt); }
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

std::optional<std::string> meta_value(sqlite3* db, const char* key) {
    Statement q(db, "SELECT value FROM meta WHERE key = ?1");
    if (!q) return std::nullopt;
    q.bind(1, std::string_view(key));
    if (q.step() != SQLITE_ROW) return std::nullopt;
    return std::string(q.text(0));
}

int user_version(sqlite3* db) {
    Statement q(db, "PRAGMA user_version");
    return q && q.step() == SQLITE_ROW ? static_cast<int>(q.integer(0)) : -1;
}

enum class Prepared { ready, busy, unusable };

// Why the last statement failed: another dla holding the file (wait for nothing, delete
// nothing: run without the index), or a file that is not an index we can use.
Prepared failure(sqlite3* db) {
    const int code = sqlite3_errcode(db) & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED ? Prepared::busy : Prepared::unusable;
}

// Opens the file and makes it an index for `fingerprint`: unusable when it is not one and
// cannot be made one (not SQLite, corrupt, another layout, read-only); busy when another
// dla holds it longer than the timeout (it may be making it: it is not deleted).
Prepared prepare(sqlite3* db, std::string_view fingerprint) {
    sqlite3_busy_timeout(db, 2000);
    // WAL: readers never wait for a writer, and a killed writer leaves the index whole.
    if (!exec(db, "PRAGMA journal_mode=WAL") || !exec(db, "PRAGMA synchronous=NORMAL")) return failure(db);
    const int version = user_version(db);
    if (version < 0) return failure(db);
    if (version != 0 && version != k_schema) return Prepared::unusable;
    if (version == 0) {
        if (!exec(db, "BEGIN IMMEDIATE")) return failure(db);
        const bool made = user_version(db) == k_schema ||  // made by another dla meanwhile
            (exec(db, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)") &&
             exec(db, "CREATE TABLE notes (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, ctime INTEGER, "
                      "inode INTEGER, device INTEGER, data BLOB)") &&
             std::all_of(k_part_tables + 1, std::end(k_part_tables), [&](const char* table) {
                 return exec(db, fmt::format("CREATE TABLE {} (path TEXT PRIMARY KEY, data BLOB)", table).c_str());
             }) &&
             // `rank` orders the answers from the oldest stored, without reading the clock.
             exec(db, "CREATE TABLE answers (key TEXT PRIMARY KEY, out BLOB, err BLOB, status INTEGER, "
                      "rank INTEGER)") &&
             exec(db, fmt::format("PRAGMA user_version = {}", k_schema).c_str()));
        if (!made || !exec(db, "COMMIT")) {
            const Prepared why = failure(db);
            exec(db, "ROLLBACK");
            return why;
        }
    }
    if (meta_value(db, "fingerprint") == std::string(fingerprint)) return Prepared::ready;
    // Made by another build, for another dla.yaml or language: its entries mean nothing now.
    if (!exec(db, "BEGIN IMMEDIATE")) return failure(db);
    // Looked at again, the write lock held: a dla started at the same moment may have made
    // it ours meanwhile, and stored notes since, which must not be wiped.
    if (meta_value(db, "fingerprint") == std::string(fingerprint))
        return exec(db, "COMMIT") ? Prepared::ready : failure(db);
    Statement set(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('fingerprint', ?1)");
    bool done = static_cast<bool>(set);
    if (done) set.bind(1, fingerprint);
    for (const char* table : k_part_tables) done = done && exec(db, fmt::format("DELETE FROM {}", table).c_str());
    done = done && exec(db, "DELETE FROM answers");
    done = done && set.step() == SQLITE_DONE && exec(db, "COMMIT");
    if (done) return Prepared::ready;
    const Prepared why = failure(db);
    exec(db, "ROLLBACK");
    return why;
}

sqlite3* open_file(const fs::path& file) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

}  // namespace

std::optional<FileStamp> stamp_of(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return stamp(st);
}

std::vector<std::optional<FileStamp>> stamps_of(const std::vector<fs::path>& files) {
    // Runs of at most 256 files of one folder: the folder opened once, each file stat'ed
    // from it (fstatat), rather than its whole path walked again by the kernel.
    auto folder = [](const fs::path& p) {
        const std::string_view s = p.native();
        const auto slash = s.rfind('/');
        return slash == s.npos ? std::string_view() : s.substr(0, slash);
    };
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // [begin, end)
    for (std::size_t i = 0; i < files.size();) {
        std::size_t j = i + 1;
        while (j < files.size() && j - i < 256 && folder(files[j]) == folder(files[i])) ++j;
        runs.emplace_back(i, j);
        i = j;
    }
    std::vector<std::optional<FileStamp>> stamps(files.size());
    util::parallel_for(runs.size(), [&](std::size_t r) {
        const auto [begin, end] = runs[r];
        const int dir = ::open(files[begin].parent_path().empty() ? "." : files[begin].parent_path().c_str(),
                               O_PATH | O_DIRECTORY | O_CLOEXEC);
        for (std::size_t i = begin; i < end; ++i) {
            struct stat st {};
            if (dir < 0 ? ::stat(files[i].c_str(), &st) != 0 : ::fstatat(dir, files[i].filename().c_str(), &st, 0) != 0)
                continue;
            stamps[i] = stamp(st);
        }
        if (dir >= 0) ::close(dir);
    });
    return stamps;
}

bool racy(const FileStamp& stamp, std::int64_t now_ns) {
    constexpr std::int64_t margin = 2'000'000'000;  // FAT and some network disks count in 2 s
    return std::max(stamp.mtime_ns, stamp.ctime_ns) + margin > now_ns;
}

std::string hash_hex(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return fmt::format("{:016x}", h);
}

std::optional<fs::path> Cache::location(const Repository& repo) {
    fs::path base;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home == '/') base = fs::path(home) / ".cache";
    else return std::nullopt;
    return base / "dla" / ("index-" + hash_hex(repo.root.string()) + ".sqlite");
}

std::unique_ptr<Cache> Cache::open(const Repository& repo, std::string_view fingerprint) {
    const auto file = location(repo);
    if (!file) return nullptr;
    std::error_code ec;
    // The minutes name people, with their addresses: the index is for its owner's eyes.
    if (fs::create_directories(file->parent_path(), ec)) fs::permissions(file->parent_path(), fs::perms::owner_all, ec);
    if (ec) return nullptr;
    // Another dla making the index at the same moment can make SQLite answer "busy" at
    // once (a journal mode being set does not wait): tried again for up to 2 s.
    for (int attempt = 0, waits = 0; attempt < 2; ++attempt) {
        if (sqlite3* db = open_file(*file)) {
            const Prepared prepared = prepare(db, fingerprint);
            if (prepared == Prepared::ready) {
                fs::permissions(*file, fs::perms::owner_read | fs::perms::owner_write, ec);
                return std::unique_ptr<Cache>(new Cache(db));
            }
            sqlite3_close(db);
            if (prepared == Prepared::busy) {
                if (++waits > 40) return nullptr;  // in use: this run goes without
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                --attempt;  // the file is sound: not a reason to delete it
                continue;
            }
        }
        // Not an index we can use: start again from nothing (once).
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file->string() + suffix, ec);
    }
    return nullptr;
}

Cache::~Cache() { sqlite3_close(m_db); }

std::unordered_map<std::string, Cache::Entry> Cache::find(const std::vector<std::string>& paths, unsigned parts,
                                                          std::vector<std::string>* others) {
    std::unordered_map<std::string, Entry> found;
    const bool scan = paths.size() > k_lookups;
    // The stamps and the head first; then each other part asked for, into the entries found.
    for (unsigned part = 0; part < model::k_part_count; ++part) {
        if (part != 0 && !(parts & (1u << part))) continue;
        const std::string sql = part == 0 ? std::string("SELECT path, data, size, mtime, ctime, inode, device FROM notes")
                                          : fmt::format("SELECT path, data FROM {}", k_part_tables[part]);
        Statement q(m_db, (sql + (scan ? "" : " WHERE path = ?1")).c_str());
        if (!q) return {};
        auto read_row = [&](Entry* into) {
            if (part == 0) {
                Entry e{{q.integer(2), q.integer(3), q.integer(4), q.integer(5), q.integer(6)}, {}};
                e.blobs[0] = q.text(1);
                found.emplace(q.text(0), std::move(e));
            } else if (into) {
                into->blobs[part] = q.text(1);
            }
        };
        if (scan) {
            const std::unordered_set<std::string_view> wanted(paths.begin(), paths.end());
            while (q.step() == SQLITE_ROW) {
                const std::string_view path = q.text(0);
                if (part == 0 && !wanted.contains(path)) {
                    if (others) others->emplace_back(path);
                    continue;
                }
                if (part == 0) read_row(nullptr);
                else if (auto it = found.find(std::string(path)); it != found.end()) read_row(&it->second);
            }
        } else {
            for (const auto& p : paths) {
                auto it = found.find(p);
                if (part != 0 && it == found.end()) continue;
                q.bind(1, p);
                if (q.step() == SQLITE_ROW) read_row(part == 0 ? nullptr : &it->second);
                q.reset();
            }
            if (part == 0 && others) {
                Statement all(m_db, "SELECT path FROM notes");
                while (all && all.step() == SQLITE_ROW)
                    if (!found.contains(std::string(all.text(0)))) others->emplace_back(all.text(0));
            }
        }
    }
    return found;
}

void Cache::store(const std::vector<std::pair<std::string, Entry>>& fresh, const std::vector<std::string>& gone) {
    if (fresh.empty() && gone.empty()) return;
    if (!exec(m_db, "BEGIN IMMEDIATE")) return;
    bool ok = true;
    for (unsigned part = 0; ok && part < model::k_part_count; ++part) {
        const char* table = k_part_tables[part];
        Statement put(m_db, part == 0 ? "INSERT OR REPLACE INTO notes (path, data, size, mtime, ctime, inode, device) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                      : fmt::format("INSERT OR REPLACE INTO {} (path, data) VALUES (?1, ?2)", table).c_str());
        Statement drop(m_db, fmt::format("DELETE FROM {} WHERE path = ?1", table).c_str());
        ok = put && drop;
        for (std::size_t i = 0; ok && i < fresh.size(); ++i) {
            const auto& [path, e] = fresh[i];
            put.bind(1, path);
            put.bind_blob(2, e.blobs[part]);
            if (part == 0) {
                put.bind(3, e.stamp.size);
                put.bind(4, e.stamp.mtime_ns);
                put.bind(5, e.stamp.ctime_ns);
                put.bind(6, e.stamp.inode);
                put.bind(7, e.stamp.device);
            }
            ok = put.step() == SQLITE_DONE;
            put.reset();
        }
        for (std::size_t i = 0; ok && i < gone.size(); ++i) {
            drop.bind(1, gone[i]);
            ok = drop.step() == SQLITE_DONE;
            drop.reset();
        }
    }
    if (!ok || !exec(m_db, "COMMIT")) exec(m_db, "ROLLBACK");
}

std::optional<Cache::Answer> Cache::answer(std::string_view key) {
    Statement q(m_db, "SELECT out, err, status FROM answers WHERE key = ?1");
    if (!q) return std::nullopt;
    q.bind(1, key);
    if (q.step() != SQLITE_ROW) return std::nullopt;
    return Answer{std::string(q.text(0)), std::string(q.text(1)), static_cast<int>(q.integer(2))};
}

void Cache::store_answer(std::string_view key, const Answer& answer) {
    if (!exec(m_db, "BEGIN IMMEDIATE")) return;
    Statement put(m_db, "INSERT OR REPLACE INTO answers (key, out, err, status, rank) "
                        "VALUES (?1, ?2, ?3, ?4, (SELECT IFNULL(MAX(rank), 0) + 1 FROM answers))");
    // The newest answers, up to k_answers_kept of them and k_answers_bytes together.
    Statement trim(m_db, "DELETE FROM answers WHERE rank NOT IN (SELECT rank FROM (SELECT rank, "
                         "SUM(LENGTH(out) + LENGTH(err)) OVER (ORDER BY rank DESC) AS total, "
                         "ROW_NUMBER() OVER (ORDER BY rank DESC) AS n FROM answers) WHERE n <= ?1 AND total <= ?2)");
    bool ok = put && trim;
    if (ok) {
        put.bind(1, key);
        put.bind_blob(2, answer.out);
        put.bind_blob(3, answer.err);
        put.bind(4, std::int64_t{answer.status});
        trim.bind(1, std::int64_t{k_answers_kept});
        trim.bind(2, std::int64_t{k_answers_bytes});
        ok = put.step() == SQLITE_DONE && trim.step() == SQLITE_DONE;
    }
    if (!ok || !exec(m_db, "COMMIT")) exec(m_db, "ROLLBACK");
}

}  // namespace dla::load
