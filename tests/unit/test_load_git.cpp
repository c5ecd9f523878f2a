#include "dla/load/git.hpp"

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/util/failure.hpp"
#include "support.hpp"

using namespace dla;
namespace fs = std::filesystem;

namespace {

// A fresh folder holding a git repository built with the `git` command: a fixed author,
// fixed dates and no user or system configuration.
class TempRepo {
public:
    TempRepo() : m_dir("dla-unit-git-") { git("init -q -b main"); }
    [[nodiscard]] const fs::path& path() const { return m_dir.path(); }

    void git(const std::string& args) const {
        const std::string command =
            "cd '" + path().string() + "' && GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null "
            "GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@exemple.org GIT_COMMITTER_NAME=Test "
            "GIT_COMMITTER_EMAIL=test@exemple.org GIT_AUTHOR_DATE=2024-04-05T10:00:00Z "
            "GIT_COMMITTER_DATE=2024-04-05T10:00:00Z git " + args + " >/dev/null 2>&1";
        REQUIRE(std::system(command.c_str()) == 0);
    }
    void write(const std::string& relative, const std::string& content) const {
        fs::create_directories((path() / relative).parent_path());
        std::ofstream(path() / relative, std::ios::binary) << content;
    }
    void commit(const std::string& message) const {
        git("add -A");
        git("commit -q -m '" + message + "'");
    }

private:
    test::TempDir m_dir;
};

template <typename F>
std::string failure_text(F f) {
    try {
        f();
    } catch (const util::Failure& e) {
        return e.phrase().in(util::Lang::fr);
    }
    return "no failure";
}

std::vector<std::string> paths(const std::vector<load::SourceFile>& files) {
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(f.path);
    return out;
}

}  // namespace

TEST_CASE("GitRepository: opening") {
    SUBCASE("outside any repository") {
        const test::TempDir tmp("dla-unit-nogit-");
        const fs::path& dir = tmp.path();
        CHECK(failure_text([&] { (void)load::GitRepository(dir); }) ==
              dir.string() + " n'est pas dans un dépôt git (« git init » en crée un, « git clone » en copie un)");
    }
    SUBCASE("from a folder inside the working tree") {
        TempRepo repo;
        repo.write("minutes/notes/a.md", "a");
        const load::GitRepository git(repo.path() / "minutes");
        CHECK(git.work_tree() == repo.path());
        CHECK(git.hooks_dir() == repo.path() / ".git/hooks/");
        repo.git("config core.hooksPath outils/crochets");
        CHECK(load::GitRepository(repo.path()).hooks_dir() == repo.path() / "outils/crochets");
    }
}

TEST_CASE("GitRepository: revisions") {
    TempRepo repo;
    SUBCASE("a repository without any commit") {
        const load::GitRepository git(repo.path());
        CHECK(failure_text([&] { (void)git.resolve("HEAD"); }) == "« HEAD » : le dépôt git n'a encore aucun commit");
    }
    repo.write("notes/a.md", "un");
    repo.commit("un");
    repo.write("notes/a.md", "deux");
    repo.commit("deux");
    const load::GitRepository git(repo.path());
    SUBCASE("resolve") {
        const auto head = git.resolve("HEAD");
        CHECK(head.name == "HEAD");
        CHECK(head.id.size() == 40);
        CHECK_FALSE(head.working_tree());
        CHECK(git.resolve("main") == load::Revision{"main", head.id});
        CHECK(git.resolve("HEAD~1").id != head.id);
        CHECK(git.resolve(head.id.substr(0, 7)).id == head.id);
        CHECK(failure_text([&] { (void)git.resolve("nope"); }) ==
              "révision inconnue : « nope » (une branche, une étiquette ou un commit : HEAD, HEAD~1, main, origin/main…)");
        CHECK(failure_text([&] { (void)git.resolve("HEAD~5"); }).starts_with("révision inconnue : « HEAD~5 »"));
    }
    SUBCASE("resolve_range") {
        CHECK_FALSE(git.resolve_range("HEAD~1").has_value());
        const auto range = git.resolve_range("HEAD~1..HEAD");
        REQUIRE(range.has_value());
        CHECK(range->first == git.resolve("HEAD~1"));
        CHECK(range->second == git.resolve("HEAD"));
        // An end left out is HEAD.
        CHECK(git.resolve_range("HEAD~1..")->second.id == git.resolve("HEAD").id);
        // A...B starts from where A and B part.
        repo.git("checkout -q -b relecture HEAD~1");
        repo.write("notes/b.md", "b");
        repo.commit("b");
        const auto from_base = git.resolve_range("main...relecture");
        REQUIRE(from_base.has_value());
        CHECK(from_base->first.id == git.resolve("main~1").id);
        CHECK(from_base->second.id == git.resolve("relecture").id);
    }
}

TEST_CASE("GitRepository: notes") {
    TempRepo repo;
    repo.write("dla/notes/2024/2024-04-04-interdla-4.md", "quatre");
    repo.write("dla/notes/2024-03-14-interdla-3.md", "trois");
    repo.write("dla/notes/lisez-moi.txt", "pas une note");
    repo.write("dla/notes/.brouillons/x.md", "caché");
    repo.write("dla/README.md", "pas dans notes");
    repo.commit("un");
    const load::GitRepository git(repo.path());
    const load::Repository minutes{repo.path() / "dla", true};

    SUBCASE("at a revision: the *.md files under the notes folder, paths relative to the minutes") {
        const auto files = git.notes_at(git.resolve("HEAD"), minutes, "notes");
        CHECK(paths(files) == std::vector<std::string>{"notes/2024-03-14-interdla-3.md", "notes/2024/2024-04-04-interdla-4.md"});
        CHECK(files[0].bytes == "trois");
        CHECK(files[0].fs_path == repo.path() / "dla/notes/2024-03-14-interdla-3.md");
        CHECK(files[0].error == 0);
        CHECK(git.notes_at(git.resolve("HEAD"), minutes, "absent").empty());
        CHECK(git.notes_at(git.resolve("HEAD"), minutes, "README.md").empty());
    }
    SUBCASE("as a checkout writes them: line-ending filters applied") {
        repo.write(".gitattributes", "*.md text eol=crlf\n");
        repo.write("dla/notes/crlf.md", "a\nb\n");
        repo.commit("crlf");
        const auto files = git.notes_at(git.resolve("HEAD"), minutes, "notes");
        REQUIRE(files.size() == 3);
        CHECK(files[2].path == "notes/crlf.md");
        CHECK(files[2].bytes == "a\r\nb\r\n");
    }
    SUBCASE("the working tree, less what git ignores without tracking it") {
        repo.write(".gitignore", "*.brouillon.md\n");
        repo.write("dla/notes/2024/2024-05-02-interdla-5.md", "nouvelle, pas encore ajoutée");
        repo.write("dla/notes/2024/mai.brouillon.md", "ignorée");
        repo.write("dla/notes/2024/suivi.brouillon.md", "ignorée mais suivie");
        repo.git("add -f dla/notes/2024/suivi.brouillon.md");
        const auto files = git.working_notes(minutes, "notes");
        CHECK(paths(files) == std::vector<std::string>{"notes/2024-03-14-interdla-3.md",
                                                       "notes/2024/2024-04-04-interdla-4.md",
                                                       "notes/2024/2024-05-02-interdla-5.md",
                                                       "notes/2024/suivi.brouillon.md"});
    }
}

TEST_CASE("inside_git_repository, init_git_repository") {
    SUBCASE("a folder of a working tree, at any depth") {
        TempRepo repo;
        repo.write("docs/minutes/a.md", "a");
        CHECK(load::inside_git_repository(repo.path()));
        CHECK(load::inside_git_repository(repo.path() / "docs/minutes"));
    }
    SUBCASE("a folder outside any repository, made one") {
        const test::TempDir tmp("dla-unit-init-");
        const fs::path& dir = tmp.path();
        CHECK_FALSE(load::inside_git_repository(dir));
        load::init_git_repository(dir);
        CHECK(fs::is_directory(dir / ".git"));
        CHECK(load::inside_git_repository(dir));
        CHECK(load::GitRepository(dir).work_tree() == fs::canonical(dir));
    }
}

TEST_CASE("GitRepository: added_on, the date of the commit that added a file") {
    TempRepo repo;
    SUBCASE("no commit yet") {
        repo.write("anciens/cr.txt", "mardi 14 mai\n");
        CHECK_FALSE(load::GitRepository(repo.path()).added_on(repo.path() / "anciens/cr.txt"));
    }
    SUBCASE("the first commit holding it, in its author's time zone; later changes do not move it") {
        repo.write("autre.txt", "x\n");
        repo.commit("autre");
        repo.write("anciens/cr.txt", "mardi 14 mai\n");
        repo.git("add -A");
        // 23:30 on 31 December at UTC-2 is already 1 January in UTC: the author's day counts.
        repo.git("commit -q -m ajout --date=2023-12-31T23:30:00-02:00");
        repo.write("anciens/cr.txt", "mardi 14 mai\nPrésents : Léna\n");
        repo.commit("retouche");
        const load::GitRepository git(repo.path());
        CHECK(git.added_on(repo.path() / "anciens/cr.txt") == util::Date{2023, 12, 31});
        CHECK(git.added_on(repo.path() / "anciens" / ".." / "autre.txt") == util::Date{2024, 4, 5});
        repo.write("anciens/nouveau.txt", "jeudi 3 octobre\n");
        CHECK_FALSE(git.added_on(repo.path() / "anciens/nouveau.txt"));  // not tracked
        CHECK_FALSE(git.added_on(fs::temp_directory_path() / "ailleurs.txt"));  // outside the working tree
    }
}
