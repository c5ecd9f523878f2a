#include "dla/render/line_change.hpp"

#include <doctest/doctest.h>

using namespace dla;

TEST_CASE("line_change_diff") {
    SUBCASE("plain: a unified diff of one line, without context") {
        CHECK(render::line_change_diff("notes/n.md", 12, "- [ ] A", "- [x] A ✅ 2026-12-03", render::Style(false)) ==
              "--- a/notes/n.md\n+++ b/notes/n.md\n@@ -12 +12 @@\n-- [ ] A\n+- [x] A ✅ 2026-12-03\n");
    }
    SUBCASE("coloured as git") {
        CHECK(render::line_change_diff("n.md", 1, "a", "b", render::Style(true)) ==
              "\x1b[1m--- a/n.md\x1b[0m\n\x1b[1m+++ b/n.md\x1b[0m\n\x1b[36m@@ -1 +1 @@\x1b[0m\n\x1b[31m-a\x1b[0m\n\x1b[32m+b\x1b[0m\n");
    }
}
