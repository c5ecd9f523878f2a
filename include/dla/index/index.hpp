// The index: what parsing each note gave, kept between runs so that an unchanged note
// is neither read nor parsed again. One SQLite file per repository, out of it:
// $XDG_CACHE_HOME/dla/ (else ~/.cache/dla/). See docs/performance.md and
// docs/robustness.md (what it trusts, what it cannot see).
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dla/index/encode.hpp"
#include "dla/index/stamp.hpp"
#include "dla/load/repository.hpp"
#include "dla/util/i18n.hpp"

struct sqlite3;

namespace dla::index {

/// What the relational tables and the text index hold of one note (docs/schema.md): its
/// model, what the parser said of it, and its bytes (for the text index).
struct Source {
    model::Meeting meeting;
    std::vector<diag::Diagnostic> diagnostics;
    std::string text;
    /// Whether `text` goes in the text table: only for the runs that search it (dla search,
    /// sql, db export), which first have the notes stored without it parsed again
    /// (drop_without_text). Indexing the text costs more than parsing it.
    bool with_text = false;
};

class Index {
public:
    /// A note's stamp and its blobs, one per part (index/encode), and, when stored, what its
    /// rows are made of (null: its rows are deleted, none written).
    struct Entry {
        FileStamp stamp;
        EncodedNote blobs;
        std::shared_ptr<const Source> source = nullptr;
    };

    /// What a run's index shares with the attempts to open it: where its one warning goes,
    /// and how long it may still wait, all waits together, for another dla holding the index.
    struct Session {
        std::function<void(const util::Phrase&)> warn;  // empty: nothing is said
        std::atomic<std::int64_t> patience_us{k_patience_us};
        std::atomic<bool> warned{false};
        /// Says `phrase` through `warn`, the first time only.
        void warn_once(const util::Phrase& phrase);
    };
    /// The longest a run waits for another dla's lock (a stopped one holds it forever):
    /// after that the run goes without the index, or does not write it.
    static constexpr std::int64_t k_patience_us = 400'000;

    /// The index of `repo`, made for `fingerprint` (everything a note's parse depends on
    /// besides its bytes: the build, dla.yaml, the language). An index written for another
    /// fingerprint, corrupt, or not SQLite at all is emptied or rebuilt without a word.
    /// nullptr when there is no place for it (no cache folder, read-only disk), when another
    /// dla holds it past the session's patience, and, said once through the session, when
    /// the folder or a file of the index belongs to another user or is writable by others
    /// (not trusted). The folder is made 0700 (an existing one tightened when only readable
    /// by others), the database and SQLite's -wal and -shm 0600, whatever the umask.
    /// The commands then read every note, as with --no-cache.
    [[nodiscard]] static std::unique_ptr<Index> open(const load::Repository& repo, std::string_view fingerprint,
                                                     std::shared_ptr<Session> session = nullptr);
    /// An index in memory, for a run that has no index file (--no-cache, no cache folder,
    /// another dla holding it) but asks its questions in SQL (dla search, sql, db export).
    [[nodiscard]] static std::unique_ptr<Index> open_in_memory(std::string_view fingerprint);
    /// How many SQLite connections this process has opened: one per run at most (the
    /// workspace keeps the one it opened); tests count them.
    [[nodiscard]] static unsigned connections_made();
    /// Where the index of `repo` lives, whether or not it exists.
    [[nodiscard]] static std::optional<std::filesystem::path> location(const load::Repository& repo);
    ~Index();
    Index(const Index&) = delete;
    Index& operator=(const Index&) = delete;

    /// The entries for `paths` (as display paths), with the blobs of `parts` only. When `others`
    /// is given, the paths of the entries not asked for are added to it (the notes
    /// deleted or renamed since). An entry whose checksum does not match what it holds
    /// (a byte changed on disk) is left out: its note is read again and stored anew.
    [[nodiscard]] std::unordered_map<std::string, Entry> find(const std::vector<std::string>& paths, unsigned parts,
                                                              std::vector<std::string>* others = nullptr);

    /// Writes `fresh` and forgets `gone`, in one transaction; false when nothing was
    /// written. Another dla holding the index past the session's patience: nothing said,
    /// the next run stores them. A failed write (disk full, file size limit, I/O error):
    /// said once through the session, and this index is not written again.
    bool store(const std::vector<std::pair<std::string, Entry>>& fresh, const std::vector<std::string>& gone);

    /// Forgets the blobs of the notes whose text is not in the text table, so that the next
    /// read parses and stores them again, with it; false when nothing was written.
    bool drop_without_text();

    /// Gives back the memory SQLite holds for this connection (its page cache), kept open:
    /// once the notes are read, the run's peak memory is the model's, not the model's and
    /// the cache's together.
    void release_memory();

    /// The connection, for the questions asked in SQL (index/search, index/sql); null never.
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    Index(sqlite3* db, std::filesystem::path file, std::shared_ptr<Session> session)
        : m_db(db), m_file(std::move(file)), m_session(std::move(session)) {}
    sqlite3* m_db;
    std::filesystem::path m_file;
    std::shared_ptr<Session> m_session;
    bool m_broken = false;   // a write failed: not tried again
    bool m_corrupt = false;  // SQLite found the file damaged: deleted when closed, made anew next run
};

/// A stable 64-bit hash (xxHash's XXH3), as 16 hex digits (file names, fingerprints).
[[nodiscard]] std::string hash_hex(std::string_view bytes);

}  // namespace dla::index
