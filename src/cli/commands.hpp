// Every subcommand, registered in one place with its traits (paged, needs a repository,
// quiet). Each file exports register_<name>.
#pragma once

#include <array>
#include <functional>
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
};

void register_show(CLI::App& app, Selected& selected);
void register_check(CLI::App& app, Selected& selected);
void register_actions(CLI::App& app, Selected& selected);
void register_calendar(CLI::App& app, Selected& selected);
void register_diff(CLI::App& app, Selected& selected);
void register_fmt(CLI::App& app, Selected& selected);
void register_hook(CLI::App& app, Selected& selected);
void register_summary(CLI::App& app, Selected& selected);
void register_attendance(CLI::App& app, Selected& selected);
void register_news(CLI::App& app, Selected& selected);
void register_new_minutes(CLI::App& app, Selected& selected);
void register_import(CLI::App& app, Selected& selected);
void register_init(CLI::App& app, Selected& selected);
void register_completion(CLI::App& app, Selected& selected);
void register_complete(CLI::App& app, Selected& selected);

/// A command of dla: its name, the function that adds it (and its own subcommands, as
/// `hook install`) to the application, and its traits.
struct Command {
    std::string_view name;
    void (*add)(CLI::App&, Selected&);
    Traits traits;
};

/// Every command, in the order `dla --help` lists them: the one table of their traits.
inline constexpr std::array k_commands{
    Command{"show", register_show, {.paged = true}},
    Command{"check", register_check, {}},
    Command{"actions", register_actions, {.paged = true}},
    Command{"calendar", register_calendar, {.paged = true}},
    Command{"summary", register_summary, {.paged = true}},
    Command{"attendance", register_attendance, {.paged = true}},
    Command{"news", register_news, {.paged = true}},
    Command{"new-minutes", register_new_minutes, {}},
    Command{"import", register_import, {}},
    Command{"init", register_init, {}},
    Command{"completion", register_completion, {.needs_repository = false}},
    Command{"__complete", register_complete, {.quiet = true}},  // hidden: the values the completion scripts ask for
    Command{"diff", register_diff, {.paged = true}},
    Command{"fmt", register_fmt, {}},
    Command{"hook", register_hook, {}},
};

/// Adds every command of k_commands to `app`, in its order.
void register_all(CLI::App& app, Selected& selected);

/// The traits of the command the parsed `app` selected; the defaults when none was.
[[nodiscard]] Traits selected_traits(const CLI::App& app);

}  // namespace dla::cli
