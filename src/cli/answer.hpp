// A command run again on notes that did not change answers as it did the first time:
// what it wrote and its exit status, kept in the index (load/cache) and written again
// without reading a note. See docs/performance.md.
#pragma once

#include "commands.hpp"

namespace dla::cli {

/// Runs `run`, or replays the answer it gave to the same command line, on the same
/// notes, in the same conditions (today, language, colours, width, build, dla.yaml).
/// Only for commands whose answer depends on nothing else: the whole notes folder, no
/// file named on the command line, no clock, no git.
int run_remembered(Context& ctx, int argc, char** argv, const Run& run);

}  // namespace dla::cli
