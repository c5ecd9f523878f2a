// parse/legacy_lines: single lines of legacy minutes.
#include "dla/parse/legacy_lines.hpp"

#include <doctest/doctest.h>

using namespace dla;
using namespace dla::parse::legacy;

namespace {

model::Config config_with_departments() {
    model::Config c;
    c.departments.push_back({"59", "DLA 59 Nord", "", {"DLA 59", "Nord"}});
    c.departments.push_back({"02-80", "DLA 02-80 Aisne-Somme", "", {"DLA 02-80", "DLA 02 – 80"}});
    c.series.push_back({"interdla", "InterDLA N°{number}", std::nullopt, "", "", {}});
    model::index_directory(c);
    return c;
}

std::vector<std::string> names(const std::vector<model::Attendee>& people) {
    std::vector<std::string> out;
    for (const auto& p : people) out.push_back(p.name + "|" + p.organisation);
    return out;
}

}  // namespace

TEST_CASE("shape") {
    SUBCASE("bullets of every export") {
        CHECK(shape("- a").text == "a");
        CHECK(shape("\xE2\x9E\xA4 Articulation").bullet);  // ➤
        CHECK(shape("\xE2\x80\xA2 point").bullet);          // •
        CHECK(shape(" - sous-point").indent == 1);
        CHECK(shape("\t- sous-point").indent == 4);
    }
    SUBCASE("numbered") {
        auto s = shape("2) Budget");
        CHECK(s.numbered);
        CHECK(s.text == "Budget");
    }
    SUBCASE("checkboxes") {
        CHECK(shape("- [x] Jeanne").task == 'x');
        CHECK(shape("- [X] Jeanne").task == 'x');
        CHECK(shape("- [ ] Paul").task == ' ');
        CHECK(shape("- [ ] Paul").text == "Paul");
    }
    SUBCASE("not bullets") {
        CHECK_FALSE(shape("*En cours* Premier emploi").bullet);
        CHECK_FALSE(shape("+ travail précis").bullet);
        CHECK_FALSE(shape("-50 ETP").bullet);
        CHECK_FALSE(shape("2024. Bilan").bullet);
    }
}

TEST_CASE("people_line") {
    for (const char* label : {"Présent.e.s", "Présent·e·s", "Présents", "Participants", "Étaient présents", "PRÉSENTS"}) {
        auto p = people_line(std::string(label) + " : Jeanne Martin");
        REQUIRE(p);
        CHECK(p->role == PeopleRole::attendees);
        CHECK(p->rest == "Jeanne Martin");
    }
    CHECK(people_line("Excusé.e.s : Paul")->role == PeopleRole::excused);
    CHECK(people_line("Absents : Paul")->role == PeopleRole::absent);
    CHECK(people_line("CR : Claire Collet (LMA HDF)")->role == PeopleRole::minute_taker);
    CHECK(people_line("**CR :** Claire")->rest == "Claire");
    CHECK(people_line("Présent.e.s")->rest.empty());
    CHECK_FALSE(people_line("Présentation des productions : vendredi"));
    CHECK_FALSE(people_line("Contenus :"));
}

TEST_CASE("split_people") {
    SUBCASE("the seed's line: & and commas, organisation after the group") {
        auto people = split_people("Mélanie Chassin & Sonia Benamar (BGE Picardie), Séverine Lambert & Amanda Santune "
                                   "(IRIAE HdeF), Margaux Pellet (Nord Actif)");
        CHECK(names(people) == std::vector<std::string>{"Mélanie Chassin|BGE Picardie", "Sonia Benamar|BGE Picardie",
                                                        "Séverine Lambert|IRIAE HdeF", "Amanda Santune|IRIAE HdeF",
                                                        "Margaux Pellet|Nord Actif"});
    }
    SUBCASE("et, a final full stop, an organisation holding a comma or et") {
        auto people = split_people("Paul Durand et Karim Petit (Coopérative Beta, Lille), Lucie (Recherche et Avenir).");
        CHECK(names(people) == std::vector<std::string>{"Paul Durand|Coopérative Beta, Lille",
                                                        "Karim Petit|Coopérative Beta, Lille",
                                                        "Lucie|Recherche et Avenir"});
    }
    SUBCASE("no organisation") {
        CHECK(names(split_people("Anne Dubois, Marc Lefèvre")) == std::vector<std::string>{"Anne Dubois|", "Marc Lefèvre|"});
    }
}

TEST_CASE("agenda_label and agenda_line") {
    CHECK(agenda_label("Ordre du jour") == "");
    CHECK(agenda_label("Ordre du jour : a ; b") == "a ; b");
    CHECK_FALSE(agenda_label("Ordre des choses : a"));
    CHECK(agenda_line("10h : Tour d'actualités").time == "10:00");
    CHECK(agenda_line("10h30 : Présentation").title == "Présentation");
    CHECK(agenda_line("10h – 12h : Atelier").time == "10:00-12:00");
    CHECK(agenda_line("Budget").time.empty());
}

TEST_CASE("title_line") {
    const auto config = config_with_departments();
    auto t = title_line("InterDLA N°4", config);
    REQUIRE(t);
    CHECK(t->series == "interdla");
    CHECK(t->number == 4);
    CHECK(title_line("Compte rendu du Comité de pilotage n°3", {})->series == "comite-de-pilotage");
    CHECK(title_line("# Réunion d'équipe n°12", {})->series == "equipe");
    CHECK(title_line("Bureau de l'association Kappa – séance n°5", {})->series == "bureau-de-l-association-kappa");
    CHECK_FALSE(title_line("Communication, productions régionales et égalité F H", config));
    // The series' name is its pattern without the number's marker (model::series_name):
    // "Comité de pilotage n°{number}" names "Comité de pilotage n°3", its id aside.
    model::Config copil;
    copil.series.push_back({"copil", "Comité de pilotage n°{number}", std::nullopt, "", "", {}});
    CHECK(title_line("Compte rendu du Comité de pilotage n°3", copil)->series == "copil");
    CHECK(title_line("Comité de pilotage n°3", copil)->series == "copil");
}

TEST_CASE("find_date") {
    const util::Date today{2024, 12, 31};
    SUBCASE("alone") {
        auto d = find_date("4 avril 2024", today);
        REQUIRE(d);
        CHECK(d->date == util::Date{2024, 4, 4});
        CHECK(d->before.empty());
        CHECK(d->after.empty());
    }
    SUBCASE("with words around") {
        auto d = find_date("Réunion du 14/05/2024, en visio", today);
        REQUIRE(d);
        CHECK(d->date == util::Date{2024, 5, 14});
        CHECK(d->before == "Réunion du");
        CHECK(d->after == "en visio");
    }
    SUBCASE("without a year: the latest year it fits, weekday included") {
        CHECK(find_date("mardi 14 mai", util::Date{2026, 11, 29})->date == util::Date{2024, 5, 14});
        CHECK(find_date("14 mai", util::Date{2026, 11, 29})->date == util::Date{2026, 5, 14});
        CHECK(find_date("14 décembre", util::Date{2026, 11, 29})->date == util::Date{2025, 12, 14});
    }
    SUBCASE("no date") {
        CHECK_FALSE(find_date("InterDLA N°4", today));
        CHECK_FALSE(find_date("Visio", today));
    }
}

TEST_CASE("format_line") {
    CHECK(format_line("Visio") == "visio");
    CHECK(format_line("En visioconférence") == "visio");
    CHECK(format_line("Présentiel") == "présentiel");
    CHECK(format_line("hybride") == "hybride");
    CHECK(format_line("Visio avec la DREETS") == "");
    CHECK(format_line("Visio matin") == "visio");
    // The words dla check accepts are read here too.
    CHECK(format_line("Online") == "visio");
    CHECK(format_line("in person") == "présentiel");
    CHECK(format_line("Hybrid") == "hybride");
}

TEST_CASE("department_line") {
    const auto config = config_with_departments();
    SUBCASE("the legacy bullet") {
        auto d = department_line("**DLA 59** : a (x ; y) ; b ;", config);
        REQUIRE(d);
        CHECK(d->label == "DLA 59");
        CHECK(d->items == std::vector<std::string>{"a (x ; y)", "b"});
    }
    SUBCASE("colon inside the bold, a dash in the label") {
        CHECK(department_line("**DLA 02 – 80 :** a", config)->label == "DLA 02 – 80");
    }
    SUBCASE("without bold, a department of dla.yaml") { CHECK(department_line("Nord : a ; b", config)->items.size() == 2); }
    SUBCASE("a bold lead that names no department") {
        CHECK_FALSE(department_line("**Personnes intéressées par un travail commun :**", config));
        CHECK_FALSE(department_line("Margaux K – Sonia et Guillaume", config));
    }
}

TEST_CASE("tab_cells and cell_markdown") {
    CHECK(tab_cells("a\t\tb\t") == std::vector<std::string>{"a", "", "b", ""});
    CHECK(cell_markdown("Gouvernance : <ul style=\"list-style-type: none\"> \xE2\x80\xA2 Guide \xE2\x80\xA2 Focus ") ==
          "Gouvernance :<br>\xE2\x80\xA2 Guide<br>\xE2\x80\xA2 Focus");
    CHECK(cell_markdown("a | b") == "a \\| b");
}

TEST_CASE("clean_text, escape_stray_stars, closing_line") {
    CHECK(clean_text("DG 17/04 ; 1^{er} juillet") == "DG 17/04 ; 1er juillet");
    CHECK(escape_stray_stars("(2 *1personne ; 1*2 personnes ; 1 * 3)") == "(2 \\*1personne ; 1\\*2 personnes ; 1 \\* 3)");
    CHECK(escape_stray_stars("*En cours* Premier emploi **gras**") == "*En cours* Premier emploi **gras**");
    CHECK(closing_line("Merci de votre attention !"));
    CHECK_FALSE(closing_line("Merci à Paul pour la salle"));
}
