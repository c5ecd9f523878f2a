// dla init [DIR]: starts a repository of minutes (dla.yaml, the default template, notes/,
// .gitignore, git init), never over an existing file.
#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "error.hpp"
#include "dla/load/git.hpp"
#include "dla/load/write.hpp"
#include "dla/render/hook.hpp"
#include "dla/render/init.hpp"
#include "dla/render/minutes.hpp"
#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::cli {

namespace {

using util::Msg;
using util::tr;

struct InitOptions {
    std::string dir;
};

struct StarterFile {
    fs::path path;  // relative to the new repository
    std::string bytes;
};

// What init writes. notes/.gitkeep only when there is no notes/ folder yet (git keeps no
// empty folder; a folder of notes needs no placeholder).
std::vector<StarterFile> starter_files(const fs::path& root, util::Lang lang) {
    std::vector<StarterFile> files{
        {"dla.yaml", render::starter_config(lang)},
        {"templates/default.md", std::string(render::default_minutes_template())},
    };
    std::error_code ec;
    if (!fs::is_directory(root / "notes", ec)) files.push_back({"notes/.gitkeep", ""});
    files.push_back({".gitignore", render::starter_gitignore(lang)});
    return files;
}

// The paths in the way, as the user typed them: a file init would write, or a file where
// init needs a folder.
std::vector<std::string> in_the_way(const fs::path& root, const fs::path& shown, const std::vector<StarterFile>& files) {
    std::vector<std::string> found;
    std::error_code ec;
    const auto there = [&](const fs::path& p) { return fs::exists(p, ec) || fs::is_symlink(p, ec); };
    for (const auto& f : files) {
        const fs::path parent = f.path.parent_path();
        if (!parent.empty() && there(root / parent) && !fs::is_directory(root / parent, ec))
            found.push_back((shown / parent).lexically_normal().generic_string());
        else if (there(root / f.path))
            found.push_back((shown / f.path).lexically_normal().generic_string());
    }
    return found;
}

// Writes every file, or none: what was written is removed when one write fails.
void write_all(const fs::path& root, const std::vector<StarterFile>& files) {
    std::vector<fs::path> created;
    std::error_code ec;
    try {
        for (const auto& f : files) {
            // Folders from the top down, each remembered when init made it.
            fs::path folder = root;
            for (const auto& part : f.path.parent_path()) {
                folder /= part;
                if (!fs::exists(folder, ec)) {
                    fs::create_directory(folder);
                    created.push_back(folder);
                }
            }
            load::write_file_atomically(root / f.path, f.bytes, load::k_new_file_perms, load::IfExists::keep);
            created.push_back(root / f.path);
        }
    } catch (...) {
        for (auto it = created.rbegin(); it != created.rend(); ++it) fs::remove(*it, ec);
        throw;
    }
}

// `path` as one word of the shell, quoted only when it needs to be.
std::string shell_word(const std::string& path) {
    const bool plain = !path.empty() && std::ranges::all_of(path, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || std::string_view("._/-+").find(c) != std::string_view::npos;
    });
    return plain ? path : render::shell_quote(path);
}

// A folder's path normalised, without the trailing separator that "DIR/." and "DIR/" keep.
fs::path folder_path(const fs::path& path) {
    const fs::path normal = path.lexically_normal();
    return normal.has_filename() ? normal : normal.parent_path();
}

int run_init(Context& ctx, const InitOptions& o) {
    const util::Lang lang = ctx.lang;
    const fs::path shown = o.dir.empty() ? fs::path(".") : fs::path(o.dir);
    const fs::path root = folder_path(ctx.cwd / shown);
    std::error_code ec;
    if ((fs::exists(root, ec) || fs::is_symlink(root, ec)) && !fs::is_directory(root, ec))
        throw util::Failure({Msg::init_not_folder, {shown.generic_string()}});

    const auto files = starter_files(root, lang);
    if (const auto found = in_the_way(root, shown, files); !found.empty()) {
        for (const auto& f : found) print_error(tr(lang, Msg::init_exists, f));
        print_error(tr(lang, Msg::init_nothing_written));
        return 2;
    }

    const bool new_folder = !fs::exists(root, ec);
    fs::create_directories(root);
    try {
        write_all(root, files);
    } catch (...) {
        if (new_folder) fs::remove(root, ec);
        throw;
    }
    // A repository of minutes inside a project's git repository is a folder of it, not a
    // nested repository.
    const bool new_git = !load::inside_git_repository(root);
    if (new_git) load::init_git_repository(root);

    const bool here = root == folder_path(ctx.cwd);
    std::cout << (here ? tr(lang, Msg::init_created_here) : tr(lang, Msg::init_created, shown.generic_string())) << '\n';
    for (const auto& f : files) std::cout << "  " << f.path.generic_string() << '\n';
    if (new_git) std::cout << tr(lang, Msg::init_git_created) << '\n';
    else std::cout << tr(lang, Msg::init_git_inside) << '\n';
    std::cout << tr(lang, Msg::init_next_steps) << '\n';
    if (!here) std::cout << tr(lang, Msg::init_step_cd, shell_word(shown.generic_string())) << '\n';
    for (const Msg step : {Msg::init_step_config, Msg::init_step_new, Msg::init_step_import, Msg::init_step_commit})
        std::cout << tr(lang, step) << '\n';
    return 0;
}

}  // namespace

void register_init(CLI::App& app, Selected& selected) {
    auto o = std::make_shared<InitOptions>();
    CLI::App* cmd = app.add_subcommand("init", tr(selected.lang, Msg::init_help));
    cmd->add_option("dir", o->dir, tr(selected.lang, Msg::init_help_dir))->type_name("DIR");
    cmd->footer(std::string(util::text(Msg::footer_init, selected.lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_init(ctx, *o); }; });
}

}  // namespace dla::cli
