// dla hook install: a git pre-commit hook running `dla check` on the staged notes.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "dla/load/git.hpp"
#include "dla/load/write.hpp"
#include "dla/render/hook.hpp"
#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::cli {

namespace {

// `dla` when that is this very program on the PATH, else this program's absolute path:
// the hook must find the dla that installed it.
std::string dla_command() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return "dla";
    if (const char* path = std::getenv("PATH")) {
        std::istringstream dirs(path);
        for (std::string dir; std::getline(dirs, dir, ':');) {
            if (dir.empty()) continue;
            if (fs::equivalent(fs::path(dir) / "dla", self, ec)) return "dla";
        }
    }
    return self.string();
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int run_hook_install(Context& ctx) {
    const auto& ws = ctx.workspace;
    const load::GitRepository git(ws.repo.root);
    const fs::path top = git.work_tree();
    std::string root = ws.repo.root.lexically_relative(top).generic_string();
    if (root.empty()) root = ".";
    const fs::path hook = git.hooks_dir() / "pre-commit";
    std::string shown = hook.lexically_relative(top).generic_string();
    if (shown.empty() || shown.starts_with("..")) shown = hook.string();
    const std::string script = render::pre_commit_hook(root, ws.config.notes_dir, dla_command(), ctx.lang);

    std::error_code ec;
    const bool exists = fs::exists(hook, ec) || fs::is_symlink(hook, ec);
    if (exists) {
        const std::string current = read_all(hook);
        if (current.find(render::k_hook_marker) == std::string::npos)
            throw util::Failure({util::Msg::hook_foreign, {shown}});
        if (current == script) {
            std::cout << util::tr(ctx.lang, util::Msg::hook_unchanged, shown) << '\n';
            return 0;
        }
    }
    fs::create_directories(hook.parent_path(), ec);
    load::write_file_atomically(hook, script, fs::perms::all);
    // Git runs a hook only when it is executable, whatever the file was before.
    fs::permissions(hook, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::add, ec);
    std::cout << util::tr(ctx.lang, exists ? util::Msg::hook_updated : util::Msg::hook_installed, shown) << '\n';
    return 0;
}

}  // namespace

void register_hook(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    CLI::App* cmd = app.add_subcommand("hook", util::tr(lang, util::Msg::cmd_hook));
    cmd->require_subcommand(1);
    cmd->footer(std::string(util::text(util::Msg::footer_hook, selected.lang)));
    CLI::App* install = cmd->add_subcommand(
        "install", util::tr(lang, util::Msg::cmd_hook_install));
    install->footer(std::string(util::text(util::Msg::footer_hook_install, selected.lang)));
    install->callback([&selected] { selected.run = [](Context& ctx) { return run_hook_install(ctx); }; });
}

}  // namespace dla::cli
