#include "dla/load/templates.hpp"

#include <fstream>

#include <doctest/doctest.h>

#include "dla/util/failure.hpp"
#include "support.hpp"

using namespace dla;
namespace fs = std::filesystem;

namespace {

// A repository with templates/interdla.md and templates/default.md, and a file beside it.
class Repo {
public:
    Repo() : m_dir("dla-unit-templates-"), m_root(m_dir.path()) {
        fs::create_directories(m_root / "repo" / "templates");
        std::ofstream(m_root / "repo" / "templates" / "interdla.md") << "i";
        std::ofstream(m_root / "repo" / "templates" / "default.md") << "d";
        std::ofstream(m_root / "secret.md") << "s";
    }
    [[nodiscard]] load::Repository repo() const { return {m_root / "repo", true}; }
    [[nodiscard]] fs::path templates() const { return m_root / "repo" / "templates"; }
    [[nodiscard]] const fs::path& root() const { return m_root; }

private:
    test::TempDir m_dir;
    fs::path m_root;
};

std::string failure(const load::Repository& repo, const std::string& name) {
    try {
        (void)load::find_template(repo, name, "interdla");
    } catch (const util::Failure& f) {
        return f.phrase().in(util::Lang::fr);
    }
    return "no failure";
}

}  // namespace

TEST_CASE("find_template") {
    Repo r;
    SUBCASE("by name, with or without .md") {
        CHECK(load::find_template(r.repo(), "default", "interdla") == r.templates() / "default.md");
        CHECK(load::find_template(r.repo(), "interdla.md", "x") == r.templates() / "interdla.md");
    }
    SUBCASE("the series' own, else default.md, else the built-in one") {
        CHECK(load::find_template(r.repo(), "", "interdla") == r.templates() / "interdla.md");
        CHECK(load::find_template(r.repo(), "", "copil") == r.templates() / "default.md");
        fs::remove(r.templates() / "default.md");
        CHECK_FALSE(load::find_template(r.repo(), "", "copil"));
    }
    SUBCASE("a name that is a path is refused before anything is read") {
        CHECK(failure(r.repo(), "../../etc/passwd") ==
              "--template « ../../etc/passwd » : donnez le nom d'un modèle du dossier templates/ (par exemple interdla), sans chemin");
        CHECK(failure(r.repo(), "/etc/passwd").starts_with("--template « /etc/passwd »"));
        CHECK(failure(r.repo(), "..").starts_with("--template « .. »"));
        CHECK(failure(r.repo(), "sub\\x").starts_with("--template « sub\\x »"));
    }
    SUBCASE("a missing one: the ones there are") {
        CHECK(failure(r.repo(), "copil") == "modèle introuvable : templates/copil.md ; modèles disponibles : default, interdla");
        CHECK(load::template_names(r.repo()) == std::vector<std::string>{"default", "interdla"});
    }
    SUBCASE("a link out of templates/ is not followed") {
        fs::create_symlink(r.root() / "secret.md", r.templates() / "secret.md");
        CHECK(failure(r.repo(), "secret") == "le modèle templates/secret.md mène hors du dossier templates/ (lien symbolique ?) : il n'est pas lu");
        fs::create_symlink(r.templates() / "interdla.md", r.templates() / "alias.md");
        CHECK(load::find_template(r.repo(), "alias", "") == r.templates() / "alias.md");
    }
}
