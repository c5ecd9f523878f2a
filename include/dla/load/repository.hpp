// Finding the repository of minutes and reading its files (in parallel).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dla::load {

/// A repository of minutes: the folder holding dla.yaml, or the folder given.
struct Repository {
    std::filesystem::path root;  // absolute
    bool has_config = false;     // root/dla.yaml exists
};

/// Walks up from `start` to the first folder holding dla.yaml (as git finds .git).
/// With `explicit_dir` (-C DIR), DIR is the start, and DIR itself the root when
/// no folder above holds dla.yaml. Without either, the start folder is the root.
/// Throws util::Failure when `explicit_dir` is not a readable folder.
[[nodiscard]] Repository find_repository(const std::filesystem::path& start,
                                         const std::optional<std::filesystem::path>& explicit_dir);

/// A file's bytes, or why they could not be read.
struct SourceFile {
    std::string path;  // for messages: relative to the root when under it, else as given
    std::filesystem::path fs_path;
    std::string bytes;
    int error = 0;  // 0 when read, else the errno value (ENOENT, EACCES, EISDIR, EIO…)
};

/// The `*.md` files under `root/notes_dir`, any depth, sorted by path; symbolic
/// links leading outside the root and loops are not followed (a `*.md` link that
/// loops is listed, for reading to report it). Empty when the folder
/// does not exist. Throws util::Failure when it exists but is not a folder.
[[nodiscard]] std::vector<std::filesystem::path> list_notes(const Repository& repo,
                                                            const std::string& notes_dir);

/// Reads one file.
[[nodiscard]] SourceFile read_file(const Repository& repo, const std::filesystem::path& path);

/// Reads every file, in parallel, keeping their order.
[[nodiscard]] std::vector<SourceFile> read_files(const Repository& repo,
                                                 const std::vector<std::filesystem::path>& paths);

/// How `path` is shown in messages: relative to the root when under it.
[[nodiscard]] std::string display_path(const Repository& repo, const std::filesystem::path& path);

}  // namespace dla::load
