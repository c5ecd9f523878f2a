// Every subcommand, registered in one place. Each file exports register_<name>.
#pragma once

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace dla::cli {

/// A command's body: gets the resolved context, returns the exit code.
using Run = std::function<int(Context&)>;

/// Set by the subcommand that CLI11 selected; main runs it after parsing.
struct Selected {
    Run run;
    util::Lang lang = util::Lang::fr;  // of the help texts (--lang or the environment): set before registering
    bool needs_repository = true;      // false: run gets a context without a repository (completion)
    bool quiet = false;                // true: any failure ends the run silently, exit 0 (__complete)
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

/// All of them, in the order `dla --help` lists them.
inline void register_all(CLI::App& app, Selected& selected) {
    register_show(app, selected);
    register_check(app, selected);
    register_actions(app, selected);
    register_calendar(app, selected);
    register_summary(app, selected);
    register_attendance(app, selected);
    register_news(app, selected);
    register_new_minutes(app, selected);
    register_import(app, selected);
    register_init(app, selected);
    register_completion(app, selected);
    register_diff(app, selected);
    register_fmt(app, selected);
    register_hook(app, selected);
}

}  // namespace dla::cli
