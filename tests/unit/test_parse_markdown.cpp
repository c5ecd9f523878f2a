#include "dla/parse/markdown.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace dla::parse;
namespace md = dla::parse::markdown;

namespace {

std::string repeat(std::string_view piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("walk") {
    SUBCASE("every node under the root, in document order") {
        auto doc = md::parse("# Titre\n\n- un\n  - deux\n- trois\n");
        std::vector<md::Kind> kinds;
        std::vector<std::string> items;
        md::walk(doc.get(), [&](cmark_node* n) {
            kinds.push_back(md::kind(n));
            if (md::kind(n) == md::Kind::paragraph) items.push_back(md::plain_text(n));
            return true;
        });
        CHECK(items == std::vector<std::string>{"un", "deux", "trois"});
        CHECK(kinds.front() == md::Kind::heading);
        CHECK(std::count(kinds.begin(), kinds.end(), md::Kind::item) == 3);
    }
    SUBCASE("false skips the children, not the siblings") {
        auto doc = md::parse("- un\n  - deux\n- trois\n\nfin\n");
        std::vector<md::Kind> kinds;
        md::walk(doc.get(), [&](cmark_node* n) {
            kinds.push_back(md::kind(n));
            return md::kind(n) != md::Kind::item;
        });
        CHECK(kinds == std::vector<md::Kind>{md::Kind::list, md::Kind::item, md::Kind::item, md::Kind::paragraph,
                                             md::Kind::other});
    }
    SUBCASE("a tree 100,000 deep costs no stack") {
        auto doc = md::parse(repeat("> ", 100'000) + "fond\n");
        int nodes = 0;
        md::walk(doc.get(), [&](cmark_node*) { return ++nodes, true; });
        CHECK(nodes == 100'002);  // the quotes, the paragraph, its text
    }
}

TEST_CASE("plain_text") {
    SUBCASE("markup removed, breaks as spaces") {
        auto doc = md::parse("## Tour **d'actualités** `code`\n");
        CHECK(md::plain_text(md::first_child(doc.get())) == "Tour d'actualités code");
    }
    SUBCASE("emphasis nested 50,000 deep") {
        auto doc = md::parse("## " + repeat("*", 100'000) + "x" + repeat("*", 100'000) + "\n");
        CHECK(md::plain_text(md::first_child(doc.get())) == "x");
    }
}

TEST_CASE("inline_text") {
    SUBCASE("marks dropped, links keep their address") {
        CHECK(md::inline_text("**Record** de participation") == "Record de participation");
        CHECK(md::inline_text("voir le [tableau de bord](https://exemple.org/tdb) du mois") ==
              "voir le tableau de bord (https://exemple.org/tdb) du mois");
        CHECK(md::inline_text("lancer `dla check` puis *relire*") == "lancer dla check puis relire");
        CHECK(md::inline_text("a\nb  \nc") == "a b c");
        CHECK(md::inline_text("~~annulé~~ reporté") == "annulé reporté");
        CHECK(md::inline_text("![logo](logo.png)") == "logo (logo.png)");
    }
    SUBCASE("an address shown once") {
        CHECK(md::inline_text("<https://exemple.org>") == "https://exemple.org");
        CHECK(md::inline_text("sur https://exemple.org/x") == "sur https://exemple.org/x");
        CHECK(md::inline_text("écrire à <jeanne@exemple.org>") == "écrire à jeanne@exemple.org");
    }
    SUBCASE("strong between the marks given") {
        CHECK(md::inline_text("un **record** et [**lui**](https://x.org)", "<b>", "</b>") ==
              "un <b>record</b> et <b>lui</b> (https://x.org)");
    }
    SUBCASE("what is not one paragraph is kept as written") {
        CHECK(md::inline_text("1. **un**") == "1. **un**");
        CHECK(md::inline_text("# titre") == "# titre");
        CHECK(md::inline_text("  ") == "");
        CHECK(md::inline_text("") == "");
    }
}

TEST_CASE("table_row_cells") {
    using Cells = std::vector<std::string_view>;
    CHECK(md::table_row_cells("| a | b |") == Cells{" a ", " b "});
    CHECK(md::table_row_cells("  |a|b|  ") == Cells{"a", "b"});
    CHECK(md::table_row_cells("a | b") == Cells{"a ", " b"});
    CHECK(md::table_row_cells("| a || b |") == Cells{" a ", "", " b "});
    CHECK(md::table_row_cells(R"(| a \| b | `c|d` |)") == Cells{R"( a \| b )", " `c", "d` "});
    CHECK(md::table_row_cells(R"(| a \\| b |)") == Cells{R"( a \\)", " b "});  // the backslash is escaped, not the pipe
    CHECK(md::table_row_cells("| é | ü |") == Cells{" é ", " ü "});
    CHECK(md::table_row_cells("").empty());
    CHECK(md::table_row_cells("|").empty());
}
