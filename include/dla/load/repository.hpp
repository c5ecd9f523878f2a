// Finding the repository of minutes and reading its files (in parallel).
#pragma once

#include <cstdint>
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

/// The largest note read, in bytes (64 MiB, docs/format.md): a larger file is refused
/// unread, in the working tree and in git history alike.
inline constexpr std::uint64_t k_max_note_bytes = std::uint64_t{64} << 20;

/// SourceFile::error values of dla's own, apart from errno values (which are positive).
inline constexpr int k_not_regular = -1;  // a FIFO, a device, a socket: not a note, never read
inline constexpr int k_too_large = -2;    // more bytes than the limit the reader was given

/// A file's bytes, or why they could not be read.
struct SourceFile {
    std::string path;  // for messages: relative to the root when under it, else as given
    std::filesystem::path fs_path;
    std::string bytes;
    int error = 0;  // 0 when read, else the errno value (ENOENT, EACCES, EISDIR, EIO…) or k_*
    std::uint64_t size = 0;  // with k_too_large: the file's size
    unsigned type = 0;       // with k_not_regular: its st_mode & S_IFMT
};

/// The notes folder `root/notes_dir`, checked: throws util::Failure when it does not
/// exist (`no_repository` when there is no dla.yaml either: no repository here), is not
/// a folder, or lies outside the repository (`notes: ../x`, a link leading out).
/// With `may_be_missing` (a command about to create it, in a repository with dla.yaml),
/// only where it would be is checked.
[[nodiscard]] std::filesystem::path notes_folder(const Repository& repo, const std::string& notes_dir,
                                                 bool may_be_missing = false);

/// The `*.md` entries under notes_folder(repo, notes_dir), any depth, sorted by path;
/// symbolic links leading outside the root and loops are not followed (a `*.md` link
/// that loops is listed, for reading to report it), nor are hidden entries. Entries
/// that are not regular files (a FIFO, a device) are listed: reading them reports them.
/// Throws util::Failure as notes_folder does, and when a folder under it cannot be read.
[[nodiscard]] std::vector<std::filesystem::path> list_notes(const Repository& repo,
                                                            const std::string& notes_dir);

/// Reads one file, of at most `max_bytes`. Never blocks on what is not a regular
/// file (opened O_NONBLOCK, then refused: k_not_regular) and never reads a larger one
/// (k_too_large).
[[nodiscard]] SourceFile read_file(const Repository& repo, const std::filesystem::path& path,
                                   std::uint64_t max_bytes = k_max_note_bytes);

/// Reads every file, in parallel, keeping their order.
[[nodiscard]] std::vector<SourceFile> read_files(const Repository& repo,
                                                 const std::vector<std::filesystem::path>& paths);

/// How `path` is shown in messages: relative to the root when under it.
[[nodiscard]] std::string display_path(const Repository& repo, const std::filesystem::path& path);

}  // namespace dla::load
