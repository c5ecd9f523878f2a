// A repository of minutes as a run sees it: its root, its configuration and its notes,
// parsed, read through the index (one SQLite connection per run, opened at the first read).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/index/index.hpp"
#include "dla/load/repository.hpp"
#include "dla/model/config.hpp"
#include "dla/model/parsed_note.hpp"
#include "dla/parse/note.hpp"

namespace dla::workspace {

/// What a run says of the repository it opens (the command line's choices).
struct Options {
    std::filesystem::path cwd;
    std::optional<std::filesystem::path> dir;  // -C DIR
    std::optional<util::Lang> lang;            // --lang: overrides dla.yaml's language
    util::Lang fallback = util::Lang::fr;      // the environment's, when neither names one
    bool use_index = true;                     // false with --no-cache: every note read and parsed
    /// Where the index's one warning goes (a cache folder not trusted, an index not
    /// written), said in the workspace's language; empty: nothing is said.
    std::function<void(const std::string&)> warn;
};

struct Workspace {
    load::Repository repo;
    model::Config config;
    std::vector<diag::Diagnostic> diagnostics;  // of dla.yaml
    /// Everything a note's parse depends on besides its bytes (the build, dla.yaml, the
    /// language): the index keeps entries for this fingerprint only.
    std::string fingerprint;
    bool use_index = true;
    /// What the run's index shares with the attempts to open it (its warning, its patience).
    std::shared_ptr<index::Index::Session> index_session = std::make_shared<index::Index::Session>();
    /// The run's index once opened (index_of); null before, without it, or when it could not be.
    std::unique_ptr<index::Index> index;
    bool index_tried = false;
};

/// The largest dla.yaml read, in bytes (1 MiB): a larger one is a failed run.
inline constexpr std::uint64_t k_max_config_bytes = std::uint64_t{1} << 20;

/// Finds the repository from `options.cwd` (or `-C dir`) and reads dla.yaml when there is
/// one. The index is not opened yet. Throws util::Failure when the folder cannot be used.
[[nodiscard]] Workspace open(const Options& options);

/// The run's index: opened the first time it is asked for, then the same one; nullptr
/// with --no-cache or when it cannot be used (index::Index::open), and then for the
/// rest of the run.
[[nodiscard]] index::Index* index_of(Workspace& ws);

/// The run's index for the questions asked in SQL (dla search, sql, db export), brought
/// up to date with every note of the repository, text table included (only what changed
/// parsed). The run's index when that could be done; else (--no-cache, no cache folder,
/// another dla holding it, the disk refusing a write) an index in memory made for this
/// run, so that no row older than the notes answers; nullptr only when SQLite cannot
/// open one.
[[nodiscard]] index::Index* fresh_database(Workspace& ws);

/// The note files of the repository, or the files named in `paths` and the `*.md` files
/// of the folders named (relative to `cwd`), in that order. Throws util::Failure when a
/// named path does not exist.
[[nodiscard]] std::vector<std::filesystem::path> note_files(const Workspace& ws, const std::filesystem::path& cwd,
                                                            const std::vector<std::string>& paths);

/// The notes of the repository, or the files and folders named in `paths`
/// (relative to `cwd`), parsed. A folder named is searched for `*.md` files.
/// Only the parts of each meeting in `parts` are filled (model::Part; the others are left
/// empty): what a command does not use is neither read back nor kept in memory.
/// Unchanged notes come from the run's index (index_of); the others are read and parsed
/// in parallel, and stored in it.
/// Throws util::Failure when a named path does not exist.
[[nodiscard]] parse::Notes read_notes(Workspace& ws, const std::filesystem::path& cwd,
                                      const std::vector<std::string>& paths,
                                      unsigned parts = model::k_all_parts & ~model::bodies);

}  // namespace dla::workspace
