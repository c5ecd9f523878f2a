// Shell completion scripts (bash, zsh, fish) written from a description of the command
// line that the CLI builds from its own definitions, so that they never drift from it.
#pragma once

#include <string>
#include <vector>

namespace dla::render {

/// Where the values of an option or argument come from.
enum class ValueSource {
    none,         // anything typed: nothing to propose
    choices,      // a fixed list (CompletionOption::choices)
    files,        // paths
    directories,  // folders
    series,       // the repository's series ids: `dla __complete series`
    departments,  // its department ids: `dla __complete departments`
    owners,       // its people's names and aliases: `dla __complete owners`
    notes,        // its notes, as paths from the working folder: `dla __complete notes`
};

struct CompletionOption {
    std::vector<std::string> names;  // as typed: "-C", "--today"; empty for a positional argument
    std::string help;
    bool takes_value = false;
    ValueSource source = ValueSource::none;
    std::vector<std::string> choices;
};

struct CompletionCommand {
    std::string name;
    std::string help;
    /// Without the positional arguments. An option named as a global one redefines it for
    /// this command (--format and the command's own formats).
    std::vector<CompletionOption> options;
    std::vector<CompletionOption> positionals;  // in order; the last may repeat
    std::vector<std::string> subcommands;       // `install` of `hook`
};

/// The whole command line: the options valid anywhere, and each command.
struct CompletionSpec {
    std::string program = "dla";
    std::vector<CompletionOption> global;
    std::vector<CompletionCommand> commands;
};

/// A bash script defining `_dla` and registering it with `complete -F`; values from the
/// repository come from `dla [-C DIR] __complete WHAT` (DIR as typed on the line).
[[nodiscard]] std::string bash_completion(const CompletionSpec& spec);

/// A zsh script (`#compdef dla`) built on _arguments.
[[nodiscard]] std::string zsh_completion(const CompletionSpec& spec);

/// A fish script of `complete -c dla` lines.
[[nodiscard]] std::string fish_completion(const CompletionSpec& spec);

}  // namespace dla::render
