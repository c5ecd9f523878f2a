// What tells a note changed without reading it: its stamp ("stat data", as git keeps it).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace dla::index {

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

}  // namespace dla::index
