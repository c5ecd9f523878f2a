// Writing files safely: a reader sees the old content or the new one, never half a file.
#pragma once

#include <filesystem>
#include <string_view>

namespace dla::load {

/// Permissions of a file that did not exist, before the umask: rw-rw-rw-.
inline constexpr std::filesystem::perms k_new_file_perms =
    std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
    std::filesystem::perms::group_read | std::filesystem::perms::group_write |
    std::filesystem::perms::others_read | std::filesystem::perms::others_write;

/// What to do when `path` exists already.
enum class IfExists {
    replace,  // the new bytes take its place
    keep,     // nothing is written: only a new file is created (`dla new-minutes`)
};

/// Replaces or creates `path` with `bytes` atomically: a temporary file in the same
/// folder, written, flushed to disk, then renamed over `path` (and the folder flushed).
/// The temporary file is unnamed (O_TMPFILE) until the rename where the file system
/// allows it, so that a process killed at any point leaves nothing behind.
/// An existing file keeps its permissions (and its owner and group when allowed); a new
/// one gets `new_file_perms` less the umask. A symbolic link is followed: its target is
/// rewritten and the link stays. Throws util::Failure (`write_failed`), leaving `path`
/// as it was and no temporary file behind.
/// With IfExists::keep, the temporary file only takes the name if nothing has it, not
/// even a broken link (renameat2 with RENAME_NOREPLACE, else link() then unlink(): a
/// file created meanwhile by another program is never overwritten); when something
/// has it, throws util::Failure (`write_exists`) and leaves nothing behind.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           std::filesystem::perms new_file_perms = k_new_file_perms,
                           IfExists if_exists = IfExists::replace);

/// Throws util::Failure (`notes_outside`, naming `shown`) unless `folder`, its links
/// resolved (it may not exist yet), lies under `root`: a new note is never written
/// through a link leading out of the repository (`notes/2025` → `/ailleurs`).
void require_inside(const std::filesystem::path& folder, const std::filesystem::path& root, const std::string& shown);

/// True when `path` (a link followed) or its folder may not be written: this process lacks
/// the permission, or the owner's write bit is off (chmod 444), which the superuser's
/// permission would override: a note made read-only stays so for every user of dla.
[[nodiscard]] bool read_only(const std::filesystem::path& path);

/// What a rewrite of a note must still find in its place.
struct Expected {
    std::string_view bytes;           // the content the new bytes were made from
    std::filesystem::path root;       // the file (its links resolved) must lie under it
};

/// What became of a rewrite.
enum class Rewritten {
    done,         // the new bytes are in place
    changed,      // the file is no longer what was read (a concurrent edit): left as it is
    hard_linked,  // the file has other names, which a rename would part from it: left as it is
    outside,      // the file (through a link) lies outside `root`: left as it is
};

/// Rewrites an existing note as write_file_atomically does, only if it is still what
/// was read: right before the rename, its content is compared with `expected.bytes` and
/// its stat data with those seen then; a difference leaves it untouched. A note with
/// more than one hard link is left as it is (a rename would break the link), and so is
/// a note a link leads to outside `expected.root`. A race remains only between that last
/// comparison and the rename (two system calls). Throws util::Failure as
/// write_file_atomically.
[[nodiscard]] Rewritten rewrite_file(const std::filesystem::path& path, std::string_view bytes,
                                     const Expected& expected);

}  // namespace dla::load
