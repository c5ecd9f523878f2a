#include "dla/load/templates.hpp"

#include <algorithm>
#include <system_error>

#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::load {

namespace {

// A plain file name: no folder, no way up, nothing hidden.
bool plain_name(std::string_view name) {
    return !name.empty() && !name.starts_with('.') && name.find('/') == std::string_view::npos &&
           name.find('\\') == std::string_view::npos && name.find('\0') == std::string_view::npos;
}

std::string file_name(std::string_view name) {
    std::string file(name);
    if (!file.ends_with(".md")) file += ".md";
    return file;
}

// The template `file` of the folder if it is there, inside it once links are followed.
std::optional<fs::path> existing(const Repository& repo, const std::string& file) {
    std::error_code ec;
    const fs::path dir = templates_dir(repo);
    const fs::path path = dir / file;
    if (!fs::exists(path, ec) && !fs::is_symlink(path, ec)) return std::nullopt;
    const fs::path real = fs::weakly_canonical(path, ec);
    const fs::path rel = real.lexically_relative(fs::weakly_canonical(dir, ec));
    if (ec || rel.empty() || *rel.begin() == ".." || rel.has_parent_path())
        throw util::Failure({util::Msg::minutes_template_outside, {display_path(repo, path)}});
    return path;
}

}  // namespace

fs::path templates_dir(const Repository& repo) { return repo.root / "templates"; }

std::vector<std::string> template_names(const Repository& repo) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(templates_dir(repo), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string file = it->path().filename().string();
        if (file.ends_with(".md") && !file.starts_with('.')) names.push_back(file.substr(0, file.size() - 3));
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::optional<fs::path> find_template(const Repository& repo, std::string_view name, std::string_view series) {
    if (!name.empty()) {
        if (!plain_name(name)) throw util::Failure({util::Msg::minutes_template_name, {std::string(name)}});
        if (auto path = existing(repo, file_name(name))) return path;
        std::string list;
        for (const auto& n : template_names(repo)) list += (list.empty() ? "" : ", ") + n;
        if (list.empty()) list = "—";
        throw util::Failure({util::Msg::minutes_template_missing,
                             {display_path(repo, templates_dir(repo) / file_name(name)), list}});
    }
    if (plain_name(series))
        if (auto path = existing(repo, file_name(series))) return path;
    return existing(repo, "default.md");
}

std::optional<fs::path> find_template_file(const Repository& repo, const std::string& file) {
    return plain_name(file) ? existing(repo, file) : std::nullopt;
}

}  // namespace dla::load
