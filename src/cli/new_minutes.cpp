// dla new-minutes: the next minutes of a series, from its template, never over an existing file.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

#include "commands.hpp"
#include "error.hpp"
#include "options.hpp"
#include "dla/edit/action_ids.hpp"
#include "dla/load/templates.hpp"
#include "dla/load/write.hpp"
#include "dla/model/series.hpp"
#include "dla/query/next_minutes.hpp"
#include "dla/render/minutes.hpp"
#include "dla/render/show.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/text.hpp"

namespace fs = std::filesystem;

namespace dla::cli {

namespace {

using util::Msg;
using util::tr;

struct NewMinutesOptions {
    std::string series, date, time, format, theme, template_name;
    bool dry_run = false;
    bool edit = false;
    bool assign_ids = false;
};

query::NextMinutesOptions plan_options(const Context& ctx, const NewMinutesOptions& o) {
    query::NextMinutesOptions q;
    q.today = ctx.today;
    q.series = o.series;
    q.theme = std::string(util::trim(o.theme));
    q.date = date_option("--date", o.date, ctx);
    if (!o.time.empty()) {
        auto parsed = util::parse_time_range(o.time);
        if (auto* t = std::get_if<util::TimeRange>(&parsed)) q.time = *t;
        else throw util::Failure({Msg::minutes_bad_time, {std::get<util::DateError>(parsed).in(ctx.lang)}});
    }
    // `--format visio` after the command is this command's; before it, it lands in the global option.
    const std::string format = !o.format.empty() ? o.format : ctx.format;
    if (!format.empty()) {
        q.format = model::meeting_format_at_start(format);
        if (q.format.empty()) throw util::Failure({Msg::minutes_bad_format, {format}});
    }
    return q;
}

// What the plan was made from, for the minute-taker to check at a glance.
void tell_plan(const Context& ctx, const query::MinutesPlan& plan) {
    const util::Lang lang = ctx.lang;
    const std::string when = lang == util::Lang::fr ? util::format_long_french(plan.date) : util::format_long_english(plan.date);
    switch (plan.date_source) {
    case query::DateSource::calendar:
        std::cerr << tr(lang, Msg::minutes_from_calendar, plan.title, when, plan.planned->path, plan.planned->event.line) << '\n';
        break;
    case query::DateSource::option: std::cerr << tr(lang, Msg::minutes_from_option, plan.title, when) << '\n'; break;
    case query::DateSource::today: std::cerr << tr(lang, Msg::minutes_from_today, plan.title, when) << '\n'; break;
    }
    if (plan.attendees.empty()) {
        std::cerr << tr(lang, Msg::minutes_attendees_none) << '\n';
    } else if (plan.attendees_from_members) {
        std::cerr << tr(lang, Msg::minutes_attendees_members, util::count(lang, plan.attendees.size(), Msg::count_person_expected)) << '\n';
    } else {
        std::string previous = plan.previous->title.empty() ? plan.previous->path : plan.previous->title;
        if (plan.previous->date) previous += " (" + render::date_text(*plan.previous->date, lang) + ")";
        std::cerr << tr(lang, Msg::minutes_attendees_previous, util::count(lang, plan.attendees.size(), Msg::count_person_expected),
                        query::k_roster_meetings, previous) << '\n';
    }
    std::cerr << tr(lang, Msg::minutes_carried, util::count(lang, plan.carried.size(), Msg::count_open_action_carried)) << '\n';
}

// Writes the generated ids into the notes the actions come from; false when one could not be.
bool assign_ids(const Context& ctx, const query::MinutesPlan& plan, bool dry_run) {
    std::map<std::string, std::vector<edit::IdInsertion>> by_note;
    for (const auto& c : plan.carried)
        if (c.generated_id) by_note[c.path].push_back({c.line, c.action.id, c.action.text});
    for (auto& [path, ids] : by_note)
        std::sort(ids.begin(), ids.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    bool all = true;
    const auto& repo = ctx.workspace.repo;
    for (const auto& [path, ids] : by_note) {
        std::set<int> given;
        const fs::path file = repo.root / path;
        if (!dry_run) {
            // Read again right before writing: what is written is that file plus the ids.
            const auto read = load::read_files(repo, {file});
            if (read[0].error == 0) {
                const edit::NoteWithIds with = edit::with_action_ids(path, read[0].bytes, ids, ctx.workspace.config);
                if (!with.given.empty()) {
                    if (const auto why = rewrite_note(ctx, read[0], with.bytes))
                        print_warning(*why);
                    else
                        for (const auto& id : with.given) given.insert(id.line);
                }
            }
        }
        for (const auto& id : ids) {
            const bool ok = dry_run || given.contains(id.line);
            const Msg msg = dry_run ? Msg::minutes_id_would_assign : ok ? Msg::minutes_id_assigned : Msg::minutes_id_not_assigned;
            std::cerr << tr(ctx.lang, msg, path, id.line, id.id) << '\n';
            all = all && ok;
        }
    }
    return all;
}

// $VISUAL, else $EDITOR, split on blanks (`code --wait`), started without a shell in the
// repository's root on `path`, as git starts its editor. The exit code of the command.
int edit(const Context& ctx, const std::string& path) {
    std::string command;
    for (const char* var : {"VISUAL", "EDITOR"})
        if (const char* v = std::getenv(var); v && !util::trim(v).empty()) {
            command = v;
            break;
        }
    if (command.empty()) {
        print_error(tr(ctx.lang, Msg::minutes_no_editor, path));
        return 2;
    }
    std::vector<std::string> words;
    for (std::size_t pos = 0; pos < command.size();) {
        const std::size_t start = command.find_first_not_of(" \t", pos);
        if (start == std::string::npos) break;
        const std::size_t end = std::min(command.find_first_of(" \t", start), command.size());
        words.push_back(command.substr(start, end - start));
        pos = end;
    }
    words.push_back(path);
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);

    // The child reports a failed exec through this pipe, closed on a successful one.
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0) throw util::Failure({Msg::minutes_editor_failed, {command, std::strerror(errno), path}});
    std::cout.flush();
    // Like system(): Ctrl-C is the editor's business while it runs.
    struct sigaction ignore {}, old_int {}, old_quit {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGINT, &ignore, &old_int);
    ::sigaction(SIGQUIT, &ignore, &old_quit);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::sigaction(SIGINT, &old_int, nullptr);
        ::sigaction(SIGQUIT, &old_quit, nullptr);
        ::close(report[0]);
        int error = 0;
        if (::chdir(ctx.workspace.repo.root.c_str()) != 0) error = errno;
        else ::execvp(argv[0], argv.data());
        if (!error) error = errno;
        [[maybe_unused]] auto n = ::write(report[1], &error, sizeof error);
        ::_exit(127);
    }
    ::close(report[1]);
    int error = 0;
    ssize_t got = 0;
    if (pid > 0)
        do got = ::read(report[0], &error, sizeof error);
        while (got < 0 && errno == EINTR);
    else
        error = errno;
    ::close(report[0]);
    int status = 0;
    if (pid > 0)
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    ::sigaction(SIGINT, &old_int, nullptr);
    ::sigaction(SIGQUIT, &old_quit, nullptr);
    if (pid < 0 || got == static_cast<ssize_t>(sizeof error)) {
        print_error(tr(ctx.lang, Msg::minutes_editor_failed, words.front(), std::strerror(error), path));
        return 2;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const std::string how = WIFEXITED(status) ? std::to_string(WEXITSTATUS(status)) : strsignal(WTERMSIG(status));
        std::cerr << "dla: " << tr(ctx.lang, Msg::minutes_editor_status, words.front(), how, path) << '\n';
        return 1;
    }
    return 0;
}

int run_new_minutes(Context& ctx, const NewMinutesOptions& o) {
    const query::NextMinutesOptions options = plan_options(ctx, o);
    const auto& ws = ctx.workspace;
    // A bad --template is said before anything is read.
    if (!o.template_name.empty()) (void)load::find_template(ws.repo, o.template_name, "");

    auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, {});
    report_problems(ctx, notes.diagnostics);
    const query::MinutesPlan plan = query::plan_next_minutes(notes.meetings, ws.config, options);
    // The next meeting has its minutes already: nothing to create, even for a look.
    if (plan.existing) throw util::Failure({Msg::minutes_exists, {plan.existing->path}});
    const std::string& series = plan.series;
    if (series.empty() || series.starts_with('.') || series.find_first_of("/\\") != std::string::npos)
        throw util::Failure({Msg::minutes_bad_series_id, {series}});

    const auto template_path = load::find_template(ws.repo, o.template_name, series);
    std::string template_text(render::default_minutes_template());
    std::string template_name = "default";
    if (template_path) {
        const auto read = load::read_files(ws.repo, {*template_path});
        if (read[0].error != 0)
            throw util::Failure({Msg::file_unreadable, {read[0].path + " : " + parse::read_error_text(read[0], ctx.lang)}});
        template_text = read[0].bytes;
        template_name = read[0].path;
    }
    const std::string text = render::render_minutes(template_text, template_name, plan, ws.config, ctx.lang);

    // What it creates must read as minutes: a template that breaks them is said.
    diag::Sink sink;
    (void)parse::parse_note(plan.path, text, ws.config, sink);
    std::vector<diag::Diagnostic> problems;
    for (const auto& d : sink.diagnostics())
        if (d.severity == diag::Severity::error) problems.push_back(d);

    const fs::path target = ws.repo.root / plan.path;
    std::error_code ec;
    if (fs::exists(target, ec) || fs::is_symlink(target, ec))
        throw util::Failure({Msg::minutes_exists, {plan.path}});

    tell_plan(ctx, plan);
    const std::size_t generated = std::count_if(plan.carried.begin(), plan.carried.end(), [](const auto& c) { return c.generated_id; });
    if (o.dry_run) {
        std::cout << text;
        print_diagnostics(problems);
        if (o.assign_ids) (void)assign_ids(ctx, plan, true);
        else if (generated) std::cerr << util::count(ctx.lang, generated, Msg::count_action_given_id) << '\n';
        if (!problems.empty()) std::cerr << tr(ctx.lang, Msg::minutes_created_problems, util::count(ctx.lang, problems.size(), Msg::count_error)) << '\n';
        std::cerr << tr(ctx.lang, Msg::minutes_dry_run, plan.path) << '\n';
        return problems.empty() ? 0 : 1;
    }

    const fs::path folder = target.parent_path();
    load::require_inside(folder, ws.repo.root, fs::path(plan.path).parent_path().string());
    const bool new_folder = !fs::exists(folder, ec);
    fs::create_directories(folder, ec);
    try {
        load::write_file_atomically(target, text, load::k_new_file_perms, load::IfExists::keep);
    } catch (const util::Failure&) {
        if (new_folder) fs::remove(folder, ec);  // only when empty: nothing is left behind
        throw;
    }
    std::cout << plan.path << std::endl;
    print_diagnostics(problems);
    if (!problems.empty()) std::cerr << tr(ctx.lang, Msg::minutes_created_problems, util::count(ctx.lang, problems.size(), Msg::count_error)) << '\n';
    bool ids_ok = true;
    if (o.assign_ids) ids_ok = assign_ids(ctx, plan, false);
    else if (generated) std::cerr << util::count(ctx.lang, generated, Msg::count_action_given_id) << '\n';
    if (o.edit)
        if (int status = edit(ctx, plan.path); status != 0) return status;
    return problems.empty() && ids_ok ? 0 : 1;
}

}  // namespace

void register_new_minutes(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<NewMinutesOptions>();
    CLI::App* cmd = app.add_subcommand(
        "new-minutes", util::tr(lang, util::Msg::cmd_new_minutes));
    cmd->add_option("--series", o->series, util::tr(lang, util::Msg::opt_new_minutes_series))
        ->type_name("ID");
    add_date_option(cmd, "--date", o->date, util::tr(lang, util::Msg::opt_new_minutes_date));
    cmd->add_option("--time", o->time, util::tr(lang, util::Msg::opt_new_minutes_time))->type_name("HH:MM");
    cmd->add_option("--format", o->format, util::tr(lang, util::Msg::opt_new_minutes_format))->type_name("FORMAT");
    cmd->add_option("--theme", o->theme, util::tr(lang, util::Msg::opt_new_minutes_theme))->type_name(util::tr(lang, util::Msg::type_text));
    cmd->add_option("--template", o->template_name,
                    util::tr(lang, util::Msg::opt_new_minutes_template))
        ->type_name(util::tr(lang, util::Msg::type_name));
    auto* dry = cmd->add_flag("--dry-run", o->dry_run, util::tr(lang, util::Msg::opt_new_minutes_dry_run));
    cmd->add_flag("--edit", o->edit, util::tr(lang, util::Msg::opt_new_minutes_edit))->excludes(dry);
    cmd->add_flag("--assign-ids", o->assign_ids,
                  util::tr(lang, util::Msg::opt_new_minutes_assign_ids));
    cmd->footer(std::string(util::text(util::Msg::footer_new_minutes, selected.lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_new_minutes(ctx, *o); }; });
}

}  // namespace dla::cli
