#include "dla/load/repository.hpp"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

#include <doctest/doctest.h>

#include "dla/util/failure.hpp"
#include "support.hpp"

using namespace dla;
namespace fs = std::filesystem;
using load::find_repository;
using load::list_notes;
using load::Repository;

namespace {

using test::TempDir;

// Writes `content` to `path`, creating its folders.
void write(const fs::path& path, std::string_view content = "") {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

// The paths relative to `root`, in generic form, to compare in one CHECK.
std::vector<std::string> relative(const std::vector<fs::path>& paths, const fs::path& root) {
    std::vector<std::string> out;
    for (const auto& p : paths) out.push_back(p.lexically_relative(root).generic_string());
    return out;
}

// The util::Failure thrown by `f`, or a Failure saying none was.
template <typename F>
util::Failure failure_of(F f) {
    try {
        f();
    } catch (const util::Failure& e) {
        return e;
    }
    return util::Failure({util::Msg::show_none, {}});
}

}  // namespace

TEST_CASE("find_repository") {
    TempDir tmp;
    const fs::path root = tmp.path() / "reseau";
    write(root / "dla.yaml", "language: fr\n");
    fs::create_directories(root / "notes" / "2024");
    const fs::path plain = tmp.path() / "sans-config";
    fs::create_directories(plain / "notes");

    SUBCASE("walking up to dla.yaml") {
        const Repository repo = find_repository(root / "notes" / "2024", std::nullopt);
        CHECK(repo.root == root);
        CHECK(repo.has_config);
    }
    SUBCASE("dla.yaml in the start folder itself") {
        const Repository repo = find_repository(root, std::nullopt);
        CHECK(repo.root == root);
        CHECK(repo.has_config);
    }
    SUBCASE("a start path with . and .. is normalised") {
        const Repository repo = find_repository(root / "notes" / ".." / "notes" / "." / "2024", std::nullopt);
        CHECK(repo.root == root);
    }
    SUBCASE("-C: the folder given is the start, the cwd is ignored") {
        const Repository repo = find_repository(plain, root / "notes");
        CHECK(repo.root == root);
        CHECK(repo.has_config);
    }
    SUBCASE("-C a folder with no dla.yaml above: that folder") {
        const Repository repo = find_repository(root, plain / "notes");
        CHECK(repo.root == plain / "notes");
        CHECK_FALSE(repo.has_config);
    }
    SUBCASE("no dla.yaml: the start folder") {
        const Repository repo = find_repository(plain / "notes", std::nullopt);
        CHECK(repo.root == plain / "notes");
        CHECK_FALSE(repo.has_config);
    }
    SUBCASE("a folder named dla.yaml is no configuration") {
        fs::create_directories(plain / "dla.yaml");
        const Repository repo = find_repository(plain / "notes", std::nullopt);
        CHECK(repo.root == plain / "notes");
        CHECK_FALSE(repo.has_config);
    }
    SUBCASE("-C a folder that does not exist") {
        const fs::path missing = tmp.path() / "introuvable";
        const util::Failure e = failure_of([&] { (void)find_repository(root, missing); });
        CHECK(e.phrase() == util::Phrase{util::Msg::dir_unreadable, {missing.string()}});
        CHECK(std::string(e.what()) == "no such folder, or unreadable: " + missing.string());
        CHECK(e.phrase().in(util::Lang::fr) == "dossier introuvable ou illisible : " + missing.string());
    }
    SUBCASE("-C a file") {
        const util::Failure e = failure_of([&] { (void)find_repository(plain, root / "dla.yaml"); });
        CHECK(e.phrase() == util::Phrase{util::Msg::dir_unreadable, {(root / "dla.yaml").string()}});
    }
    SUBCASE("a start folder that does not exist") {
        const util::Failure e = failure_of([&] { (void)find_repository(tmp.path() / "parti", std::nullopt); });
        CHECK(e.phrase() == util::Phrase{util::Msg::dir_unreadable, {(tmp.path() / "parti").string()}});
    }
}

TEST_CASE("list_notes") {
    TempDir tmp;
    const fs::path root = tmp.path() / "reseau";
    const Repository repo{root, true};
    write(root / "dla.yaml");

    SUBCASE("*.md at any depth, sorted by path; other files, hidden files and folders skipped") {
        write(root / "notes" / "2024" / "2024-05-02-interdla-5.md");
        write(root / "notes" / "2024" / "2024-04-04-interdla-4.md");
        write(root / "notes" / "2023" / "2023-12-07-interdla-1.md");
        write(root / "notes" / "index.md");
        write(root / "notes" / "2024" / "README.txt");
        write(root / "notes" / "2024" / "notes.MD.bak");
        write(root / "notes" / "2024" / ".brouillon.md");
        write(root / "notes" / ".obsidian" / "workspace.md");
        fs::create_directories(root / "notes" / "2024" / "annexes");
        fs::create_directories(root / "notes" / "2024" / "dossier.md");
        write(root / "templates" / "interdla.md");
        CHECK(relative(list_notes(repo, "notes"), root) ==
              std::vector<std::string>{"notes/2023/2023-12-07-interdla-1.md", "notes/2024/2024-04-04-interdla-4.md",
                                       "notes/2024/2024-05-02-interdla-5.md", "notes/index.md"});
    }
    SUBCASE("another notes folder") {
        write(root / "comptes-rendus" / "2024" / "2024-04-04-interdla-4.md");
        write(root / "notes" / "2024" / "2024-05-02-interdla-5.md");
        CHECK(relative(list_notes(repo, "comptes-rendus"), root) ==
              std::vector<std::string>{"comptes-rendus/2024/2024-04-04-interdla-4.md"});
    }
    SUBCASE("no notes folder: an error, not 0 notes") {
        const util::Failure e = failure_of([&] { (void)list_notes(repo, "notse"); });
        CHECK(e.phrase() == util::Phrase{util::Msg::notes_missing, {"notse"}});
        CHECK(e.phrase().in(util::Lang::fr) == "le dossier des notes « notse » n'existe pas (notes: dans dla.yaml)");
    }
    SUBCASE("neither dla.yaml nor notes folder: no repository here") {
        const util::Failure e = failure_of([&] { (void)list_notes(Repository{root, false}, "notes"); });
        CHECK(e.phrase().in(util::Lang::fr) == "aucun dépôt de comptes rendus ici : `dla init` ou `-C DOSSIER`");
        CHECK(std::string(e.what()) == "no repository of minutes here: `dla init` or `-C FOLDER`");
    }
    SUBCASE("a notes folder outside the repository: an error") {
        write(tmp.path() / "ailleurs" / "2024" / "2024-01-11-interdla-1.md");
        fs::create_directory_symlink(tmp.path() / "ailleurs", root / "lien");
        for (const std::string& dir : std::vector<std::string>{"../ailleurs", (tmp.path() / "ailleurs").string(), "lien"}) {
            const util::Failure e = failure_of([&] { (void)list_notes(repo, dir); });
            CHECK(e.phrase() == util::Phrase{util::Msg::notes_outside, {dir}});
        }
    }
    SUBCASE("a folder of notes that cannot be read: an error naming it") {
        write(root / "notes" / "2024" / "2024-04-04-interdla-4.md");
        fs::create_directories(root / "notes" / "prive");
        fs::permissions(root / "notes" / "prive", fs::perms::none);
        // Root reads it all the same: nothing to check then.
        DIR* probe = ::opendir((root / "notes" / "prive").c_str());
        if (probe) ::closedir(probe);
        if (!probe) {
            const util::Failure e = failure_of([&] { (void)list_notes(repo, "notes"); });
            CHECK(e.phrase().in(util::Lang::fr) == "dossier de notes illisible : notes/prive (Permission denied)");
        }
        fs::permissions(root / "notes" / "prive", fs::perms::owner_all);
    }
    SUBCASE("an empty notes folder") {
        fs::create_directories(root / "notes");
        CHECK(list_notes(repo, "notes").empty());
    }
    SUBCASE("symbolic link loops are not followed") {
        write(root / "notes" / "2024" / "2024-04-04-interdla-4.md");
        fs::create_directory_symlink(root / "notes", root / "notes" / "2024" / "boucle");
        fs::create_directory_symlink(root, root / "notes" / "racine");
        fs::create_symlink(root / "notes" / "elle-meme", root / "notes" / "elle-meme");
        CHECK(relative(list_notes(repo, "notes"), root) ==
              std::vector<std::string>{"notes/2024/2024-04-04-interdla-4.md"});
    }
    SUBCASE("a note that is a link looping on itself is listed, to be reported when read") {
        write(root / "notes" / "2024" / "2024-04-04-interdla-4.md");
        fs::create_symlink("b.md", root / "notes" / "a.md");
        fs::create_symlink("a.md", root / "notes" / "b.md");
        fs::create_symlink("soi.md", root / "notes" / "soi.md");
        CHECK(relative(list_notes(repo, "notes"), root) ==
              std::vector<std::string>{"notes/2024/2024-04-04-interdla-4.md", "notes/a.md", "notes/b.md",
                                       "notes/soi.md"});
        const auto files = load::read_files(repo, {root / "notes" / "soi.md"});
        CHECK(files[0].error == ELOOP);
    }
    SUBCASE("symbolic links out of the repository are not followed") {
        const fs::path outside = tmp.path() / "ailleurs";
        write(outside / "2024-01-11-interdla-1.md");
        write(root / "notes" / "2024" / "2024-04-04-interdla-4.md");
        fs::create_directory_symlink(outside, root / "notes" / "dehors");
        fs::create_symlink(outside / "2024-01-11-interdla-1.md", root / "notes" / "2024" / "2024-01-11-interdla-1.md");
        CHECK(relative(list_notes(repo, "notes"), root) ==
              std::vector<std::string>{"notes/2024/2024-04-04-interdla-4.md"});
    }
    SUBCASE("symbolic links inside the repository are followed; broken ones listed, to be reported when read") {
        write(root / "archives" / "2022" / "2022-06-09-interdla-1.md");
        write(root / "notes" / "2024" / "2024-04-04-interdla-4.md");
        fs::create_directory_symlink(root / "archives", root / "notes" / "archives");
        fs::create_symlink(root / "notes" / "nulle-part.md", root / "notes" / "casse.md");
        CHECK(relative(list_notes(repo, "notes"), root) ==
              std::vector<std::string>{"notes/2024/2024-04-04-interdla-4.md",
                                       "notes/archives/2022/2022-06-09-interdla-1.md", "notes/casse.md"});
    }
    SUBCASE("a notes folder that is a file") {
        write(root / "notes", "pas un dossier");
        const util::Failure e = failure_of([&] { (void)list_notes(repo, "notes"); });
        CHECK(e.phrase() == util::Phrase{util::Msg::notes_not_a_folder, {"notes"}});
        CHECK(std::string(e.what()) == "notes is not a folder");
        CHECK(e.phrase().in(util::Lang::fr) == "notes n'est pas un dossier");
    }
}

TEST_CASE("list_notes: a note reached through a link is listed at its real path") {
    TempDir tmp;
    const fs::path root = tmp.path();
    write(root / "notes" / "2023" / "2023-12-07-interdla-1.md");
    write(root / "notes" / "2024" / "2024-04-04-interdla-4.md");
    fs::create_directory_symlink(root / "notes" / "2023", root / "notes" / "a-2023");
    fs::create_directory_symlink(root / "notes" / "2024", root / "notes" / "courant");
    CHECK(relative(list_notes(Repository{root, false}, "notes"), root) ==
          std::vector<std::string>{"notes/2023/2023-12-07-interdla-1.md", "notes/2024/2024-04-04-interdla-4.md"});
}

TEST_CASE("display_path") {
    const Repository repo{"/srv/reseau", true};
    CHECK(load::display_path(repo, "/srv/reseau/notes/2024/2024-04-04-interdla-4.md") ==
          "notes/2024/2024-04-04-interdla-4.md");
    CHECK(load::display_path(repo, "/srv/reseau/notes/../notes/./a.md") == "notes/a.md");
    CHECK(load::display_path(repo, "/srv/reseau/dla.yaml") == "dla.yaml");
    CHECK(load::display_path(repo, "/srv/ailleurs/a.md") == "/srv/ailleurs/a.md");
    CHECK(load::display_path(repo, "/srv/reseau-bis/a.md") == "/srv/reseau-bis/a.md");
    CHECK(load::display_path(repo, "/srv/reseau/notes//a.md") == "notes/a.md");
    CHECK(load::display_path(repo, "/srv/reseau/notes/a/../b.md") == "notes/b.md");
    CHECK(load::display_path(repo, "/srv/reseau/./a.md") == "a.md");
}

TEST_CASE("list_notes: in the order of paths, component by component") {
    TempDir tmp;
    // '-' and '.' sort before '/' as bytes, not as components.
    for (const char* name : {"notes/2024.md", "notes/2024/b.md", "notes/2024-bis/a.md", "notes/2024/a.md", "notes/a b.md"})
        write(tmp.path() / name);
    const auto notes = list_notes(Repository{tmp.path(), true}, "notes");
    std::vector<fs::path> sorted = notes;
    std::sort(sorted.begin(), sorted.end());  // fs::path's own order
    CHECK(notes == sorted);
    CHECK(relative(notes, tmp.path()) ==
          std::vector<std::string>{"notes/2024/a.md", "notes/2024/b.md", "notes/2024-bis/a.md", "notes/2024.md", "notes/a b.md"});
}

TEST_CASE("read_files") {
    TempDir tmp;
    const fs::path root = tmp.path();
    const Repository repo{root, false};
    write(root / "notes" / "a.md", "---\ntitle: A\n---\n");
    write(root / "notes" / "b.md", std::string("\xEF\xBB\xBF" "b\r\n\0z", 8));
    fs::create_directories(root / "notes" / "dossier.md");
    const std::vector<fs::path> paths = {root / "notes" / "b.md", root / "notes" / "absent.md",
                                         root / "notes" / "dossier.md", root / "notes" / "a.md"};
    const auto files = load::read_files(repo, paths);
    REQUIRE(files.size() == 4);
    CHECK(files[0].path == "notes/b.md");
    CHECK(files[0].fs_path == paths[0]);
    CHECK(files[0].bytes == std::string("\xEF\xBB\xBF" "b\r\n\0z", 8));  // bytes as stored
    CHECK(files[0].error == 0);
    CHECK(files[1].path == "notes/absent.md");
    CHECK(files[1].error == ENOENT);
    CHECK(files[1].bytes == "");
    CHECK(files[2].error == EISDIR);
    CHECK(files[3].error == 0);
    CHECK(files[3].bytes == "---\ntitle: A\n---\n");
    CHECK(load::read_files(repo, {}).empty());
}

TEST_CASE("read_file: only regular files, up to a size") {
    TempDir tmp;
    const fs::path root = tmp.path();
    const Repository repo{root, false};
    SUBCASE("a named pipe: refused at once, never waited on") {
        REQUIRE(::mkfifo((root / "tube.md").c_str(), 0644) == 0);
        const auto file = load::read_file(repo, root / "tube.md");
        CHECK(file.error == load::k_not_regular);
        CHECK(file.type == S_IFIFO);
        CHECK(file.bytes.empty());
    }
    SUBCASE("over the limit: refused by its size, not read") {
        write(root / "a.md", "0123456789");
        const auto file = load::read_file(repo, root / "a.md", 9);
        CHECK(file.error == load::k_too_large);
        CHECK(file.size == 10);
        CHECK(file.bytes.empty());
        CHECK(load::read_file(repo, root / "a.md", 10).bytes == "0123456789");
    }
}
