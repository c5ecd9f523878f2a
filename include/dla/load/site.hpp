// Writing the folder of `dla site`: created when absent, refused when it holds something
// dla did not write, every file atomic, the pages of removed notes taken away.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace dla::load {

/// One file of the site: its name in the folder (no sub-folder) and its bytes.
struct SiteFile {
    std::string name;
    std::string bytes;
};

/// The file that marks a folder as written by dla and lists the files it wrote there.
inline constexpr const char* k_site_marker = ".dla-site";

struct SiteWritten {
    std::size_t written = 0;    // files created or changed (a file already holding its bytes is left alone)
    std::size_t unchanged = 0;
    std::size_t removed = 0;    // files of the previous run no longer in the site
};

/// Writes `files` into `dir` (created with its parents when absent), each atomically
/// (write_file_atomically), then `.dla-site` listing them. An existing `dir` that is not
/// empty and holds no `.dla-site` is refused (util::Failure `site_not_a_site`, naming
/// `shown`) unless `force`. The files that the previous `.dla-site` lists and `files` no
/// longer holds are removed, and nothing else: a file the user put there stays.
SiteWritten write_site(const std::filesystem::path& dir, const std::vector<SiteFile>& files, bool force,
                       const std::string& shown);

}  // namespace dla::load
