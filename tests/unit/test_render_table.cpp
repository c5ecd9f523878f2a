#include <doctest/doctest.h>

#include "dla/render/table.hpp"

using namespace dla::render;

namespace {

Table sample() {
    Table t({{"Date"}, {"Format"}, {"Sujet", Align::left, true}});
    t.add_row({"4 avril 2024", "Visio", "InterDLA : Paris 2024"});
    t.add_row({"10 et 11 juin 2024", "Présentiel", "Séminaire | codev"});
    return t;
}

}  // namespace

TEST_CASE("wrap_text") {
    SUBCASE("short text stays whole") { CHECK(wrap_text("Café des prestataires", 40) == std::vector<std::string>{"Café des prestataires"}); }
    SUBCASE("at spaces, counting code points") {
        CHECK(wrap_text("Échanges de pratiques et codev", 12) ==
              std::vector<std::string>{"Échanges de", "pratiques et", "codev"});
    }
    SUBCASE("a word longer than the width is broken") {
        CHECK(wrap_text("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
    }
    SUBCASE("wide characters count two columns") {
        CHECK(wrap_text("東京大阪", 5) == std::vector<std::string>{"東京", "大阪"});
        CHECK(wrap_text("📅📅 ok", 4) == std::vector<std::string>{"📅📅", "ok"});
    }
    SUBCASE("unlimited") { CHECK(wrap_text("a b c", 0) == std::vector<std::string>{"a b c"}); }
}

TEST_CASE("Table::terminal") {
    const Style plain(false);
    SUBCASE("aligned on code points, no trailing spaces") {
        CHECK(sample().terminal(0, plain) ==
              "Date                Format      Sujet\n"
              "4 avril 2024        Visio       InterDLA : Paris 2024\n"
              "10 et 11 juin 2024  Présentiel  Séminaire | codev\n");
    }
    SUBCASE("aligned on terminal columns: emoji and CJK take two, combining marks none") {
        Table t({{"Action"}, {"Qui"}});
        t.add_row({"📅 Salle", "A"});
        t.add_row({"東京", "B"});
        t.add_row({"Re\xCC\x81union", "C"});
        CHECK(t.terminal(0, plain) ==
              "Action    Qui\n"
              "📅 Salle  A\n"
              "東京      B\n"
              "Re\xCC\x81union   C\n");
    }
    SUBCASE("the wrappable column is wrapped to fit the width") {
        CHECK(sample().terminal(46, plain) ==
              "Date                Format      Sujet\n"
              "4 avril 2024        Visio       InterDLA :\n"
              "                                Paris 2024\n"
              "10 et 11 juin 2024  Présentiel  Séminaire |\n"
              "                                codev\n");
    }
    SUBCASE("colour only when the style has it") {
        Table t({{"A"}});
        t.add_row({Cell("late", Tone::alert)});
        CHECK(t.terminal(0, Style(true)) == "\x1b[1mA\x1b[0m\n\x1b[31mlate\x1b[0m\n");
    }
}

TEST_CASE("Table::markdown") {
    CHECK(sample().markdown() ==
          "| Date | Format | Sujet |\n"
          "|---|---|---|\n"
          "| 4 avril 2024 | Visio | InterDLA : Paris 2024 |\n"
          "| 10 et 11 juin 2024 | Présentiel | Séminaire \\| codev |\n");
}

TEST_CASE("Table::csv") {
    Table t({{"Texte"}, {"Échéance"}});
    t.add_row({"Envoyer \"la trame\", vite", "2024-04-15"});
    SUBCASE("RFC 4180") {
        CHECK(t.csv(false) == "Texte,Échéance\r\n\"Envoyer \"\"la trame\"\", vite\",2024-04-15\r\n");
    }
    SUBCASE("Excel in French: semicolons and a BOM") {
        CHECK(t.csv(true) == "\xEF\xBB\xBFTexte;Échéance\r\n\"Envoyer \"\"la trame\"\", vite\";2024-04-15\r\n");
    }
    SUBCASE("a cell that a spreadsheet would run as a formula gets an apostrophe") {
        Table f({{"Texte"}, {"Lieu"}});
        f.add_row({"=HYPERLINK(\"http://exemple.org\";\"cliquez\")", "@visio"});
        f.add_row({"+33 6 12", "-2+3"});
        f.add_row({"-", "\tx"});
        f.add_row({"Relire = corriger", "a-b"});
        CHECK(f.csv(false) == "Texte,Lieu\r\n"
                              "\"'=HYPERLINK(\"\"http://exemple.org\"\";\"\"cliquez\"\")\",'@visio\r\n"
                              "'+33 6 12,'-2+3\r\n"
                              "-,'\tx\r\n"
                              "Relire = corriger,a-b\r\n");
        CHECK(f.csv(true).find("\"'=HYPERLINK(\"\"http://exemple.org\"\";\"\"cliquez\"\")\";'@visio\r\n") != std::string::npos);
    }
}
