// Opening a repository of minutes: its root, its configuration and its notes, parsed.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/load/cache.hpp"
#include "dla/load/repository.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/model/serialize.hpp"
#include "dla/parse/note.hpp"

namespace dla::parse {

struct Workspace {
    load::Repository repo;
    model::Config config;
    std::vector<diag::Diagnostic> diagnostics;  // of dla.yaml
    /// Everything a note's parse depends on besides its bytes (the build, dla.yaml, the
    /// language): the index keeps entries for this fingerprint only.
    std::string fingerprint;
    bool use_index = true;  // false with --no-cache
    /// What the run's indexes share: where their one warning goes (a cache folder not
    /// trusted, an index not written), and how long they may wait for another dla.
    std::shared_ptr<load::Cache::Session> index_session = std::make_shared<load::Cache::Session>();
};

/// The largest dla.yaml read, in bytes (1 MiB): a larger one is a failed run.
inline constexpr std::uint64_t k_max_config_bytes = std::uint64_t{1} << 20;

/// Finds the repository from `cwd` (or `-C dir`) and reads dla.yaml when there is
/// one. `lang`, when given, overrides the configuration's language; `fallback` (the
/// environment's) is the language when neither `lang` nor dla.yaml names one.
/// Throws util::Failure when the folder cannot be used.
[[nodiscard]] Workspace open_workspace(const std::filesystem::path& cwd,
                                       const std::optional<std::filesystem::path>& dir,
                                       const std::optional<util::Lang>& lang,
                                       util::Lang fallback = util::Lang::fr);

/// The note files of the repository, or the files named in `paths` and the `*.md` files
/// of the folders named (relative to `cwd`), in that order. Throws util::Failure when a
/// named path does not exist.
[[nodiscard]] std::vector<std::filesystem::path> note_files(const Workspace& ws, const std::filesystem::path& cwd,
                                                            const std::vector<std::string>& paths);

/// The notes of the repository, or the files and folders named in `paths`
/// (relative to `cwd`), parsed. A folder named is searched for `*.md` files.
/// Only the parts of each meeting in `parts` are filled (model::Part; the others are left
/// empty): what a command does not use is neither read back nor kept in memory.
/// Unchanged notes come from the index (load/cache) unless `ws.use_index` is false;
/// the others are read and parsed in parallel, and stored in it.
/// Throws util::Failure when a named path does not exist.
[[nodiscard]] Notes read_notes(const Workspace& ws, const std::filesystem::path& cwd,
                               const std::vector<std::string>& paths,
                               unsigned parts = model::k_all_parts & ~model::bodies);

}  // namespace dla::parse
