// dla check [PATH…]: lint for review and CI; exit 1 when there is an error.
#include <algorithm>
#include <iostream>
#include <set>

#include "commands.hpp"
#include "dla/query/actions.hpp"
#include "dla/query/meetings.hpp"
#include "dla/render/json.hpp"
#include "dla/util/keep.hpp"

namespace dla::cli {

namespace {

struct CheckOptions {
    std::vector<std::string> paths;
};

int run_check(Context& ctx, const CheckOptions& opt) {
    const std::string format = choose_format(ctx, "text");
    // A note's own diagnostics are in its head; the actions are read for the ids they carry.
    constexpr unsigned parts = model::head | model::actions;
    const auto& notes = util::keep_until_exit(workspace::read_notes(ctx.workspace, ctx.cwd, opt.paths, parts));
    auto& diagnostics = util::keep_until_exit(std::vector<diag::Diagnostic>(ctx.workspace.diagnostics));
    diagnostics.insert(diagnostics.end(), notes.diagnostics.begin(), notes.diagnostics.end());
    auto collection = query::check_collection(notes.meetings, ctx.lang);
    diagnostics.insert(diagnostics.end(), collection.begin(), collection.end());
    // Carried ids are looked up in every earlier note, said of the notes checked only.
    std::vector<model::Meeting> everything;
    if (!opt.paths.empty()) {
        everything = workspace::read_notes(ctx.workspace, ctx.cwd, {}, parts).meetings;
        for (const auto& m : notes.meetings)
            if (std::none_of(everything.begin(), everything.end(), [&](const auto& e) { return e.path == m.path; }))
                everything.push_back(m);
    }
    std::set<std::string> checked;
    for (const auto& m : notes.meetings) checked.insert(m.path);
    for (auto& d : query::check_carried_ids(opt.paths.empty() ? notes.meetings : everything, ctx.workspace.config, ctx.lang))
        if (checked.contains(d.path)) diagnostics.push_back(std::move(d));
    diag::sort(diagnostics);

    if (format == "json") {
        std::cout << render::diagnostics_json(diagnostics);
    } else {
        print_diagnostics(diagnostics);
        std::size_t errors = 0;
        for (const auto& d : diagnostics) errors += d.severity == diag::Severity::error;
        const std::size_t files = notes.files;
        std::cerr << (diagnostics.empty()
                          ? util::tr(ctx.lang, util::Msg::check_clean, util::count(ctx.lang, files, util::Msg::count_note_checked))
                          : util::tr(ctx.lang, util::Msg::check_summary, util::count(ctx.lang, files, util::Msg::count_note_checked),
                                     util::count(ctx.lang, errors, util::Msg::count_error),
                                     util::count(ctx.lang, diagnostics.size() - errors, util::Msg::count_warning)))
                  << '\n';
    }
    return diag::has_errors(diagnostics) ? 1 : 0;
}

}  // namespace

void register_check(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto opt = std::make_shared<CheckOptions>();
    CLI::App* cmd = app.add_subcommand("check", util::tr(lang, util::Msg::cmd_check));
    cmd->add_option("paths", opt->paths, util::tr(lang, util::Msg::opt_check_paths))->type_name("PATH");
    cmd->footer(std::string(util::text(util::Msg::footer_check, selected.lang)));
    cmd->callback([&selected, opt] {
        selected.run = [opt](Context& ctx) { return run_check(ctx, *opt); };
    });
}

}  // namespace dla::cli
