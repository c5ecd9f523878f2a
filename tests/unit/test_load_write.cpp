#include "dla/load/write.hpp"

#include <csignal>
#include <fstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <random>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "dla/util/failure.hpp"
#include "support.hpp"

using namespace dla;
namespace fs = std::filesystem;

namespace {

using test::TempDir;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("write_file_atomically") {
    TempDir dir;
    const fs::path note = dir.path() / "note.md";
    SUBCASE("a new file") {
        load::write_file_atomically(note, "---\r\ntitle: T\r\n---\r\n");
        CHECK(read(note) == "---\r\ntitle: T\r\n---\r\n");
        CHECK(entries(dir.path()) == 1);  // no temporary file left
        CHECK((fs::status(note).permissions() & fs::perms::owner_write) != fs::perms::none);
    }
    SUBCASE("an existing file keeps its permissions") {
        std::ofstream(note) << "ancien";
        fs::permissions(note, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        load::write_file_atomically(note, "nouveau");
        CHECK(read(note) == "nouveau");
        CHECK(fs::status(note).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
        CHECK(entries(dir.path()) == 1);
    }
    SUBCASE("through a link, the file it points to") {
        std::ofstream(note) << "ancien";
        const fs::path link = dir.path() / "lien.md";
        fs::create_symlink("note.md", link);
        load::write_file_atomically(link, "nouveau");
        CHECK(fs::is_symlink(link));
        CHECK(read(note) == "nouveau");
    }
    SUBCASE("a failure says so and leaves nothing behind") {
        const fs::path missing = dir.path() / "absent" / "note.md";
        try {
            load::write_file_atomically(missing, "x");
            FAIL("no failure");
        } catch (const util::Failure& f) {
            CHECK(f.phrase().in(util::Lang::fr) == "écriture impossible : " + missing.string() + " (No such file or directory)");
        }
        CHECK(entries(dir.path()) == 0);
    }
}

TEST_CASE("write_file_atomically: IfExists::keep never overwrites") {
    TempDir dir;
    const fs::path note = dir.path() / "note.md";
    auto keep = [&](const fs::path& path, std::string_view bytes) {
        load::write_file_atomically(path, bytes, load::k_new_file_perms, load::IfExists::keep);
    };
    SUBCASE("a new file is created whole") {
        keep(note, "---\ntitle: T\n---\n");
        CHECK(read(note) == "---\ntitle: T\n---\n");
        CHECK(entries(dir.path()) == 1);
    }
    SUBCASE("an existing file is left byte for byte, and said") {
        std::ofstream(note) << "ancien";
        try {
            keep(note, "nouveau");
            FAIL("no failure");
        } catch (const util::Failure& f) {
            CHECK(f.phrase().in(util::Lang::fr) == note.string() + " existe déjà : rien n'a été écrit");
        }
        CHECK(read(note) == "ancien");
        CHECK(entries(dir.path()) == 1);  // no temporary file left
    }
    SUBCASE("a link, even a broken one, is something there") {
        fs::create_symlink("ailleurs.md", note);
        CHECK_THROWS_AS(keep(note, "nouveau"), util::Failure);
        CHECK(fs::is_symlink(note));
        CHECK_FALSE(fs::exists(dir.path() / "ailleurs.md"));
        CHECK(entries(dir.path()) == 1);
    }
}

// The failures of issue 10, simulated: a full disk, a folder without write permission,
// a process killed in the middle. Each time: the old file intact, nothing else left.
TEST_CASE("write_file_atomically: a failure in the middle leaves the old file and nothing else") {
    TempDir dir;
    const fs::path note = dir.path() / "note.md";
    std::ofstream(note) << "ancien contenu";
    const std::string big(1 << 20, 'x');

    SUBCASE("a full disk (a file size limit: writes fail with EFBIG)") {
        struct rlimit old {};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        struct rlimit small = old;
        small.rlim_cur = 4096;
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        bool failed = false;
        try {
            load::write_file_atomically(note, big);
        } catch (const util::Failure& f) {
            failed = true;
            CHECK(f.phrase().in(util::Lang::en).find("File too large") != std::string::npos);
        }
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        CHECK(failed);
        CHECK(read(note) == "ancien contenu");
        CHECK(entries(dir.path()) == 1);
    }
    SUBCASE("a folder without write permission") {
        // root may write anywhere: the attempt runs in a child as nobody when root.
        fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                        fs::perms::others_read | fs::perms::others_exec);
        fs::permissions(note, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
            if (::geteuid() != 0 && ::access(dir.path().c_str(), W_OK) == 0)
                fs::permissions(dir.path(), fs::perms::owner_write, fs::perm_options::remove);
            try {
                load::write_file_atomically(note, "nouveau");
            } catch (const util::Failure&) {
                ::_exit(0);
            }
            ::_exit(1);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        fs::permissions(dir.path(), fs::perms::owner_all);
        REQUIRE(WIFEXITED(status));
        if (WEXITSTATUS(status) == 3) {
            MESSAGE("skipped: cannot become nobody");
        } else {
            CHECK(WEXITSTATUS(status) == 0);  // refused, said
        }
        CHECK(read(note) == "ancien contenu");
        CHECK(entries(dir.path()) == 1);
    }
    SUBCASE("a process killed while it writes") {
        // 64 MB written by a child killed after a few milliseconds, at whatever point it is.
        for (int delay_ms : {1, 5, 20, 80}) {
            const pid_t pid = ::fork();
            REQUIRE(pid >= 0);
            if (pid == 0) {
                const std::string huge(64u << 20, 'n');
                load::write_file_atomically(note, huge);
                ::_exit(0);
            }
            ::usleep(static_cast<useconds_t>(delay_ms) * 1000);
            ::kill(pid, SIGKILL);
            int status = 0;
            ::waitpid(pid, &status, 0);
            const std::string now = read(note);
            CHECK((now == "ancien contenu" || now.size() == (64u << 20)));
            std::string names;
            for (const auto& e : fs::directory_iterator(dir.path())) names += e.path().filename().string() + " ";
            INFO("after ", delay_ms, " ms: ", names);
            CHECK(entries(dir.path()) == 1);  // no temporary file, whenever it died
            std::ofstream(note, std::ios::trunc) << "ancien contenu";
        }
    }
}

TEST_CASE("rewrite_file: only what was read is replaced") {
    TempDir dir;
    const fs::path root = dir.path() / "depot";
    fs::create_directories(root);
    const fs::path note = root / "note.md";
    { std::ofstream(note, std::ios::binary) << "ancien\n"; }
    const load::Expected expected{"ancien\n", root};
    SUBCASE("unchanged: rewritten") {
        CHECK(load::rewrite_file(note, "nouveau\n", expected) == load::Rewritten::done);
        CHECK(read(note) == "nouveau\n");
    }
    SUBCASE("changed since it was read: left as it is") {
        { std::ofstream(note, std::ios::binary | std::ios::app) << "ajout\n"; }
        CHECK(load::rewrite_file(note, "nouveau\n", expected) == load::Rewritten::changed);
        CHECK(read(note) == "ancien\najout\n");
        CHECK(entries(root) == 1);
    }
    SUBCASE("the same size, other bytes: left as it is") {
        { std::ofstream(note, std::ios::binary) << "ANCIEN\n"; }
        CHECK(load::rewrite_file(note, "nouveau\n", expected) == load::Rewritten::changed);
        CHECK(read(note) == "ANCIEN\n");
    }
    SUBCASE("deleted meanwhile: not made again") {
        fs::remove(note);
        CHECK(load::rewrite_file(note, "nouveau\n", expected) == load::Rewritten::changed);
        CHECK(!fs::exists(note));
    }
    SUBCASE("a hard link: kept, the note left as it is") {
        fs::create_hard_link(note, root / "copie.md");
        CHECK(load::rewrite_file(note, "nouveau\n", expected) == load::Rewritten::hard_linked);
        CHECK(fs::hard_link_count(note) == 2);
        CHECK(read(root / "copie.md") == "ancien\n");
    }
    SUBCASE("a link leading outside the root: nothing written there") {
        const fs::path outside = dir.path() / "dehors.md";
        { std::ofstream(outside, std::ios::binary) << "ancien\n"; }
        fs::create_symlink(outside, root / "lien.md");
        CHECK(load::rewrite_file(root / "lien.md", "nouveau\n", expected) == load::Rewritten::outside);
        CHECK(read(outside) == "ancien\n");
    }
    SUBCASE("a link inside the root: its target rewritten, the link kept") {
        fs::create_symlink("note.md", root / "lien.md");
        CHECK(load::rewrite_file(root / "lien.md", "nouveau\n", expected) == load::Rewritten::done);
        CHECK(fs::is_symlink(root / "lien.md"));
        CHECK(read(note) == "nouveau\n");
    }
}
