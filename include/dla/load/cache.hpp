// The index: what parsing each note gave, kept between runs so that an unchanged note
// is neither read nor parsed again. One SQLite file per repository, out of it:
// $XDG_CACHE_HOME/dla/ (else ~/.cache/dla/). See docs/performance.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dla/load/repository.hpp"
#include "dla/model/serialize.hpp"

struct sqlite3;

namespace dla::load {

/// What tells a file changed without reading it: git's "stat data". A rewrite keeps
/// neither the change time nor, often, the inode; a rename changes the path.
struct FileStamp {
    std::int64_t size = 0;
    std::int64_t mtime_ns = 0;
    std::int64_t ctime_ns = 0;
    std::int64_t inode = 0;
    std::int64_t device = 0;
    bool operator==(const FileStamp&) const = default;
};

/// The stamp of `path` (links followed); nullopt when it cannot be stat'ed.
[[nodiscard]] std::optional<FileStamp> stamp_of(const std::filesystem::path& path);

/// The stamps of `files`, in order, on every core; each file looked up from its folder
/// (files of one folder side by side, as list_notes gives them, cost one path walk).
[[nodiscard]] std::vector<std::optional<FileStamp>> stamps_of(const std::vector<std::filesystem::path>& files);

/// Whether a file may still change within its timestamps' granularity: touched less
/// than two seconds before `now_ns`. Such a file is not stored (git's "racy" files).
[[nodiscard]] bool racy(const FileStamp& stamp, std::int64_t now_ns);

class Cache {
public:
    /// A note's stamp and its blobs, one per part (model/serialize).
    struct Entry {
        FileStamp stamp;
        model::EncodedNote blobs;
    };

    /// The index of `repo`, made for `fingerprint` (everything a note's parse depends on
    /// besides its bytes: the build, dla.yaml, the language). An index written for another
    /// fingerprint, corrupt, or not SQLite at all is emptied or rebuilt without a word.
    /// nullptr when there is no place for it (no cache folder, read-only disk): the
    /// commands then read every note, as with --no-cache.
    [[nodiscard]] static std::unique_ptr<Cache> open(const Repository& repo, std::string_view fingerprint);
    /// Where the index of `repo` lives, whether or not it exists.
    [[nodiscard]] static std::optional<std::filesystem::path> location(const Repository& repo);
    ~Cache();
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;

    /// The entries for `paths` (as display paths), with the blobs of `parts` only. When `others`
    /// is given, the paths of the entries not asked for are added to it (the notes
    /// deleted or renamed since).
    [[nodiscard]] std::unordered_map<std::string, Entry> find(const std::vector<std::string>& paths, unsigned parts,
                                                              std::vector<std::string>* others = nullptr);

    /// Writes `fresh` and forgets `gone`, in one transaction. Silently does nothing when
    /// another dla holds the index for more than a moment: the next run stores them.
    void store(const std::vector<std::pair<std::string, Entry>>& fresh, const std::vector<std::string>& gone);

    /// What a command wrote, and its exit status: to answer the same command on the same
    /// notes again without reading them (cli/answer).
    struct Answer {
        std::string out;
        std::string err;
        int status = 0;
        bool operator==(const Answer&) const = default;
    };
    /// The answer stored under `key`, if any.
    [[nodiscard]] std::optional<Answer> answer(std::string_view key);
    /// Stores `answer` under `key`; only the latest answers are kept: k_answers_kept of
    /// them at most, k_answers_bytes together (an answer larger than that is not kept).
    void store_answer(std::string_view key, const Answer& answer);
    static constexpr int k_answers_kept = 16;
    static constexpr std::int64_t k_answers_bytes = 64 << 20;

private:
    explicit Cache(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
};

/// A stable 64-bit FNV-1a hash, as 16 hex digits (file names, fingerprints).
[[nodiscard]] std::string hash_hex(std::string_view bytes);

}  // namespace dla::load
