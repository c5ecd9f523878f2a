// dla done | cancel | reopen | redate | assign ID …: acting on one action between meetings,
// the smallest edit of its newest mention, printed as a diff.
#include <iostream>

#include <fmt/format.h>

#include "commands.hpp"
#include "error.hpp"
#include "options.hpp"
#include "dla/edit/action_edit.hpp"
#include "dla/load/write.hpp"
#include "dla/query/find_action.hpp"
#include "dla/render/actions.hpp"
#include "dla/render/line_change.hpp"
#include "dla/util/failure.hpp"

namespace dla::cli {

namespace {

struct ActOptions {
    edit::ActionChange change = edit::ActionChange::done;
    std::string id;
    std::string on;                   // done --on, redate's DATE
    std::vector<std::string> owners;  // assign
    bool dry_run = false;
};

// The actions a command changes, to choose among several that a fragment names.
bool changes(edit::ActionChange change, const query::TrackedAction& t) {
    const auto s = t.action.status;
    switch (change) {
    case edit::ActionChange::done: return s != model::ActionStatus::done;
    case edit::ActionChange::cancel: return s != model::ActionStatus::cancelled;
    case edit::ActionChange::reopen: return s != model::ActionStatus::open;
    case edit::ActionChange::redate:
    case edit::ActionChange::assign: return s == model::ActionStatus::open;
    }
    return true;
}

// The one action `o.id` names; throws util::Failure listing the candidates when it names
// none or several.
const query::TrackedAction& chosen(const std::vector<query::TrackedAction>& actions, const ActOptions& o,
                                   const Context& ctx) {
    const auto found = query::find_actions(actions, o.id, [&](const auto& t) { return changes(o.change, t); });
    if (found.empty()) throw util::Failure({util::Msg::act_none, {o.id}});
    if (found.size() == 1) return *found.front();
    std::string list;
    for (const auto* t : found) {
        const std::string owners = render::action_owners_text(t->action, ctx.workspace.config);
        list += fmt::format("\n  {}  {}{}  {}:{}", t->id, t->action.text, owners.empty() ? "" : " (" + owners + ")",
                            t->latest().meeting->path, t->latest().line);
    }
    throw util::Failure({util::Msg::act_ambiguous, {o.id, std::to_string(found.size()), list}});
}

int run_act(Context& ctx, const ActOptions& o) {
    (void)choose_format(ctx, "text");
    edit::ActionEdit change{o.change, ctx.today, o.owners};
    if (o.change == edit::ActionChange::redate) change.date = *date_option("DATE", o.on, ctx);
    else if (!o.on.empty()) change.date = *date_option("--on", o.on, ctx);

    auto& ws = ctx.workspace;
    const auto notes = workspace::read_notes(ws, ctx.cwd, {}, model::head | model::actions);
    const auto actions = query::track_actions(notes.meetings, ctx.today);
    const query::TrackedAction& action = chosen(actions, o, ctx);
    const query::Mention& mention = action.latest();
    // Done twice (without a new --on) or cancelled twice: its date stays that of the first time.
    const bool again = (o.change == edit::ActionChange::done && action.action.status == model::ActionStatus::done && o.on.empty()) ||
                       (o.change == edit::ActionChange::cancel && action.action.status == model::ActionStatus::cancelled);
    if (again) {
        std::cerr << util::tr(ctx.lang, util::Msg::act_unchanged, mention.meeting->path, mention.line, action.id) << '\n';
        return 0;
    }

    // The note read again now: the edit is made on the bytes that will be replaced.
    const auto files = load::read_files(ws.repo, {ws.repo.root / mention.meeting->path});
    const load::SourceFile& file = files.front();
    if (file.error != 0) {
        print_diagnostics({parse::unread_diagnostic(file, ctx.lang)});
        return 2;
    }
    const edit::EditedNote edited = edit::with_action_edit(file.path, file.bytes, mention.line, change, ws.config);
    if (edited.refused) throw util::Failure({util::Msg::act_refused, {file.path, std::to_string(mention.line), action.id}});
    if (edited.after == edited.before) {
        std::cerr << util::tr(ctx.lang, util::Msg::act_unchanged, file.path, mention.line, action.id) << '\n';
        return 0;
    }
    if (!o.dry_run && load::read_only(file.fs_path)) throw util::Failure({util::Msg::act_read_only, {file.path}});
    std::cout << render::line_change_diff(file.path, edited.line, edited.before, edited.after, ctx.style);
    if (o.dry_run) {
        std::cerr << util::tr(ctx.lang, util::Msg::act_dry_run) << '\n';
        return 0;
    }
    if (const auto why = rewrite_note(ctx, file, edited.bytes)) {
        print_error(*why);
        return 2;
    }
    return 0;
}

void register_act(CLI::App& app, Selected& selected, std::string_view name, edit::ActionChange change,
                  util::Msg description, util::Msg footer) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<ActOptions>();
    o->change = change;
    CLI::App* cmd = app.add_subcommand(std::string(name), util::tr(lang, description));
    cmd->add_option("id", o->id, util::tr(lang, util::Msg::opt_act_id))->type_name("ID")->required();
    if (change == edit::ActionChange::redate)
        cmd->add_option("date", o->on, util::tr(lang, util::Msg::opt_redate_date))->type_name("DATE")->required();
    if (change == edit::ActionChange::done) add_date_option(cmd, "--on", o->on, util::tr(lang, util::Msg::opt_done_on));
    if (change == edit::ActionChange::assign)
        cmd->add_option("owners", o->owners, util::tr(lang, util::Msg::opt_assign_owners))->type_name("@ALIAS")->required();
    cmd->add_flag("--dry-run", o->dry_run, util::tr(lang, util::Msg::opt_act_dry_run));
    cmd->footer(std::string(util::text(footer, lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_act(ctx, *o); }; });
}

}  // namespace

void register_done(CLI::App& app, Selected& selected) {
    register_act(app, selected, "done", edit::ActionChange::done, util::Msg::cmd_done, util::Msg::footer_done);
}
void register_cancel(CLI::App& app, Selected& selected) {
    register_act(app, selected, "cancel", edit::ActionChange::cancel, util::Msg::cmd_cancel, util::Msg::footer_cancel);
}
void register_reopen(CLI::App& app, Selected& selected) {
    register_act(app, selected, "reopen", edit::ActionChange::reopen, util::Msg::cmd_reopen, util::Msg::footer_reopen);
}
void register_redate(CLI::App& app, Selected& selected) {
    register_act(app, selected, "redate", edit::ActionChange::redate, util::Msg::cmd_redate, util::Msg::footer_redate);
}
void register_assign(CLI::App& app, Selected& selected) {
    register_act(app, selected, "assign", edit::ActionChange::assign, util::Msg::cmd_assign, util::Msg::footer_assign);
}

}  // namespace dla::cli
