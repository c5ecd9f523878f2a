// Every subcommand, registered in one place with its traits (paged, needs a repository,
// quiet). Each file exports register_<name>.
#pragma once

#include <array>
#include <functional>
#include <span>
#include <string_view>

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace dla::cli {

/// A command's body: gets the resolved context, returns the exit code.
using Run = std::function<int(Context&)>;

/// Set by the subcommand that CLI11 selected; main runs it after parsing.
struct Selected {
    Run run;
    util::Lang lang = util::Lang::fr;  // of the help texts (--lang or the environment): set before registering
};

/// What main needs to know of a command before running it.
struct Traits {
    bool paged = false;            // its output may run over a screen: through the pager on a terminal
    bool needs_repository = true;  // false: run gets a context without a repository (completion)
    bool quiet = false;            // any failure ends the run silently, exit 0 (__complete)
    /// The values of --format it accepts (choose_format), which completion offers; none:
    /// the command has one output.
    std::span<const std::string_view> formats = {};
};

/// The output formats of the commands, shared by those that offer the same ones.
inline constexpr std::array<std::string_view, 5> k_table_formats{"table", "text", "markdown", "json", "csv"};
inline constexpr std::array<std::string_view, 6> k_calendar_formats{"table", "text", "markdown", "json", "csv", "ics"};
inline constexpr std::array<std::string_view, 4> k_summary_formats{"text", "markdown", "html", "json"};
inline constexpr std::array<std::string_view, 3> k_text_formats{"text", "markdown", "json"};
inline constexpr std::array<std::string_view, 2> k_data_formats{"text", "json"};
inline constexpr std::array<std::string_view, 1> k_plain_formats{"text"};
inline constexpr std::array<std::string_view, 5> k_export_formats{"html", "pdf", "odt", "docx", "eml"};
inline constexpr std::array<std::string_view, 3> k_agenda_formats{"text", "json", "ics"};
inline constexpr std::array<std::string_view, 3> k_sql_formats{"table", "csv", "json"};

void register_show(CLI::App& app, Selected& selected);
void register_check(CLI::App& app, Selected& selected);
void register_actions(CLI::App& app, Selected& selected);
void register_calendar(CLI::App& app, Selected& selected);
void register_diff(CLI::App& app, Selected& selected);
void register_fmt(CLI::App& app, Selected& selected);
void register_hook(CLI::App& app, Selected& selected);
void register_summary(CLI::App& app, Selected& selected);
void register_export(CLI::App& app, Selected& selected);
void register_site(CLI::App& app, Selected& selected);
void register_attendance(CLI::App& app, Selected& selected);
void register_news(CLI::App& app, Selected& selected);
void register_new_minutes(CLI::App& app, Selected& selected);
void register_import(CLI::App& app, Selected& selected);
void register_init(CLI::App& app, Selected& selected);
void register_completion(CLI::App& app, Selected& selected);
void register_complete(CLI::App& app, Selected& selected);
void register_remind(CLI::App& app, Selected& selected);
void register_help(CLI::App& app, Selected& selected);
void register_done(CLI::App& app, Selected& selected);
void register_cancel(CLI::App& app, Selected& selected);
void register_reopen(CLI::App& app, Selected& selected);
void register_redate(CLI::App& app, Selected& selected);
void register_assign(CLI::App& app, Selected& selected);
void register_agenda(CLI::App& app, Selected& selected);
void register_search(CLI::App& app, Selected& selected);
void register_sql(CLI::App& app, Selected& selected);
void register_db(CLI::App& app, Selected& selected);

/// A command of dla: its name, the function that adds it (and its own subcommands, as
/// `hook install`) to the application, and its traits.
struct Command {
    std::string_view name;
    void (*add)(CLI::App&, Selected&);
    Traits traits;
};

/// Every command, in the order `dla --help` lists them: the one table of their traits.
inline constexpr std::array k_commands{
    Command{"show", register_show, {.paged = true, .formats = k_data_formats}},
    Command{"check", register_check, {.formats = k_data_formats}},
    Command{"actions", register_actions, {.paged = true, .formats = k_table_formats}},
    Command{"done", register_done, {.formats = k_plain_formats}},
    Command{"cancel", register_cancel, {.formats = k_plain_formats}},
    Command{"reopen", register_reopen, {.formats = k_plain_formats}},
    Command{"redate", register_redate, {.formats = k_plain_formats}},
    Command{"assign", register_assign, {.formats = k_plain_formats}},
    Command{"calendar", register_calendar, {.paged = true, .formats = k_calendar_formats}},
    Command{"agenda", register_agenda, {.paged = true, .formats = k_agenda_formats}},
    Command{"summary", register_summary, {.paged = true, .formats = k_summary_formats}},
    Command{"export", register_export, {.formats = k_export_formats}},
    Command{"site", register_site, {}},
    Command{"attendance", register_attendance, {.paged = true, .formats = k_table_formats}},
    Command{"news", register_news, {.paged = true, .formats = k_text_formats}},
    Command{"new-minutes", register_new_minutes, {}},
    Command{"import", register_import, {}},
    Command{"init", register_init, {}},
    Command{"completion", register_completion, {.needs_repository = false}},
    Command{"__complete", register_complete, {.quiet = true}},  // hidden: the values the completion scripts ask for
    Command{"diff", register_diff, {.paged = true, .formats = k_text_formats}},
    Command{"fmt", register_fmt, {.formats = k_plain_formats}},
    Command{"hook", register_hook, {}},
    Command{"search", register_search, {.paged = true, .formats = k_data_formats}},
    Command{"sql", register_sql, {.paged = true, .formats = k_sql_formats}},
    Command{"db", register_db, {}},
    Command{"remind", register_remind, {}},
    Command{"help", register_help, {.needs_repository = false}},  // last: it lists the commands above
};

/// Adds every command of k_commands to `app`, in its order.
void register_all(CLI::App& app, Selected& selected);

/// The traits of the command the parsed `app` selected; the defaults when none was.
[[nodiscard]] Traits selected_traits(const CLI::App& app);

/// The traits of the command `name`; the defaults when there is none.
[[nodiscard]] Traits command_traits(std::string_view name);

}  // namespace dla::cli
