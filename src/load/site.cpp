#include "dla/load/site.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

#include "dla/load/write.hpp"
#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::load {

namespace {

constexpr std::string_view k_marker_head = "# dla site: the files below were written by `dla site`; do not edit\n";

// The contents of a file, or nullopt when it cannot be read.
std::optional<std::string> read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A name the marker may list: a plain file of the folder, nothing above it, nothing hidden.
bool plain_name(std::string_view name) {
    return !name.empty() && !name.starts_with('.') && name.find('/') == std::string_view::npos &&
           name.find('\\') == std::string_view::npos;
}

std::set<std::string> listed(const std::string& marker) {
    std::set<std::string> names;
    std::istringstream in(marker);
    for (std::string line; std::getline(in, line);)
        if (!line.starts_with('#') && plain_name(line)) names.insert(line);
    return names;
}

}  // namespace

SiteWritten write_site(const fs::path& dir, const std::vector<SiteFile>& files, bool force, const std::string& shown) {
    std::error_code ec;
    const fs::path marker = dir / k_site_marker;
    std::set<std::string> previous;
    if (fs::is_directory(dir, ec)) {
        if (const auto text = read_all(marker)) previous = listed(*text);
        else if (!force && !fs::is_empty(dir, ec)) throw util::Failure({util::Msg::site_not_a_site, {shown}});
    } else {
        fs::create_directories(dir, ec);
        if (ec) throw util::Failure({util::Msg::write_failed, {shown, ec.message()}});
    }
    SiteWritten out;
    std::string list(k_marker_head);
    for (const auto& f : files) {
        const fs::path path = dir / f.name;
        // A file already holding its bytes keeps its date: a copy to the web server skips it.
        if (fs::is_regular_file(fs::symlink_status(path, ec)) && read_all(path) == f.bytes) {
            ++out.unchanged;
        } else {
            write_file_atomically(path, f.bytes);
            ++out.written;
        }
        list += f.name + "\n";
        previous.erase(f.name);
    }
    for (const auto& name : previous)
        if (fs::is_regular_file(fs::symlink_status(dir / name, ec)) && fs::remove(dir / name, ec)) ++out.removed;
    write_file_atomically(marker, list);
    return out;
}

}  // namespace dla::load
