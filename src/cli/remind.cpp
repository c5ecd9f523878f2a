// dla remind: a draft e-mail to each owner of open actions overdue or due soon.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "error.hpp"
#include "dla/load/pipe.hpp"
#include "dla/load/write.hpp"
#include "dla/query/remind.hpp"
#include "dla/render/mail.hpp"
#include "dla/render/remind.hpp"
#include "dla/render/show.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/keep.hpp"

namespace dla::cli {

namespace fs = std::filesystem;
using util::Msg;
using util::tr;

namespace {

struct RemindCliOptions {
    std::string owner;
    int days = 7;
    std::string mbox, out;
    bool send = false;
    bool dry_run = false;
    bool force = false;
};

// What a line of the run says of one draft: « Jeanne Martin <jeanne@…>, 2 actions, dont 1 en retard ».
std::string recipient(const query::Reminder& r) { return r.name + " <" + r.address + ">"; }

std::string counted(const Context& ctx, const query::Reminder& r) {
    const std::string count = util::count(ctx.lang, r.actions.size(), Msg::count_action);
    const auto overdue = std::count_if(r.actions.begin(), r.actions.end(), [](const auto& t) { return t.overdue; });
    return overdue ? tr(ctx.lang, Msg::actions_count, count, overdue) : count;
}

// Each message to `sendmail -t -oi`, which reads the recipients from To.
int send(const Context& ctx, const std::vector<query::Reminder>& reminders, const std::vector<std::string>& messages,
         const render::RemindOptions& ro, bool dry_run) {
    for (std::size_t i = 0; i < reminders.size(); ++i) {
        const std::string subject = render::reminder_subject(reminders[i], ro);
        if (dry_run) {
            std::cout << tr(ctx.lang, Msg::remind_would_send, recipient(reminders[i]), subject) << '\n';
            continue;
        }
        const load::PipeRun run = load::pipe_to_program("sendmail", {"-t", "-oi"}, render::unix_newlines(messages[i]));
        if (run.spawn_error) throw util::Failure({Msg::remind_no_sendmail, {}});
        if (run.exit_code != 0)
            throw util::Failure({Msg::remind_sendmail_failed, {std::to_string(run.exit_code), recipient(reminders[i]), std::to_string(i)}});
        std::cout << tr(ctx.lang, Msg::remind_sent, recipient(reminders[i]), subject) << '\n';
    }
    return 0;
}

// Writes `bytes` to `path`, never over a file unless --force.
void write_draft(const fs::path& path, std::string_view bytes, bool force) {
    load::write_file_atomically(path, bytes, load::k_new_file_perms, force ? load::IfExists::replace : load::IfExists::keep);
}

int write_mbox(const Context& ctx, const RemindCliOptions& o, const std::vector<query::Reminder>& reminders,
               const std::vector<std::string>& messages) {
    const std::string bytes = render::mbox_bytes(messages, ctx.today);
    if (o.mbox == "-") {
        if (!o.dry_run) std::cout << bytes;
        return 0;
    }
    const fs::path path = ctx.cwd / o.mbox;
    if (!o.force && fs::symlink_status(path).type() != fs::file_type::not_found)
        throw util::Failure({Msg::remind_exists, {o.mbox}});
    if (!o.dry_run) write_draft(path, bytes, o.force);
    for (const auto& r : reminders)
        std::cout << tr(ctx.lang, o.dry_run ? Msg::remind_would_write : Msg::remind_written, o.mbox, recipient(r), counted(ctx, r)) << '\n';
    return 0;
}

int write_files(const Context& ctx, const RemindCliOptions& o, const std::vector<query::Reminder>& reminders,
                const std::vector<std::string>& messages) {
    const fs::path shown = o.out.empty() ? fs::path(tr(ctx.lang, Msg::remind_default_dir, util::to_iso(ctx.today))) : fs::path(o.out);
    const fs::path folder = ctx.cwd / shown;
    const auto names = render::reminder_file_names(reminders);
    // Every name checked before the first is written: all the drafts or none.
    if (fs::exists(folder) && !fs::is_directory(folder)) throw util::Failure({Msg::remind_not_a_folder, {shown.string()}});
    if (!o.force)
        for (const auto& name : names)
            if (fs::symlink_status(folder / name).type() != fs::file_type::not_found)
                throw util::Failure({Msg::remind_exists, {(shown / name).string()}});
    if (!o.dry_run) {
        std::error_code error;
        fs::create_directories(folder, error);
        for (std::size_t i = 0; i < names.size(); ++i) write_draft(folder / names[i], messages[i], o.force);
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        std::cout << tr(ctx.lang, o.dry_run ? Msg::remind_would_write : Msg::remind_written, (shown / names[i]).string(),
                        recipient(reminders[i]), counted(ctx, reminders[i]))
                  << '\n';
    return 0;
}

int run_remind(Context& ctx, const RemindCliOptions& o) {
    const auto& config = ctx.workspace.config;
    if (o.send && !config.remind_send) throw util::Failure({Msg::remind_send_not_allowed, {}});
    auto& notes = util::keep_until_exit(workspace::read_notes(ctx.workspace, ctx.cwd, {}, model::head | model::actions));
    const auto& tracked = util::keep_until_exit(query::track_actions(notes.meetings, ctx.today));
    if (!o.owner.empty())
        if (auto problem = query::owner_option_problem(o.owner, tracked, config, ctx.lang)) throw util::Failure(std::move(*problem));
    report_problems(ctx, notes.diagnostics);

    const render::RemindOptions ro{ctx.today, o.days, ctx.lang};
    std::vector<query::Reminder> reminders;
    bool unaddressed = false;
    for (auto& r : query::reminders(tracked, config, ctx.today, o.days, o.owner)) {
        if (!r.address.empty()) {
            reminders.push_back(std::move(r));
            continue;
        }
        print_warning(tr(ctx.lang, Msg::remind_no_address, r.name, counted(ctx, r)));
        unaddressed = true;
    }
    if (reminders.empty()) {
        // On stderr: with --mbox -, standard output holds the mbox, empty here. Never
        // « no action » when there are some, only nobody to write to.
        std::cerr << tr(ctx.lang, unaddressed ? Msg::remind_none_addressed : Msg::remind_none,
                        render::date_text(util::add_days(ctx.today, o.days), ctx.lang))
                  << '\n';
        return 0;
    }
    std::vector<std::string> messages;
    for (const auto& r : reminders) messages.push_back(render::mail_bytes(render::reminder_mail(r, ro, !o.send)));
    if (o.send) return send(ctx, reminders, messages, ro, o.dry_run);
    if (!o.mbox.empty()) return write_mbox(ctx, o, reminders, messages);
    return write_files(ctx, o, reminders, messages);
}

}  // namespace

void register_remind(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<RemindCliOptions>();
    CLI::App* cmd = app.add_subcommand("remind", tr(lang, Msg::cmd_remind));
    cmd->add_option("--owner", o->owner, tr(lang, Msg::opt_remind_owner))->type_name(tr(lang, Msg::type_name));
    cmd->add_option("--days", o->days, tr(lang, Msg::opt_remind_days))->type_name("N")->check(CLI::NonNegativeNumber);
    auto* mbox = cmd->add_option("--mbox", o->mbox, tr(lang, Msg::opt_remind_mbox))->type_name(tr(lang, Msg::type_file));
    auto* out = cmd->add_option("--out", o->out, tr(lang, Msg::opt_remind_out))->type_name("DIR")->excludes(mbox);
    cmd->add_flag("--send", o->send, tr(lang, Msg::opt_remind_send))->excludes(mbox)->excludes(out);
    cmd->add_flag("--dry-run", o->dry_run, tr(lang, Msg::opt_remind_dry_run));
    cmd->add_flag("--force", o->force, tr(lang, Msg::opt_remind_force));
    cmd->footer(std::string(util::text(Msg::footer_remind, lang)));
    cmd->callback([&selected, o] {
        selected.run = [o](Context& ctx) { return run_remind(ctx, *o); };
    });
}

}  // namespace dla::cli
