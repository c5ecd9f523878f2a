#include "dla/index/index.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <thread>
#include <unordered_set>

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "rows.hpp"
#include "statement.hpp"

namespace fs = std::filesystem;

namespace dla::index {

namespace {

// The layout of the tables; an index of another layout is deleted and made anew.
// 5: a checksum per row, the kept answers gone. 6: the blobs' tables named blob_*, the
// relational tables and the text index beside them (docs/schema.md).
constexpr int k_schema = 6;
// The tables of the parts, in the order of model::Part. The head sits with the stamps in
// `notes`; every other part has a table of its own, so that reading one part reads its
// pages only (SQLite walks a row's overflow pages up to the column it wants: in one
// row, the actions came after 20 MB of news).
constexpr const char* k_part_tables[model::k_part_count] = {
    "blob_head", "blob_outline", "blob_people", "blob_agenda", "blob_news",
    "blob_decisions", "blob_actions", "blob_events", "blob_bodies"};
// Up to this many notes asked for, one lookup each; more, one pass over each table.
constexpr std::size_t k_lookups = 64;

// What a row holds, hashed with its path (a row copied under another path does not
// match) and, for the head, the note's stamp: verified when read (docs/robustness.md).
std::int64_t checksum(std::string_view path, std::string_view blob, const FileStamp* stamp) {
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    XXH3_64bits_update(state, path.data(), path.size());
    if (stamp) {
        const std::int64_t fields[] = {stamp->size, stamp->mtime_ns, stamp->ctime_ns, stamp->inode, stamp->device};
        XXH3_64bits_update(state, fields, sizeof fields);
    }
    XXH3_64bits_update(state, blob.data(), blob.size());
    const XXH64_hash_t sum = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    std::int64_t as_integer = 0;  // SQLite's integers are signed: the same 64 bits
    std::memcpy(&as_integer, &sum, sizeof sum);
    return as_integer;
}

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

enum class Prepared { ready, busy, unusable, unavailable };

// Why the last statement failed: another dla holding the file (wait a little, delete
// nothing); a file that is not an index we can use (made anew); or the disk saying no
// (full, read-only, an I/O error, the file size limit): this run goes without it.
Prepared failure(sqlite3* db, int& code) {
    switch (code = sqlite3_errcode(db) & 0xff) {
    case SQLITE_BUSY: case SQLITE_LOCKED: return Prepared::busy;
    case SQLITE_CORRUPT: case SQLITE_NOTADB: case SQLITE_SCHEMA: case SQLITE_ERROR: case SQLITE_MISMATCH:
        return Prepared::unusable;
    default: return Prepared::unavailable;
    }
}

// Makes the file an index for `fingerprint`: unusable when it is not one and cannot be
// made one (not SQLite, corrupt, another layout); busy when another dla holds it past the
// run's patience (it may be making it: it is not deleted); unavailable when the disk says
// no. `code` is then SQLite's (primary) error code.
Prepared prepare(sqlite3* db, std::string_view fingerprint, int& code) {
    // WAL: readers never wait for a writer, and a killed writer leaves the index whole.
    if (!exec(db, "PRAGMA journal_mode=WAL") || !exec(db, "PRAGMA synchronous=NORMAL")) return failure(db, code);
    const int version = user_version(db);
    if (version < 0) return failure(db, code);
    if (version != 0 && version != k_schema) return Prepared::unusable;
    if (version == 0) {
        if (!exec(db, "BEGIN IMMEDIATE")) return failure(db, code);
        const bool made = user_version(db) == k_schema ||  // made by another dla meanwhile
            (exec(db, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)") &&
             exec(db, "CREATE TABLE blob_head (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, ctime INTEGER, "
                      "inode INTEGER, device INTEGER, data BLOB, sum INTEGER)") &&
             std::all_of(k_part_tables + 1, std::end(k_part_tables), [&](const char* table) {
                 return exec(db, fmt::format("CREATE TABLE {} (path TEXT PRIMARY KEY, data BLOB, sum INTEGER)", table).c_str());
             }) &&
             create_row_tables(db) &&
             exec(db, fmt::format("PRAGMA user_version = {}", k_schema).c_str()));
        if (!made || !exec(db, "COMMIT")) {
            const Prepared why = failure(db, code);
            exec(db, "ROLLBACK");
            return why;
        }
    }
    if (meta_value(db, "fingerprint") == std::string(fingerprint)) return Prepared::ready;
    // Made by another build, for another dla.yaml or language: its entries mean nothing now.
    if (!exec(db, "BEGIN IMMEDIATE")) return failure(db, code);
    // Looked at again, the write lock held: a dla started at the same moment may have made
    // it ours meanwhile, and stored notes since, which must not be wiped.
    if (meta_value(db, "fingerprint") == std::string(fingerprint))
        return exec(db, "COMMIT") ? Prepared::ready : failure(db, code);
    Statement set(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('fingerprint', ?1)");
    bool done = static_cast<bool>(set);
    if (done) set.bind(1, fingerprint);
    for (const char* table : k_part_tables) done = done && exec(db, fmt::format("DELETE FROM {}", table).c_str());
    done = done && clear_rows(db) && set.step() == SQLITE_DONE && exec(db, "COMMIT");
    if (done) return Prepared::ready;
    const Prepared why = failure(db, code);
    exec(db, "ROLLBACK");
    return why;
}

std::atomic<unsigned> g_connections{0};  // Index::connections_made

sqlite3* open_file(const fs::path& file) {
    ++g_connections;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

// Whether a folder or file of the index may be trusted: owned by this user and writable
// by nobody else (else another user could plant entries, or read the notes' names through
// a file of theirs). Said once when it may not.
bool trusted(const fs::path& path, const struct stat& st, Index::Session& session) {
    if (st.st_uid != ::geteuid()) {
        session.warn_once({util::Msg::index_foreign, {path.string()}});
        return false;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        session.warn_once({util::Msg::index_open_to_others, {path.string()}});
        return false;
    }
    return true;
}

// The cache folder, made 0700 whatever the umask, or an existing one checked; one only
// readable by others (the 0755 of older versions, a umask of 022) is tightened.
bool ready_folder(const fs::path& dir, Index::Session& session) {
    std::error_code ec;
    fs::create_directories(dir.parent_path(), ec);  // ~/.cache, as any program would
    if (::mkdir(dir.c_str(), 0700) == 0) return ::chmod(dir.c_str(), 0700) == 0;
    struct stat st {};
    if (errno != EEXIST || ::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return false;  // no place: silently
    if (!trusted(dir, st, session)) return false;
    return (st.st_mode & 077) == 0 || ::chmod(dir.c_str(), 0700) == 0;
}

// A file of the index (the database, its -wal, its -shm), checked when it exists (a link
// is not followed) and tightened to 0600; the database made 0600 when `create`, before
// SQLite opens it: SQLite gives the -wal and -shm it makes the database's mode.
bool ready_file(const fs::path& file, Index::Session& session, bool create) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode) || !trusted(file, st, session)) return false;
        return (st.st_mode & 077) == 0 || ::chmod(file.c_str(), 0600) == 0;
    }
    if (errno != ENOENT) return false;
    if (!create) return true;
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    const bool made = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    // A -wal and -shm left by a database deleted while a process still held it open belong
    // to no database now: SQLite would take them for the new one's (a disk I/O error).
    ::unlink((file.string() + "-wal").c_str());
    ::unlink((file.string() + "-shm").c_str());
    return made;
}

// SQLite's busy handler: another dla holds the index. Waits in steps of 10 ms while the
// run's patience lasts (shared by all its indexes; the time really slept is counted, a
// loaded machine oversleeps), then lets SQLite answer "busy".
int wait_a_little(void* session, int) {
    auto& patience = static_cast<Index::Session*>(session)->patience_us;
    if (patience.load() <= 0) return 0;
    const auto start = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    patience -= std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    return 1;
}

}  // namespace

std::string hash_hex(std::string_view bytes) { return fmt::format("{:016x}", XXH3_64bits(bytes.data(), bytes.size())); }

void Index::Session::warn_once(const util::Phrase& phrase) {
    if (warn && !warned.exchange(true)) warn(phrase);
}

unsigned Index::connections_made() { return g_connections.load(); }

std::optional<fs::path> Index::location(const load::Repository& repo) {
    fs::path base;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home == '/') base = fs::path(home) / ".cache";
    else return std::nullopt;
    return base / "dla" / ("index-" + hash_hex(repo.root.string()) + ".sqlite");
}

std::unique_ptr<Index> Index::open(const load::Repository& repo, std::string_view fingerprint, std::shared_ptr<Session> session) {
    if (!session) session = std::make_shared<Session>();
    const auto file = location(repo);
    if (!file || !ready_folder(file->parent_path(), *session)) return nullptr;
    const fs::path wal = file->string() + "-wal", shm = file->string() + "-shm";
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ready_file(*file, *session, true) || !ready_file(wal, *session, false) || !ready_file(shm, *session, false))
            return nullptr;
        sqlite3* db = open_file(*file);
        if (!db) return nullptr;
        sqlite3_busy_handler(db, wait_a_little, session.get());
        int code = SQLITE_OK;
        Prepared prepared = prepare(db, fingerprint, code);
        // Another dla making the index at the same moment can make SQLite answer "busy" at
        // once (a journal mode being set does not wait): tried again while patience lasts.
        while (prepared == Prepared::busy && wait_a_little(session.get(), 0)) prepared = prepare(db, fingerprint, code);
        // The -wal and -shm SQLite has made by now: looked at as the database was.
        if (prepared == Prepared::ready && ready_file(wal, *session, false) && ready_file(shm, *session, false))
            return std::unique_ptr<Index>(new Index(db, *file, std::move(session)));
        sqlite3_close(db);
        // A write refused (disk full, the file size limit, an I/O error): said, as by store.
        if (prepared == Prepared::unavailable && (code == SQLITE_IOERR || code == SQLITE_FULL))
            session->warn_once({util::Msg::index_not_written, {file->string(), sqlite3_errstr(code)}});
        // Busy past patience (the file is sound: not deleted), the disk saying no, or files
        // not trusted: this run goes without. Not an index we can use: made anew (once).
        if (prepared != Prepared::unusable) return nullptr;
        std::error_code ec;
        for (const fs::path& f : {*file, wal, shm}) fs::remove(f, ec);
    }
    return nullptr;
}

std::unique_ptr<Index> Index::open_in_memory(std::string_view fingerprint) {
    ++g_connections;
    sqlite3* db = nullptr;
    int code = SQLITE_OK;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK ||
        prepare(db, fingerprint, code) != Prepared::ready) {
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<Index>(new Index(db, {}, std::make_shared<Session>()));
}

Index::~Index() {
    sqlite3_close(m_db);
    // Found damaged: deleted, the next run makes it anew (an index holds nothing that is
    // not in the notes).
    std::error_code ec;
    if (m_corrupt)
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(m_file.string() + suffix, ec);
}

std::unordered_map<std::string, Index::Entry> Index::find(const std::vector<std::string>& paths, unsigned parts,
                                                          std::vector<std::string>* others) {
    std::unordered_map<std::string, Entry> found;
    const bool scan = paths.size() > k_lookups;
    // The stamps and the head first; then each other part asked for, into the entries found.
    // A row that does not match its checksum drops its entry: the note is read again.
    for (unsigned part = 0; part < model::k_part_count; ++part) {
        if (part != 0 && !(parts & (1u << part))) continue;
        const std::string sql = part == 0 ? std::string("SELECT path, data, sum, size, mtime, ctime, inode, device FROM blob_head")
                                          : fmt::format("SELECT path, data, sum FROM {}", k_part_tables[part]);
        Statement q(m_db, (sql + (scan ? "" : " WHERE path = ?1")).c_str());
        if (!q) return {};
        auto read_row = [&](Entry* into) {
            const std::string_view path = q.text(0), data = q.text(1);
            if (part == 0) {
                Entry e{{q.integer(3), q.integer(4), q.integer(5), q.integer(6), q.integer(7)}, {}};
                if (checksum(path, data, &e.stamp) != q.integer(2)) return;
                e.blobs[0] = data;
                found.emplace(path, std::move(e));
            } else if (into) {
                if (checksum(path, data, nullptr) == q.integer(2)) into->blobs[part] = data;
                else found.erase(std::string(path));
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
                Statement all(m_db, "SELECT path FROM blob_head");
                while (all && all.step() == SQLITE_ROW)
                    if (!found.contains(std::string(all.text(0)))) others->emplace_back(all.text(0));
            }
        }
    }
    // Pages SQLite itself finds damaged: nothing of it is used, and it is made anew.
    if (const int code = sqlite3_errcode(m_db) & 0xff; code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        m_corrupt = m_broken = true;
        return {};
    }
    return found;
}

bool Index::drop_without_text() {
    if (m_broken) return false;
    return exec(m_db, "DELETE FROM blob_head WHERE path IN (SELECT path FROM notes WHERE has_text = 0)");
}

void Index::release_memory() { sqlite3_db_release_memory(m_db); }

bool Index::store(const std::vector<std::pair<std::string, Entry>>& fresh, const std::vector<std::string>& gone) {
    if (fresh.empty() && gone.empty()) return true;
    if (m_broken) return false;
    int code = SQLITE_OK, system = 0;  // of the first failure
    auto check = [&](bool done) {
        if (!done && code == SQLITE_OK) {
            code = sqlite3_errcode(m_db) & 0xff;
            system = sqlite3_system_errno(m_db);
        }
        return done;
    };
    bool ok = check(exec(m_db, "BEGIN IMMEDIATE"));
    for (unsigned part = 0; ok && part < model::k_part_count; ++part) {
        const char* table = k_part_tables[part];
        Statement put(m_db, part == 0 ? "INSERT OR REPLACE INTO blob_head (path, data, sum, size, mtime, ctime, inode, device) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                      : fmt::format("INSERT OR REPLACE INTO {} (path, data, sum) VALUES (?1, ?2, ?3)", table).c_str());
        Statement drop(m_db, fmt::format("DELETE FROM {} WHERE path = ?1", table).c_str());
        ok = check(put && drop);
        for (std::size_t i = 0; ok && i < fresh.size(); ++i) {
            const auto& [path, e] = fresh[i];
            put.bind(1, path);
            put.bind_blob(2, e.blobs[part]);
            put.bind(3, checksum(path, e.blobs[part], part == 0 ? &e.stamp : nullptr));
            if (part == 0) {
                put.bind(4, e.stamp.size);
                put.bind(5, e.stamp.mtime_ns);
                put.bind(6, e.stamp.ctime_ns);
                put.bind(7, e.stamp.inode);
                put.bind(8, e.stamp.device);
            }
            ok = check(put.step() == SQLITE_DONE);
            put.reset();
        }
        for (std::size_t i = 0; ok && i < gone.size(); ++i) {
            drop.bind(1, gone[i]);
            ok = check(drop.step() == SQLITE_DONE);
            drop.reset();
        }
    }
    // The relational rows and the text of each note, in the same transaction: a reader
    // sees a note's blobs and rows both old or both new.
    if (ok) {
        RowWriter rows(m_db);
        ok = check(rows.ready());
        for (std::size_t i = 0; ok && i < fresh.size(); ++i)
            ok = check(rows.write(fresh[i].first, fresh[i].second.stamp, fresh[i].second.source.get()));
        for (std::size_t i = 0; ok && i < gone.size(); ++i) ok = check(rows.forget(gone[i]));
    }
    if (ok && check(exec(m_db, "COMMIT"))) return true;
    exec(m_db, "ROLLBACK");
    // Another dla holding the index past patience: the next run stores these notes.
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return false;
    // The disk said no (full, the file size limit, an I/O error): the answer is whole all
    // the same; said once, and not tried again in this run.
    m_broken = true;
    m_corrupt = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    m_session->warn_once({util::Msg::index_not_written,
                          {m_file.string(), system != 0 ? std::strerror(system) : sqlite3_errstr(code)}});
    return false;
}

}  // namespace dla::index
