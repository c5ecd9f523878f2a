#include "dla/render/hook.hpp"

#include <fmt/format.h>

namespace dla::render {

std::string shell_quote(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

std::string pre_commit_hook(std::string_view root, std::string_view notes_dir, std::string_view dla, util::Lang lang) {
    using util::Msg;
    auto say = [&](Msg msg) { return shell_quote(util::tr(lang, msg)); };
    std::string notes(notes_dir);
    while (!notes.empty() && notes.back() == '/') notes.pop_back();
    // `*` of a git pathspec matches `/` too: every note at any depth.
    const std::string pathspec = (notes.empty() || notes == "." ? std::string() : notes + "/") + "*.md";
    return fmt::format(R"(#!/bin/sh
{marker} — dla hook install
# {purpose}
# {skip}
dla=${{DLA:-{dla}}}
root={root}
if ! command -v "$dla" >/dev/null 2>&1; then
  printf '%s\n' {no_dla} >&2
  exit 1
fi
top=$(git rev-parse --show-toplevel) || exit 1
cd "$top/$root" || exit 1
tmp=$(mktemp -d "${{TMPDIR:-/tmp}}/dla-pre-commit.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
# The notes the commit adds or changes: relative to the minutes for dla, to the top for git.
git diff --cached --name-only --diff-filter=ACMR --relative -z -- {pathspec} >"$tmp/staged" || exit 1
[ -s "$tmp/staged" ] || exit 0
# Every note of the index beside them: a note refers to earlier ones (the ids it carries).
git ls-files --full-name -z -- {pathspec} >"$tmp/indexed-from-top" || exit 1
mkdir -p "$tmp/tree/$root" || exit 1
(cd "$top" && git checkout-index --prefix="$tmp/tree/" -z --stdin <"$tmp/indexed-from-top") || exit 1
if git ls-files --error-unmatch -- dla.yaml >/dev/null 2>&1; then
  git checkout-index --prefix="$tmp/tree/" -- dla.yaml || exit 1
elif [ -f dla.yaml ]; then
  cp dla.yaml "$tmp/tree/$root/" || exit 1
fi
if ! (cd "$tmp/tree/$root" && xargs -0 "$dla" check <"$tmp/staged"); then
  printf '%s\n' {refused} >&2
  exit 1
fi
)",
                       fmt::arg("marker", k_hook_marker), fmt::arg("purpose", util::tr(lang, Msg::hook_script_purpose)),
                       fmt::arg("skip", util::tr(lang, Msg::hook_script_skip)), fmt::arg("dla", shell_quote(dla)),
                       fmt::arg("root", shell_quote(root)), fmt::arg("no_dla", say(Msg::hook_script_no_dla)),
                       fmt::arg("pathspec", shell_quote(pathspec)), fmt::arg("refused", say(Msg::hook_script_refused)));
}

}  // namespace dla::render
