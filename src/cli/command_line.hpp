// dla's command line as CLI11 reads it: the global options, every command of k_commands,
// the help in the user's language. main parses with it; the unit tests too.
#pragma once

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"

namespace dla::cli {

/// The language of --lang on the command line, else of the environment: for help and
/// usage errors, which come before any repository is read.
[[nodiscard]] util::Lang early_lang(int argc, const char* const* argv);

/// The application, and what parsing it fills: the global options and the command selected.
struct CommandLine {
    explicit CommandLine(util::Lang lang);
    CommandLine(const CommandLine&) = delete;  // the callbacks hold references to the members
    CommandLine& operator=(const CommandLine&) = delete;

    GlobalOptions options;
    bool no_pager = false;
    Selected selected;
    CLI::App app;
};

}  // namespace dla::cli
