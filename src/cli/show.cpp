// dla show [NOTE…]: the parsed model, for people (text) and scripts (json).
#include <iostream>

#include "commands.hpp"
#include "dla/query/meetings.hpp"
#include "dla/query/people.hpp"
#include "dla/render/json.hpp"
#include "dla/render/show.hpp"
#include "dla/util/failure.hpp"
#include "redact_output.hpp"

namespace dla::cli {

namespace {

struct ShowOptions {
    std::vector<std::string> notes;
    bool all = false;
    bool redact = false;
};

int run_show(Context& ctx, const ShowOptions& opt) {
    const std::string format = choose_format(ctx, "text");
    auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, opt.notes, model::k_all_parts);
    if (opt.redact) parse::redact_contacts(notes, ctx.lang);
    std::vector<const model::Meeting*> shown;
    if (opt.notes.empty() && !opt.all) {
        if (const auto* m = query::newest(notes.meetings)) shown.push_back(m);
        else if (!notes.meetings.empty()) shown.push_back(&notes.meetings.back());
    } else {
        shown = opt.notes.empty() ? query::by_date(notes.meetings) : [&] {
            std::vector<const model::Meeting*> v;
            for (const auto& m : notes.meetings) v.push_back(&m);
            return v;
        }();
    }
    if (shown.empty() && notes.diagnostics.empty())
        throw util::Failure({util::Msg::no_notes, {(ctx.workspace.repo.root / ctx.workspace.config.notes_dir).string()}});

    // Diagnostics of the notes shown only: show is not check.
    std::vector<diag::Diagnostic> diagnostics = ctx.workspace.diagnostics;
    for (const auto& d : notes.diagnostics)
        for (const auto* m : shown)
            if (d.path == m->path) diagnostics.push_back(d);
    if (shown.empty()) diagnostics = notes.diagnostics;
    // A note not read may be the newest, or one of --all: said whichever is shown.
    for (auto& d : unread(ctx, notes.diagnostics)) diagnostics.push_back(std::move(d));
    print_diagnostics(diagnostics);

    if (format == "json") {
        std::cout << render::meetings_json(shown);
    } else {
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (i) std::cout << '\n';
            // People as the directory names them: "Margaux K" and "Margaux Krebs" are one person.
            std::cout << render::meeting_text(query::with_directory_names(*shown[i], ctx.workspace.config), ctx.lang, ctx.style);
        }
    }
    return diag::has_errors(diagnostics) ? 1 : 0;
}

}  // namespace

void register_show(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto opt = std::make_shared<ShowOptions>();
    CLI::App* cmd = app.add_subcommand("show", util::tr(lang, util::Msg::cmd_show));
    cmd->add_option("notes", opt->notes, util::tr(lang, util::Msg::opt_show_notes))->type_name("NOTE");
    cmd->add_flag("--all", opt->all, util::tr(lang, util::Msg::opt_show_all));
    add_redact_flag(cmd, opt->redact, selected.lang);
    cmd->footer(std::string(util::text(util::Msg::footer_show, selected.lang)));
    cmd->callback([&selected, opt] { selected.run = [opt](Context& ctx) { return run_show(ctx, *opt); }; });
}

}  // namespace dla::cli
