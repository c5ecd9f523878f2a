// dla site OUTDIR [--redact] [--force]: the static site of the whole repository, to
// publish on an intranet or GitLab/GitHub Pages (docs/site.md).
#include <iostream>

#include "commands.hpp"
#include "dla/load/site.hpp"
#include "dla/load/templates.hpp"
#include "dla/parse/note.hpp"
#include "dla/render/site.hpp"
#include "dla/util/failure.hpp"
#include "options.hpp"
#include "redact_output.hpp"

namespace fs = std::filesystem;

namespace dla::cli {

namespace {

using util::Msg;

struct SiteCliOptions {
    std::string outdir;
    bool force = false;
    bool redact = false;
};

// The repository's templates/site/NAME.html, by NAME.
std::map<std::string, std::string> site_templates(const Context& ctx) {
    std::map<std::string, std::string> out;
    for (const char* name : {"page", "index", "meeting", "meetings", "actions", "calendar", "attendance", "news"}) {
        const auto path = load::find_site_template(ctx.workspace.repo, name);
        if (!path) continue;
        const auto read = load::read_files(ctx.workspace.repo, {*path});
        if (read[0].error != 0)
            throw util::Failure({Msg::file_unreadable, {read[0].path + " : " + parse::read_error_text(read[0], ctx.lang)}});
        out[name] = read[0].bytes;
    }
    return out;
}

int run_site(Context& ctx, const SiteCliOptions& opt) {
    // Every part, the sections' Markdown included: each meeting's page is its whole minutes.
    auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, {}, model::k_all_parts);
    if (opt.redact) parse::redact_contacts(notes, ctx.lang);
    report_problems(ctx, notes.diagnostics);
    render::SiteOptions options{ctx.lang, ctx.today, ics_stamp(ctx), site_templates(ctx)};
    const auto files = render::site_files(notes.meetings, ctx.workspace.config, options);
    const auto done = load::write_site(ctx.cwd / opt.outdir, files, opt.force, opt.outdir);
    std::cerr << util::tr(ctx.lang, Msg::site_written, opt.outdir, done.written, done.removed) << '\n';
    return 0;
}

}  // namespace

void register_site(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<SiteCliOptions>();
    CLI::App* cmd = app.add_subcommand("site", util::tr(lang, Msg::cmd_site));
    cmd->add_option("outdir", o->outdir, util::tr(lang, Msg::opt_site_outdir))->type_name("OUTDIR")->required();
    cmd->add_flag("--force", o->force, util::tr(lang, Msg::opt_site_force));
    add_redact_flag(cmd, o->redact, lang);
    cmd->footer(std::string(util::text(Msg::footer_site, lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_site(ctx, *o); }; });
}

}  // namespace dla::cli
