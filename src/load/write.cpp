#include "dla/load/write.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::load {

namespace {

[[noreturn]] void fail(const fs::path& path, int error) {
    throw util::Failure({util::Msg::write_failed, {path.string(), std::strerror(error)}});
}

// The new content, before it takes the target's name. Preferably an unnamed file
// (O_TMPFILE): if the process dies at any point — killed, power cut — the kernel drops
// it and nothing is left in the folder. Where the file system cannot (EOPNOTSUPP), a
// hidden file beside the target, removed on every failure this process sees.
class TempFile {
public:
    TempFile(int fd, fs::path path) : m_fd(fd), m_path(std::move(path)) {}
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (m_fd >= 0) ::close(m_fd);
        if (!m_committed && !m_path.empty()) ::unlink(m_path.c_str());
    }
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] bool unnamed() const { return m_path.empty(); }
    [[nodiscard]] const fs::path& path() const { return m_path; }
    // Gives an unnamed file the name `name`, which must be free; false (with errno) if not.
    bool link_as(const fs::path& name) {
        const std::string proc = "/proc/self/fd/" + std::to_string(m_fd);
        if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) != 0) return false;
        m_path = name;
        return true;
    }
    void commit() { m_committed = true; }

private:
    int m_fd;
    fs::path m_path;  // empty while unnamed
    bool m_committed = false;
};

fs::path hidden_name(const fs::path& target, std::random_device& random) {
    return target.parent_path() / ("." + target.filename().string() + ".dla-" + std::to_string(random() % 1000000000u));
}

// A new file beside `target`: unnamed if the file system can, else created exclusively
// (never an existing one, never through a link).
TempFile create_beside(const fs::path& target, fs::perms perms) {
    // Naming it later goes through /proc/self/fd: without /proc, a named file from the start.
    if (::access("/proc/self/fd", X_OK) == 0) {
        const int unnamed = ::open(target.parent_path().c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, static_cast<mode_t>(perms));
        if (unnamed >= 0) return TempFile(unnamed, {});
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) fail(target, errno);
    }
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path temp = hidden_name(target, random);
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                              static_cast<mode_t>(perms));
        if (fd >= 0) return TempFile(fd, temp);
        if (errno != EEXIST) fail(target, errno);
    }
    fail(target, EEXIST);
}

// Gives an unnamed file a hidden name beside `target`, for the rename over it: the only
// moment a name other than the target's exists, between two system calls.
void name_for_rename(TempFile& temp, const fs::path& target) {
    if (!temp.unnamed()) return;
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (temp.link_as(hidden_name(target, random))) return;
        if (errno != EEXIST) fail(target, errno);
    }
    fail(target, EEXIST);
}

void write_all(const TempFile& file, std::string_view bytes, const fs::path& target) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(file.fd(), bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(target, errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

// The rename itself reaches the disk with the folder.
void flush_folder(const fs::path& target) {
    const int dir = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

// Gives the temporary file the name `target` only if nothing has it: false (errno EEXIST)
// when something does. Once it has the name, no temporary name is left.
bool rename_no_replace(TempFile& temp, const fs::path& target) {
    if (temp.unnamed()) {  // linkat never replaces: the name is taken whole, or not at all
        if (!temp.link_as(target)) return false;
        temp.commit();
        return true;
    }
    if (::renameat2(AT_FDCWD, temp.path().c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) {
        temp.commit();
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) return false;
    // A file system without RENAME_NOREPLACE: a hard link fails too when the name is taken.
    if (::link(temp.path().c_str(), target.c_str()) != 0) return false;
    ::unlink(temp.path().c_str());
    temp.commit();
    return true;
}

}  // namespace

namespace {

bool inside(const fs::path& file, const fs::path& root) {
    std::error_code ec;
    const fs::path rel = fs::weakly_canonical(file, ec).lexically_relative(fs::weakly_canonical(root, ec));
    return !ec && !rel.empty() && *rel.begin() != "..";
}

bool same_stat(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
           a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec &&
           a.st_ctim.tv_sec == b.st_ctim.tv_sec && a.st_ctim.tv_nsec == b.st_ctim.tv_nsec;
}

// Whether the open file `fd` holds exactly `bytes`, and `target` still names it unchanged.
bool still_holds(int fd, const fs::path& target, std::string_view bytes) {
    struct stat before {};
    if (::fstat(fd, &before) != 0 || static_cast<std::uint64_t>(before.st_size) != bytes.size()) return false;
    std::string buffer(64 * 1024, '\0');
    std::size_t at = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), static_cast<off_t>(at));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;
        if (bytes.substr(at, static_cast<std::size_t>(n)) != std::string_view(buffer.data(), static_cast<std::size_t>(n)))
            return false;
        at += static_cast<std::size_t>(n);
    }
    struct stat after {}, named {};
    return at == bytes.size() && ::fstat(fd, &after) == 0 && same_stat(before, after) &&
           ::stat(target.c_str(), &named) == 0 && same_stat(after, named);
}

// The replacing write of both public functions; with `expected`, the checks of rewrite_file.
Rewritten replace(const fs::path& path, std::string_view bytes, fs::perms new_file_perms, const Expected* expected) {
    // Through a link, the file it points to is rewritten: the link must stay a link.
    std::error_code ec;
    fs::path target = path;
    if (fs::is_symlink(path, ec)) {
        target = fs::weakly_canonical(path, ec);
        if (ec) fail(path, ec.value());
    }
    if (target.parent_path().empty()) target = fs::path(".") / target;
    if (expected && !inside(target, expected->root)) return Rewritten::outside;

    struct stat old {};
    const bool existed = ::stat(target.c_str(), &old) == 0;
    if (!existed && errno != ENOENT) fail(path, errno);
    // The file as it is now, held open to compare it with what was read right before the rename.
    int held = -1;
    struct Closer {
        int& fd;
        ~Closer() {
            if (fd >= 0) ::close(fd);
        }
    } closer{held};
    if (expected) {
        if (!existed) return Rewritten::changed;  // deleted or renamed meanwhile
        held = ::open(target.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (held < 0 || ::fstat(held, &old) != 0 || !S_ISREG(old.st_mode)) return Rewritten::changed;
        if (old.st_nlink > 1) return Rewritten::hard_linked;
    }

    TempFile temp = create_beside(target, existed ? fs::perms::owner_read | fs::perms::owner_write : new_file_perms);
    write_all(temp, bytes, path);
    if (existed) {
        // The new file takes the place of the old one: it takes its permissions too.
        if (::fchmod(temp.fd(), old.st_mode & 07777) != 0) fail(path, errno);
        // Only root may give a file away; for anyone else the owner is already right.
        if (::fchown(temp.fd(), old.st_uid, old.st_gid) != 0 && errno != EPERM) fail(path, errno);
    }
    if (::fsync(temp.fd()) != 0) fail(path, errno);
    name_for_rename(temp, target);
    // Compared last, after the slow part (the fsync): what an editor saved meanwhile is kept.
    if (expected && !still_holds(held, target, expected->bytes)) return Rewritten::changed;
    if (::rename(temp.path().c_str(), target.c_str()) != 0) fail(path, errno);
    temp.commit();
    flush_folder(target);
    return Rewritten::done;
}

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view bytes, fs::perms new_file_perms, IfExists if_exists) {
    if (if_exists == IfExists::replace) {
        (void)replace(path, bytes, new_file_perms, nullptr);
        return;
    }
    fs::path target = path;
    if (target.parent_path().empty()) target = fs::path(".") / target;
    TempFile temp = create_beside(target, new_file_perms);
    write_all(temp, bytes, path);
    // Once fsync succeeded the data is on disk: closing (in ~TempFile) can lose nothing.
    if (::fsync(temp.fd()) != 0) fail(path, errno);
    if (!rename_no_replace(temp, target)) {
        if (errno == EEXIST) throw util::Failure({util::Msg::write_exists, {path.string()}});
        fail(path, errno);
    }
    flush_folder(target);
}

Rewritten rewrite_file(const fs::path& path, std::string_view bytes, const Expected& expected) {
    return replace(path, bytes, k_new_file_perms, &expected);
}

void require_inside(const fs::path& folder, const fs::path& root, const std::string& shown) {
    if (!inside(folder / "x", root)) throw util::Failure({util::Msg::notes_outside, {shown}});
}

bool read_only(const fs::path& path) {
    std::error_code ec;
    const fs::path file = fs::canonical(path, ec);
    if (ec) return false;  // the write says what is wrong
    for (const fs::path& p : {file, file.parent_path()}) {
        struct stat st {};
        if (::access(p.c_str(), W_OK) != 0 || (::stat(p.c_str(), &st) == 0 && (st.st_mode & S_IWUSR) == 0)) return true;
    }
    return false;
}

}  // namespace dla::load
