#include "dla/load/repository.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dla/util/failure.hpp"
#include "dla/util/parallel.hpp"

namespace fs = std::filesystem;

namespace dla::load {

Repository find_repository(const fs::path& start, const std::optional<fs::path>& explicit_dir) {
    std::error_code ec;
    fs::path from = explicit_dir ? *explicit_dir : start;
    fs::path abs = fs::weakly_canonical(fs::absolute(from, ec), ec);
    if (ec || !fs::is_directory(abs, ec))
        throw util::Failure({util::Msg::dir_unreadable, {from.string()}});
    for (fs::path dir = abs;; dir = dir.parent_path()) {
        if (fs::is_regular_file(dir / "dla.yaml", ec)) return Repository{dir, true};
        if (dir == dir.parent_path()) break;
    }
    return Repository{abs, false};
}

std::string display_path(const Repository& repo, const fs::path& path) {
    // A note listed in the repository: its path past the root, when nothing in it needs
    // resolving (no ".", "..", or doubled "/"). Most paths shown, at no system call.
    const std::string& full = path.native();
    const std::string& root = repo.root.native();
    if (full.size() > root.size() + 1 && full.starts_with(root) && full[root.size()] == '/' && root.back() != '/') {
        const std::string_view rest = std::string_view(full).substr(root.size() + 1);
        const bool plain = !rest.starts_with("./") && !rest.starts_with("../") && rest.find("/./") == rest.npos &&
                           rest.find("/../") == rest.npos && rest.find("//") == rest.npos && !rest.ends_with("/.") &&
                           !rest.ends_with("/..") && rest != "." && rest != ".." && rest.front() != '/';
        if (plain) return std::string(rest);
    }
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec).lexically_normal();
    fs::path rel = abs.lexically_relative(repo.root);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
    return path.generic_string();
}

namespace {

bool inside(const fs::path& p, const fs::path& folder) {
    const auto rel = p.lexically_relative(folder);
    return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

fs::path notes_folder(const Repository& repo, const std::string& notes_dir, bool may_be_missing) {
    std::error_code ec;
    const fs::path dir = repo.root / notes_dir;
    if (!fs::exists(dir, ec) && !(may_be_missing && repo.has_config && !fs::is_symlink(dir, ec))) {
        // Without dla.yaml, a folder is a repository by its notes/ only.
        if (!repo.has_config) throw util::Failure({util::Msg::no_repository, {}});
        throw util::Failure({util::Msg::notes_missing, {notes_dir}});
    }
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw util::Failure({util::Msg::notes_not_a_folder, {display_path(repo, dir)}});
    // `notes: ../x`, `notes: /elsewhere`, or a link leading out: never read nor written.
    const fs::path canonical_root = fs::weakly_canonical(repo.root, ec);
    if (!inside(fs::weakly_canonical(dir, ec), canonical_root))
        throw util::Failure({util::Msg::notes_outside, {notes_dir}});
    return dir;
}

std::vector<fs::path> list_notes(const Repository& repo, const std::string& notes_dir) {
    std::error_code ec;
    const fs::path dir = notes_folder(repo, notes_dir);
    const fs::path canonical_root = fs::weakly_canonical(repo.root, ec);
    const fs::path canonical_notes = fs::weakly_canonical(dir, ec);

    std::vector<std::string> notes;  // paths made once, at the end: a path is costly to make
    std::set<fs::path> seen_dirs;     // canonical folders already walked: breaks symlink loops
    std::vector<fs::path> pending{dir};
    while (!pending.empty()) {
        fs::path current = pending.back();
        pending.pop_back();
        fs::path real = fs::weakly_canonical(current, ec);
        if (ec || !seen_dirs.insert(real).second) continue;
        DIR* folder = ::opendir(current.c_str());
        // A folder of notes that cannot be read would leave its notes out in silence.
        if (!folder)
            throw util::Failure({util::Msg::folder_unreadable, {display_path(repo, current), std::strerror(errno)}});
        std::string prefix = current.native();
        if (!prefix.ends_with('/')) prefix += '/';
        while (const dirent* entry = ::readdir(folder)) {
            const std::string_view name = entry->d_name;
            if (name.starts_with('.')) continue;
            std::string full = prefix + std::string(name);
            // The type as the folder gives it. Not a link: inside, as the folder holding it
            // is (no path to resolve, which would cost a system call per folder of the path
            // and per note).
            if (entry->d_type == DT_DIR) {
                pending.emplace_back(std::move(full));
                continue;
            }
            if (entry->d_type != DT_LNK && entry->d_type != DT_UNKNOWN) {
                if (name.ends_with(".md")) notes.push_back(std::move(full));
                continue;
            }
            const fs::path p(std::move(full));
            std::error_code ec2;
            const fs::file_status own = fs::symlink_status(p, ec2);
            if (!ec2 && !fs::is_symlink(own)) {  // a file system that does not give types
                if (fs::is_directory(own)) pending.push_back(p);
                else if (name.ends_with(".md")) notes.push_back(p.native());
                continue;
            }
            fs::path target = fs::weakly_canonical(p, ec2);
            // A note that is a link looping on itself leads nowhere: listed, so that
            // reading it reports it instead of a silent skip.
            if (ec2 == std::errc::too_many_symbolic_link_levels && p.extension() == ".md") notes.push_back(p.native());
            // A link may point anywhere: only what stays inside the repository is read.
            if (ec2) continue;
            if (!inside(target, canonical_root)) continue;
            // A link to a note or folder of notes/ itself: the note is listed once, by its real path.
            if (fs::is_symlink(own) && fs::exists(target, ec2) && inside(target, canonical_notes)) continue;
            if (fs::is_directory(target, ec2)) pending.push_back(p);
            // A broken link is listed too, so that reading it reports it instead of a silent skip.
            else if (p.extension() == ".md") notes.push_back(p.native());
        }
        ::closedir(folder);
    }
    // In the order of path comparison (component by component: "a/b" before "a.md"), by
    // bytes with '/' first: the same order as fs::path's operator<, at a fraction of its cost.
    std::sort(notes.begin(), notes.end(), [](std::string_view x, std::string_view y) {
        // The notes share most of their path: the first difference found at memcmp's pace.
        const auto [i, j] = std::mismatch(x.begin(), x.end(), y.begin(), y.end());
        if (j == y.end()) return false;  // y is a prefix of x, or equal
        if (i == x.end()) return true;   // x is a prefix of y
        auto rank = [](char c) { return c == '/' ? -1 : static_cast<int>(static_cast<unsigned char>(c)); };
        return rank(*i) < rank(*j);
    });
    return {std::make_move_iterator(notes.begin()), std::make_move_iterator(notes.end())};
}

SourceFile read_file(const Repository& repo, const fs::path& path, std::uint64_t max_bytes) {
    SourceFile file{display_path(repo, path), path, {}, 0};
    // O_NONBLOCK: opening a FIFO for reading would wait for a writer; it is refused below.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        file.error = errno ? errno : EIO;
        return file;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) file.error = errno;
    else if (S_ISDIR(st.st_mode)) file.error = EISDIR;
    else if (!S_ISREG(st.st_mode)) {
        file.error = k_not_regular;
        file.type = st.st_mode & S_IFMT;
    } else if (static_cast<std::uint64_t>(std::max<off_t>(st.st_size, 0)) > max_bytes) {
        file.error = k_too_large;
        file.size = static_cast<std::uint64_t>(st.st_size);
    } else {
        // The size is a hint: a file may grow or shrink while it is read; it is never
        // read past the limit.
        file.bytes.resize(static_cast<std::size_t>(std::max<off_t>(st.st_size, 0)) + 1);
        std::size_t got = 0;
        for (;;) {
            if (got == file.bytes.size()) {
                if (got > max_bytes) {
                    file.error = k_too_large;
                    file.size = got;
                    break;
                }
                file.bytes.resize(static_cast<std::size_t>(std::min<std::uint64_t>(file.bytes.size() * 2, max_bytes + 1)));
            }
            const ssize_t n = ::read(fd, file.bytes.data() + got, file.bytes.size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                file.error = errno ? errno : EIO;
                break;
            }
            if (n == 0) break;
            got += static_cast<std::size_t>(n);
        }
        if (!file.error && got > max_bytes) {
            file.error = k_too_large;
            file.size = got;
        }
        file.bytes.resize(file.error ? 0 : got);
    }
    ::close(fd);
    return file;
}

std::vector<SourceFile> read_files(const Repository& repo, const std::vector<fs::path>& paths) {
    std::vector<SourceFile> files(paths.size());
    util::parallel_for(paths.size(), [&](std::size_t i) { files[i] = read_file(repo, paths[i]); });
    return files;
}

}  // namespace dla::load
