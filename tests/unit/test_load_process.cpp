#include "dla/load/process.hpp"

#include <fstream>

#include <doctest/doctest.h>

#include "dla/util/failure.hpp"

using namespace dla;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

TEST_CASE("find_program") {
    const load::TempDir tmp;
    const fs::path bin = tmp.path() / "bin";
    fs::create_directories(bin);
    std::ofstream(bin / "outil") << "#!/bin/sh\n";
    std::ofstream(bin / "texte") << "pas un programme\n";
    fs::permissions(bin / "outil", fs::perms::owner_all);
    fs::create_directories(bin / "dossier");
    const std::string path = "/nulle-part:" + bin.string();
    CHECK(load::find_program("outil", path) == bin / "outil");
    CHECK_FALSE(load::find_program("texte", path));    // not executable
    CHECK_FALSE(load::find_program("dossier", path));  // a folder
    CHECK_FALSE(load::find_program("absent", path));
    CHECK_FALSE(load::find_program("outil", ""));
    CHECK_FALSE(load::find_program("bin/outil", tmp.path().string()));  // a name, not a path
}

TEST_CASE("run_program") {
    const load::TempDir tmp;
    SUBCASE("exit status and output, without a shell between") {
        const auto run = load::run_program("/bin/sh", {"-c", "echo dit; echo erreur >&2; exit 3"}, tmp.path(), 10s);
        CHECK(run.exit_code == 3);
        CHECK_FALSE(run.timed_out);
        CHECK(run.output == "dit\nerreur\n");
    }
    SUBCASE("arguments passed as they are") {
        const auto run = load::run_program("/bin/echo", {"a; rm -rf /", "$HOME"}, tmp.path(), 10s);
        CHECK(run.exit_code == 0);
        CHECK(run.output == "a; rm -rf / $HOME\n");
    }
    SUBCASE("killed at the time limit, with its children") {
        const auto start = std::chrono::steady_clock::now();
        const auto run = load::run_program("/bin/sh", {"-c", "sleep 30 & sleep 30"}, tmp.path(), 200ms);
        CHECK(run.timed_out);
        CHECK(std::chrono::steady_clock::now() - start < 10s);
    }
    SUBCASE("a program that cannot start") {
        CHECK_THROWS_AS((void)load::run_program(tmp.path() / "absent", {}, tmp.path(), 1s), util::Failure);
    }
}

TEST_CASE("TempDir") {
    fs::path kept;
    {
        const load::TempDir tmp;
        kept = tmp.path();
        CHECK(fs::is_directory(kept));
        std::ofstream(kept / "f") << "x";
    }
    CHECK_FALSE(fs::exists(kept));
}
