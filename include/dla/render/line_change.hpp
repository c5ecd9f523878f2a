// What an edit of one line of a note changed (`dla done`, `cancel`, `reopen`, `redate`,
// `assign`), as `git diff` shows it.
#pragma once

#include <string>
#include <string_view>

#include "dla/render/style.hpp"

namespace dla::render {

/// A unified diff of line `line` of the note `path` (relative to the repository) going
/// from `before` to `after`, without context: `--- a/PATH`, `+++ b/PATH`, `@@ -L +L @@`,
/// `-before`, `+after`, each line ending in '\n'; coloured as git does with `style`
/// (headers bold, hunk cyan, removed red, added green).
[[nodiscard]] std::string line_change_diff(std::string_view path, int line, std::string_view before,
                                           std::string_view after, const Style& style);

}  // namespace dla::render
