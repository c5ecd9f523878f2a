#include "dla/index/stamp.hpp"

#include <algorithm>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dla/util/parallel.hpp"

namespace fs = std::filesystem;

namespace dla::index {

namespace {

std::int64_t ns(const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

FileStamp stamp(const struct stat& st) {
    return FileStamp{static_cast<std::int64_t>(st.st_size), ns(st.st_mtim), ns(st.st_ctim),
                     static_cast<std::int64_t>(st.st_ino), static_cast<std::int64_t>(st.st_dev)};
}

}  // namespace

std::optional<FileStamp> stamp_of(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return stamp(st);
}

std::vector<std::optional<FileStamp>> stamps_of(const std::vector<fs::path>& files) {
    // Runs of at most 256 files of one folder: the folder opened once, each file stat'ed
    // from it (fstatat), rather than its whole path walked again by the kernel.
    auto folder = [](const fs::path& p) {
        const std::string_view s = p.native();
        const auto slash = s.rfind('/');
        return slash == s.npos ? std::string_view() : s.substr(0, slash);
    };
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // [begin, end)
    for (std::size_t i = 0; i < files.size();) {
        std::size_t j = i + 1;
        while (j < files.size() && j - i < 256 && folder(files[j]) == folder(files[i])) ++j;
        runs.emplace_back(i, j);
        i = j;
    }
    std::vector<std::optional<FileStamp>> stamps(files.size());
    util::parallel_for(runs.size(), [&](std::size_t r) {
        const auto [begin, end] = runs[r];
        const int dir = ::open(files[begin].parent_path().empty() ? "." : files[begin].parent_path().c_str(),
                               O_PATH | O_DIRECTORY | O_CLOEXEC);
        for (std::size_t i = begin; i < end; ++i) {
            struct stat st {};
            if (dir < 0 ? ::stat(files[i].c_str(), &st) != 0 : ::fstatat(dir, files[i].filename().c_str(), &st, 0) != 0)
                continue;
            stamps[i] = stamp(st);
        }
        if (dir >= 0) ::close(dir);
    });
    return stamps;
}

bool racy(const FileStamp& stamp, std::int64_t now_ns) {
    constexpr std::int64_t margin = 2'000'000'000;  // FAT and some network disks count in 2 s
    return std::max(stamp.mtime_ns, stamp.ctime_ns) + margin > now_ns;
}

}  // namespace dla::index
