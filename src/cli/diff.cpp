// dla diff [REV [REV2]]: what changed in the minutes between two versions, in meeting
// terms (actions closed, dates moved, people added), for review.
#include <iostream>
#include <set>

#include "commands.hpp"
#include "dla/load/git.hpp"
#include "dla/query/diff.hpp"
#include "dla/render/diff.hpp"
#include "dla/util/failure.hpp"

namespace dla::cli {

namespace {

struct DiffOptions {
    std::vector<std::string> revisions;
    bool exit_code = false;
};

query::NotesVersion parse_version(const std::vector<load::SourceFile>& files, const model::Config& config,
                                  std::vector<diag::Diagnostic>& diagnostics) {
    parse::Notes notes = parse::parse_notes(files, config);
    query::NotesVersion version{std::move(notes.meetings), {}};
    for (const auto& f : files) version.bytes[f.path] = f.bytes;
    diagnostics = std::move(notes.diagnostics);
    return version;
}

int run_diff(Context& ctx, const DiffOptions& opt) {
    const std::string format = choose_format(ctx, "text");
    const auto& ws = ctx.workspace;
    const load::GitRepository git(ws.repo.root);
    // As git diff: nothing is HEAD against the working tree, one revision is it against the
    // working tree, two are each other; `A..B` and `A...B` are two as well.
    load::Revision from, to;
    if (opt.revisions.empty()) {
        from = git.resolve("HEAD");
    } else if (opt.revisions.size() == 1) {
        if (auto range = git.resolve_range(opt.revisions[0])) std::tie(from, to) = *range;
        else from = git.resolve(opt.revisions[0]);
    } else {
        from = git.resolve(opt.revisions[0]);
        to = git.resolve(opt.revisions[1]);
    }
    const std::string& notes_dir = ws.config.notes_dir;
    auto old_files = git.notes_at(from, ws.repo, notes_dir);
    auto new_files = to.working_tree() ? git.working_notes(ws.repo, notes_dir) : git.notes_at(to, ws.repo, notes_dir);

    // A file of the working tree that cannot be read is said so, and left out of both
    // versions: it must not look deleted, with its actions.
    std::set<std::string> unreadable;
    std::vector<diag::Diagnostic> problems;
    // So is a note of either revision that is not read (over the size limit).
    for (const auto* files : {&new_files, &old_files})
        for (const auto& f : *files)
            if (f.error != 0) unreadable.insert(f.path);
    std::erase_if(old_files, [&](const load::SourceFile& f) { return unreadable.contains(f.path) && f.error == 0; });
    std::erase_if(new_files, [&](const load::SourceFile& f) { return unreadable.contains(f.path) && f.error == 0; });

    std::vector<diag::Diagnostic> old_diagnostics, new_diagnostics;
    const auto before = parse_version(old_files, ws.config, old_diagnostics);
    const auto after = parse_version(new_files, ws.config, new_diagnostics);
    for (const auto* diagnostics : {&new_diagnostics, &old_diagnostics})
        for (const auto& d : *diagnostics)
            if (unreadable.contains(d.path) && diag::means_unread(d)) problems.push_back(d);
    print_diagnostics(problems);

    const auto notes = query::diff_notes(before, after, ws.config);

    // The notes under review that `dla check` would reject: said once, in one line.
    std::set<std::string> changed;
    for (const auto& n : notes) changed.insert(n.path);
    const std::size_t errors = std::count_if(new_diagnostics.begin(), new_diagnostics.end(), [&](const auto& d) {
        return d.severity == diag::Severity::error && changed.contains(d.path) && !unreadable.contains(d.path);
    });
    if (errors) std::cerr << util::tr(ctx.lang, util::Msg::notes_have_problems, util::count(ctx.lang, errors, util::Msg::count_problem)) << '\n';

    if (format == "json") std::cout << render::diff_json(notes, from, to);
    else if (format == "markdown") std::cout << render::diff_markdown(notes, from, to, ctx.lang);
    else std::cout << render::diff_text(notes, ctx.lang, ctx.style);
    return opt.exit_code && !notes.empty() ? 1 : 0;
}

}  // namespace

void register_diff(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto opt = std::make_shared<DiffOptions>();
    CLI::App* cmd = app.add_subcommand("diff", util::tr(lang, util::Msg::cmd_diff));
    cmd->add_option("revisions", opt->revisions,
                    util::tr(lang, util::Msg::opt_diff_revisions))
        ->type_name("REV")
        ->expected(0, 2);
    cmd->add_flag("--exit-code", opt->exit_code, util::tr(lang, util::Msg::opt_diff_exit_code));
    cmd->footer(std::string(util::text(util::Msg::footer_diff, selected.lang)));
    cmd->callback([&selected, opt] { selected.run = [opt](Context& ctx) { return run_diff(ctx, *opt); }; });
}

}  // namespace dla::cli
