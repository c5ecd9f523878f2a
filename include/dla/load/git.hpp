// Reading a git repository with libgit2: the notes of a revision (for `dla diff`),
// the working tree's notes that git would see, and where the hooks live.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dla/load/repository.hpp"
#include "dla/util/date.hpp"

struct git_repository;

namespace dla::load {

/// One side of a comparison: a revision as typed and the object it names.
struct Revision {
    std::string name;  // as typed: "HEAD~1", "origin/main"; "" for the working tree
    std::string id;    // the full id of the commit (of the tree when a tree is named); "" for the working tree
    [[nodiscard]] bool working_tree() const { return id.empty(); }
    bool operator==(const Revision&) const = default;
};

/// Whether `path` (an existing folder) lies in a git repository, found by walking up as
/// git does (`dla init` starts no repository inside another).
[[nodiscard]] bool inside_git_repository(const std::filesystem::path& path);

/// Creates an empty git repository in `path` (an existing folder), as `git init` does.
/// Throws util::Failure (`git_failed`).
void init_git_repository(const std::filesystem::path& path);

/// A git repository opened with libgit2. Move-only; closes the repository when destroyed.
class GitRepository {
public:
    /// The repository holding `path`, found by walking up as git does.
    /// Throws util::Failure (`not_a_git_repository`) when there is none.
    explicit GitRepository(const std::filesystem::path& path);
    ~GitRepository();
    GitRepository(GitRepository&&) noexcept;
    GitRepository& operator=(GitRepository&&) noexcept;
    GitRepository(const GitRepository&) = delete;
    GitRepository& operator=(const GitRepository&) = delete;

    /// The root of the working tree, canonical; throws util::Failure (`git_bare`) for a
    /// bare repository, which has none.
    [[nodiscard]] std::filesystem::path work_tree() const;

    /// The folder git runs hooks from: `core.hooksPath` when set (relative to the working
    /// tree), else `.git/hooks`.
    [[nodiscard]] std::filesystem::path hooks_dir() const;

    /// What `rev` names: anything `git rev-parse` reads (`HEAD`, `HEAD~3`, `main`,
    /// `origin/main`, a tag, a commit id). Throws util::Failure: `git_no_commit` in a
    /// repository without any commit, else `unknown_revision`.
    [[nodiscard]] Revision resolve(std::string_view rev) const;

    /// The two ends of `A..B` (A and B) or `A...B` (the merge base of A and B, and B), as
    /// `git diff` reads them; an end left out is HEAD. nullopt when `text` is no range.
    /// Throws util::Failure as resolve().
    [[nodiscard]] std::optional<std::pair<Revision, Revision>> resolve_range(std::string_view text) const;

    /// The `*.md` files of `revision` under `repo.root / notes_dir`, at any depth, sorted by
    /// path, with their bytes as a checkout would write them (line-ending filters applied).
    /// Paths are relative to `repo.root`, as display_path() gives them for the working
    /// tree. Hidden files and folders, symbolic links and submodules are left out, as
    /// list_notes() leaves them out. A blob over k_max_note_bytes is not loaded: its file
    /// comes with k_too_large. `repo.root` must lie in the working tree.
    [[nodiscard]] std::vector<SourceFile> notes_at(const Revision& revision, const Repository& repo,
                                                   const std::string& notes_dir) const;

    /// The notes of the working tree, as list_notes() and read_files() give them, less the
    /// files that git ignores and does not track (drafts kept out of the repository) and
    /// the files of a submodule or other repository nested in this one (a commit to git).
    [[nodiscard]] std::vector<SourceFile> working_notes(const Repository& repo, const std::string& notes_dir) const;

    /// The date of the commit of HEAD's history that added `file` (the oldest one holding
    /// it at its current path): its author date, in the author's own time zone. nullopt
    /// for a file git does not track, outside the working tree, or a repository
    /// without commits.
    [[nodiscard]] std::optional<util::Date> added_on(const std::filesystem::path& file) const;

private:
    struct Closer {
        void operator()(git_repository* repo) const;
    };
    std::unique_ptr<git_repository, Closer> m_repo;
};

}  // namespace dla::load
