#include "dla/render/hook.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;

TEST_CASE("shell_quote") {
    CHECK(render::shell_quote("dla") == "'dla'");
    CHECK(render::shell_quote("/opt/mes outils/dla") == "'/opt/mes outils/dla'");
    CHECK(render::shell_quote("l'équipe") == "'l'\\''équipe'");
    CHECK(render::shell_quote("") == "''");
}

TEST_CASE("pre_commit_hook") {
    const std::string fr = render::pre_commit_hook(".", "notes", "dla", util::Lang::fr);
    CHECK(fr.starts_with("#!/bin/sh\n# dla-pre-commit-hook — dla hook install\n"));
    CHECK(fr.find(render::k_hook_marker) != std::string::npos);
    CHECK(fr.find("dla=${DLA:-'dla'}\nroot='.'\n") != std::string::npos);
    CHECK(fr.find("--diff-filter=ACMR --relative -z -- 'notes/*.md'") != std::string::npos);
    CHECK(fr.find("printf '%s\\n' 'pre-commit : commit refusé, corrigez les erreurs ci-dessus "
                  "(git commit --no-verify pour passer outre)' >&2") != std::string::npos);
    const std::string en = render::pre_commit_hook("minutes", "cr/", "/opt/dla/bin/dla", util::Lang::en);
    CHECK(en.find("dla=${DLA:-'/opt/dla/bin/dla'}\nroot='minutes'\n") != std::string::npos);
    CHECK(en.find("-- 'cr/*.md'") != std::string::npos);
    CHECK(en.find("# To skip it once: git commit --no-verify\n") != std::string::npos);
}
