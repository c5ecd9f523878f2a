// dla fmt [PATH…] [--check]: the front matter in canonical form, the body untouched.
#include <iostream>

#include "commands.hpp"
#include "error.hpp"
#include "dla/load/write.hpp"
#include "dla/edit/front_matter.hpp"

namespace dla::cli {

namespace {

struct FmtOptions {
    std::vector<std::string> paths;
    bool check = false;
};

int run_fmt(Context& ctx, const FmtOptions& opt) {
    (void)choose_format(ctx, "text");
    const auto& ws = ctx.workspace;
    const auto files = load::read_files(ws.repo, workspace::note_files(ws, ctx.cwd, opt.paths));
    std::vector<diag::Diagnostic> problems;
    std::size_t changed = 0, left = 0, unsafe = 0;
    for (const auto& f : files) {
        if (f.error != 0) {
            problems.push_back(parse::unread_diagnostic(f, ctx.lang));
            ++left;
            continue;
        }
        auto note = edit::format_front_matter(f.path, f.bytes, ctx.lang);
        if (!note.problems.empty()) ++left;
        problems.insert(problems.end(), note.problems.begin(), note.problems.end());
        if (note.unsafe) {
            print_warning(util::tr(ctx.lang, util::Msg::fmt_unsafe, f.path));
            ++unsafe;
        }
        if (!note.changed) continue;
        // Written before it is listed: a listed file is a formatted file.
        if (!opt.check) {
            if (const auto why = rewrite_note(ctx, f, note.text)) {
                print_warning(*why);
                ++left;
                continue;
            }
        }
        std::cout << f.path << std::endl;
        ++changed;
    }
    print_diagnostics(problems);
    const std::size_t formatted = files.size() - changed - left - unsafe;
    if (opt.check)
        std::cerr << (changed ? util::tr(ctx.lang, util::Msg::fmt_check_needed, util::count(ctx.lang, changed, util::Msg::count_note_to_format))
                              : util::count(ctx.lang, formatted, util::Msg::count_note_already_formatted))
                  << '\n';
    else
        std::cerr << util::tr(ctx.lang, util::Msg::fmt_done, util::count(ctx.lang, changed, util::Msg::count_note_formatted), formatted)
                  << '\n';
    if (left) std::cerr << util::tr(ctx.lang, util::Msg::fmt_left, util::count(ctx.lang, left, util::Msg::count_note_left)) << '\n';
    return (opt.check && changed) || left ? 1 : 0;
}

}  // namespace

void register_fmt(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto opt = std::make_shared<FmtOptions>();
    CLI::App* cmd = app.add_subcommand("fmt", util::tr(lang, util::Msg::cmd_fmt));
    cmd->add_option("paths", opt->paths, util::tr(lang, util::Msg::opt_fmt_paths))->type_name("PATH");
    cmd->add_flag("--check", opt->check,
                  util::tr(lang, util::Msg::opt_fmt_check));
    cmd->footer(std::string(util::text(util::Msg::footer_fmt, selected.lang)));
    cmd->callback([&selected, opt] { selected.run = [opt](Context& ctx) { return run_fmt(ctx, *opt); }; });
}

}  // namespace dla::cli
