// The git pre-commit hook that `dla hook install` writes: a POSIX shell script running
// `dla check` on the notes staged for the commit.
#pragma once

#include <string>
#include <string_view>

#include "dla/util/i18n.hpp"

namespace dla::render {

/// The line that marks a hook as written by dla: such a hook may be rewritten, any other
/// is left alone.
inline constexpr std::string_view k_hook_marker = "# dla-pre-commit-hook";

/// The hook. It copies the staged content of the `*.md` files under `notes_dir` that the
/// commit adds or changes (and the staged dla.yaml, else the working one) into a
/// temporary folder and runs `dla check` on them there, so that what is checked is what
/// is committed; it refuses the commit when the check fails. `root` is the repository of
/// minutes relative to the top of the git working tree (`.` when it is the top); `dla`
/// the command to run (the environment variable DLA overrides it). Its comments and
/// messages are in `lang`.
[[nodiscard]] std::string pre_commit_hook(std::string_view root, std::string_view notes_dir, std::string_view dla,
                                          util::Lang lang);

/// `text` as one single-quoted word of the POSIX shell.
[[nodiscard]] std::string shell_quote(std::string_view text);

}  // namespace dla::render
