// dla check [PATH…]: lint for review and CI; exit 1 when there is an error.
#include <iostream>

#include "commands.hpp"
#include "dla/query/meetings.hpp"
#include "dla/render/json.hpp"
#include "dla/util/keep.hpp"

namespace dla::cli {

namespace {

struct CheckOptions {
    std::vector<std::string> paths;
};

int run_check(Context& ctx, const CheckOptions& opt) {
    const std::string format = choose_format(ctx, {"text", "json"}, "text");
    // Every diagnostic is in the head of a note: nothing else is read back or kept.
    const auto& notes = util::keep_until_exit(parse::read_notes(ctx.workspace, ctx.cwd, opt.paths, model::head));
    auto& diagnostics = util::keep_until_exit(std::vector<diag::Diagnostic>(ctx.workspace.diagnostics));
    diagnostics.insert(diagnostics.end(), notes.diagnostics.begin(), notes.diagnostics.end());
    auto collection = query::check_collection(notes.meetings, ctx.lang);
    diagnostics.insert(diagnostics.end(), collection.begin(), collection.end());
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
