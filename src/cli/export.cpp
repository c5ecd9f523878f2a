// dla export [NOTE] --format html|pdf|odt|docx|eml [-o FILE] [--force]: the complete
// minutes of one meeting as a document to send (docs/export.md).
#include <unistd.h>

#include <iostream>

#include "commands.hpp"
#include "dla/load/convert.hpp"
#include "dla/load/templates.hpp"
#include "dla/load/write.hpp"
#include "dla/parse/note.hpp"
#include "dla/query/calendar.hpp"
#include "dla/query/scope.hpp"
#include "dla/render/export.hpp"
#include "dla/render/ics.hpp"
#include "dla/util/failure.hpp"
#include "redact_output.hpp"
#include "report_options.hpp"

namespace fs = std::filesystem;

namespace dla::cli {

namespace {

using util::Msg;

struct ExportCliOptions {
    std::string note;
    std::string output;
    bool force = false;
    bool redact = false;
};

// templates/<file> of the repository when it is there; else nothing.
std::optional<fs::path> repository_file(const Context& ctx, const std::string& file) {
    return load::find_template_file(ctx.workspace.repo, file);
}

// The page: through templates/export.html when the repository has one.
std::string page(Context& ctx, const model::Meeting& m, const query::Summary& summary, const render::ExportOptions& o) {
    const auto custom = repository_file(ctx, "export.html");
    if (!custom) return render::export_html(m, summary, ctx.workspace.config, o);
    const auto read = load::read_files(ctx.workspace.repo, {*custom});
    if (read[0].error != 0)
        throw util::Failure({Msg::file_unreadable, {read[0].path + " : " + parse::read_error_text(read[0], ctx.lang)}});
    return render::export_html(m, summary, ctx.workspace.config, o, read[0].bytes, read[0].path);
}

std::string mail(Context& ctx, const model::Meeting& m, const query::Summary& summary,
                 const std::vector<model::Meeting>& meetings, const render::ExportOptions& o) {
    const model::Config& config = ctx.workspace.config;
    const render::Recipients recipients = render::export_recipients(m, config);
    if (!recipients.without_email.empty()) {
        std::string names;
        for (const auto& n : recipients.without_email) names += (names.empty() ? "" : ", ") + n;
        std::cerr << "dla: " << util::tr(ctx.lang, Msg::export_without_email, names) << '\n';
    }
    if (recipients.to.empty()) std::cerr << "dla: " << util::tr(ctx.lang, Msg::export_no_recipient) << '\n';
    query::CalendarOptions upcoming;
    upcoming.today = ctx.today;
    const auto events = query::upcoming_events(meetings, upcoming);
    const std::string name = config.organisation.name.empty() ? "dla" : config.organisation.name;
    const std::string ics =
        events.empty() ? std::string()
                       : render::calendar_ics(events, {name, static_cast<std::int64_t>(util::to_days(ctx.today)) * 86400,
                                                       ctx.lang, config.organisation.site, config.series});
    return render::mail_bytes(render::export_mail(m, recipients.to, render::export_markdown(m, summary, config, o),
                                                  page(ctx, m, summary, o), ics, o));
}

int run_export(Context& ctx, const ExportCliOptions& opt) {
    const std::string format = choose_format(ctx, "html");
    const bool binary = format == "pdf" || format == "odt" || format == "docx";
    if (opt.output == "-" && binary && ::isatty(STDOUT_FILENO))
        throw util::Failure({Msg::export_binary_to_terminal, {format}});

    // Every part, the sections' Markdown included: the minutes are exported whole.
    auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, {}, model::k_all_parts);
    const model::Meeting* meeting = nullptr;
    if (!opt.note.empty()) {
        meeting = named_note(ctx, opt.note, notes, model::k_all_parts);
    } else {
        query::MeetingScope scope;
        scope.today = ctx.today;
        const auto held = query::held_meetings(notes.meetings, scope);
        if (held.empty()) throw util::Failure({Msg::export_no_meeting, {}});
        meeting = held.back();
    }
    if (opt.redact) parse::redact_contacts(notes, ctx.lang);
    report_problems(ctx, notes.diagnostics);

    const fs::path target = opt.output.empty() ? ctx.cwd / render::export_file_name(*meeting, format)
                            : opt.output == "-"  ? fs::path()
                                                 : ctx.cwd / opt.output;
    std::error_code ec;
    if (!target.empty() && !opt.force && (fs::exists(target, ec) || fs::is_symlink(target, ec)))
        throw util::Failure({Msg::export_exists, {opt.output.empty() ? target.filename().string() : opt.output}});

    const model::Config& config = ctx.workspace.config;
    const query::Summary summary = query::summarise(notes.meetings, {meeting}, config, ctx.today);
    const render::ExportOptions o{ctx.lang, ctx.today};
    std::string bytes;
    if (format == "pdf") bytes = load::print_pdf(page(ctx, *meeting, summary, o));
    else if (format == "odt" || format == "docx")
        bytes = load::pandoc_document(render::export_markdown(*meeting, summary, config, o), format,
                                      repository_file(ctx, "reference." + format));
    else if (format == "eml") bytes = mail(ctx, *meeting, summary, notes.meetings, o);
    else bytes = page(ctx, *meeting, summary, o);

    if (target.empty()) {
        std::cout << bytes;
        return 0;
    }
    load::write_file_atomically(target, bytes, load::k_new_file_perms,
                                opt.force ? load::IfExists::replace : load::IfExists::keep);
    std::cerr << util::tr(ctx.lang, Msg::export_written, opt.output.empty() ? target.filename().string() : opt.output,
                          render::export_subject(*meeting, ctx.lang))
              << '\n';
    return 0;
}

}  // namespace

void register_export(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<ExportCliOptions>();
    CLI::App* cmd = app.add_subcommand("export", util::tr(lang, Msg::cmd_export));
    cmd->add_option("note", o->note, util::tr(lang, Msg::opt_export_note))->type_name("NOTE");
    cmd->add_option("-o,--output", o->output, util::tr(lang, Msg::opt_export_output))->type_name("FILE");
    cmd->add_flag("--force", o->force, util::tr(lang, Msg::opt_export_force));
    add_redact_flag(cmd, o->redact, lang);
    cmd->footer(std::string(util::text(Msg::footer_export, lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_export(ctx, *o); }; });
}

}  // namespace dla::cli
