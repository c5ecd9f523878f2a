// Handing bytes to another program on its standard input (`dla remind --send` gives
// each message to `sendmail -t -oi`): started directly, never through a shell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dla::load {

/// What became of a program fed through a pipe.
struct PipeRun {
    int spawn_error = 0;  // errno of a program that could not start (ENOENT: not in PATH); 0 when it ran
    int exit_code = 0;    // its exit status; 128 + N when killed by signal N
};

/// Runs `program`, looked up in PATH as execvp does (posix_spawnp), with `args`
/// (argv[1…]), writes `input` to its standard input, closes it and waits for the
/// program; its standard output and error are dla's. A program that stops reading early
/// gets no more bytes (EPIPE, not SIGPIPE, ends the writing); its exit status tells.
[[nodiscard]] PipeRun pipe_to_program(const std::string& program, const std::vector<std::string>& args,
                                      std::string_view input);

}  // namespace dla::load
