#include "dla/parse/body.hpp"

#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support.hpp"

using namespace dla;
using parse::read_body;
using parse::section_kind;
using parse::SectionKind;

namespace {

using test::Lines;

using model::Action;
using model::ActionStatus;
using model::Decision;
using model::DepartmentNews;
using model::Event;
using model::NewsItem;
using model::Section;
using util::Date;
using util::DateRange;
using util::Time;

const std::string k_path = "notes/2024/2024-11-20-interdla-9.md";

// A small fictional network: four departments and two people.
model::Config network() {
    model::Config c;
    c.departments = {{"59", "DLA 59 Nord", "Association Alpha", {"Nord"}},
                     {"62", "DLA 62 Pas-de-Calais", "", {}},
                     {"02-80", "DLA 02-80 Aisne Somme", "", {}},
                     {"R", "DLA régional", "Réseau Gamma", {}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""},
                {"Paul Durand", "Coopérative Beta", {"Paul"}, ""}};
    model::index_directory(c);
    return c;
}

struct Read {
    model::Meeting meeting;
    Lines diagnostics;  // formatted
};

// Reads `body` as the body of k_path starting at file line `first_line`, the
// meeting held on `date`.
Read read(std::string_view body, int first_line = 1, const model::Config& config = network(),
          std::optional<Date> date = Date{2024, 11, 20}) {
    Read r;
    r.meeting.path = k_path;
    r.meeting.date = date;
    diag::Sink sink;
    read_body(body, first_line, config, r.meeting, sink);
    for (const auto& d : sink.diagnostics()) r.diagnostics.push_back(diag::format(d));
    return r;
}

// A diagnostic of k_path: "notes/…md:12:3: warning: …".
std::string at(std::string_view place, std::string_view rest) {
    return k_path + ":" + std::string(place) + ": " + std::string(rest);
}

Event event(DateRange dates, std::string text, std::optional<Time> time, std::optional<Time> end, std::string format,
            std::string location, std::string subject, int line) {
    return Event{dates, std::move(text), time, end, std::move(format), std::move(location), std::move(subject), line};
}

DateRange day(int y, int m, int d) { return {Date{y, m, d}, Date{y, m, d}}; }

}  // namespace

TEST_CASE("to_string(SectionKind)") {
    CHECK(parse::to_string(SectionKind::news) == "news");
    CHECK(parse::to_string(SectionKind::decisions) == "decisions");
    CHECK(parse::to_string(SectionKind::events) == "events");
    CHECK(parse::to_string(SectionKind::followup) == "followup");
    CHECK(parse::to_string(SectionKind::other) == "other");
}

TEST_CASE("section_kind") {
    const model::Config none;
    SUBCASE("the titles of docs/format.md") {
        for (const char* t : {"Tour d'actualités", "Actualités", "Tour de table", "News"}) {
            CAPTURE(t);
            CHECK(section_kind(t, none) == SectionKind::news);
        }
        for (const char* t : {"Décisions", "Relevé de décisions", "Decisions"}) {
            CAPTURE(t);
            CHECK(section_kind(t, none) == SectionKind::decisions);
        }
        for (const char* t : {"Prochaines dates", "Calendrier", "See you soon", "Dates à venir", "Upcoming",
                              "Upcoming dates"}) {
            CAPTURE(t);
            CHECK(section_kind(t, none) == SectionKind::events);
        }
        for (const char* t : {"Suivi des actions", "Action follow-up"}) {
            CAPTURE(t);
            CHECK(section_kind(t, none) == SectionKind::followup);
        }
    }
    SUBCASE("without regard to case, accents or punctuation") {
        CHECK(section_kind("TOUR D'ACTUALITES :", none) == SectionKind::news);
        CHECK(section_kind("Tour d’actualités", none) == SectionKind::news);
        CHECK(section_kind("tour d actualites", none) == SectionKind::news);
        CHECK(section_kind("  DÉCISIONS !", none) == SectionKind::decisions);
        CHECK(section_kind("📅 Prochaines dates", none) == SectionKind::events);
        CHECK(section_kind("Suivi des actions…", none) == SectionKind::followup);
        CHECK(section_kind("ACTION FOLLOW UP", none) == SectionKind::followup);
    }
    SUBCASE("anything else") {
        CHECK(section_kind("Présentation des productions", none) == SectionKind::other);
        CHECK(section_kind("Actions", none) == SectionKind::other);
        CHECK(section_kind("Tour d'actualités des DLA du Nord", none) == SectionKind::other);
        CHECK(section_kind("", none) == SectionKind::other);
    }
    SUBCASE("headings of config.headings, folded too") {
        model::Config c;
        c.headings.news = {"Nouvelles des DLA"};
        c.headings.decisions = {"Ce qui est décidé"};
        c.headings.events = {"Agenda du réseau"};
        c.headings.followup = {"Où en est-on ?"};
        CHECK(section_kind("NOUVELLES DES DLA", c) == SectionKind::news);
        CHECK(section_kind("Ce qui est decide :", c) == SectionKind::decisions);
        CHECK(section_kind("Agenda du réseau", c) == SectionKind::events);
        CHECK(section_kind("Ou en est on", c) == SectionKind::followup);
        CHECK(section_kind("Tour d'actualités", c) == SectionKind::news);  // built-in ones still count
        CHECK(section_kind("Nouvelles des DLA", none) == SectionKind::other);
    }
}

TEST_CASE("read_body: sections") {
    SUBCASE("in order, with kind, level, markdown and file line") {
        const auto r = read(R"(Texte d'introduction.

## Tour d’actualités :

### DLA 59

- Beaucoup de demandes

## Présentation des productions

Un paragraphe.

| Semaine | Atelier |
|---|---|
| 1 | Gouvernance |

## Décisions

- Le séminaire aura lieu à Amiens.

# Annexe

Fin.
)",
                            10);
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.sections ==
              std::vector<Section>{
                  {"", "other", 0, "Texte d'introduction.\n", 10},
                  {"Tour d’actualités :", "news", 2, "### DLA 59\n\n- Beaucoup de demandes\n", 12},
                  {"Présentation des productions", "other", 2,
                   "Un paragraphe.\n\n| Semaine | Atelier |\n|---|---|\n| 1 | Gouvernance |\n", 18},
                  {"Décisions", "decisions", 2, "- Le séminaire aura lieu à Amiens.\n", 26},
                  {"Annexe", "other", 1, "Fin.\n", 30}});
    }
    SUBCASE("empty body") {
        const auto r = read("", 5);
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.sections.empty());
    }
    SUBCASE("a heading with inline markup; an empty section") {
        const auto r = read("## **Prochaines** `dates`\n## Suivi des actions\n");
        CHECK(r.meeting.sections == std::vector<Section>{{"Prochaines dates", "events", 2, "", 1},
                                                         {"Suivi des actions", "followup", 2, "", 2}});
    }
    SUBCASE("### does not start a section") {
        const auto r = read("## Atelier\n\n### Matin\n\nTexte\n");
        CHECK(r.meeting.sections == std::vector<Section>{{"Atelier", "other", 2, "### Matin\n\nTexte\n", 1}});
    }
    SUBCASE("headings from config.headings") {
        model::Config c = network();
        c.headings.news = {"Nouvelles des DLA"};
        const auto r = read("## Nouvelles des DLA\n\n### DLA 62\n\n- Comité d'appui le 26/11\n", 1, c);
        CHECK(r.meeting.sections.at(0).kind == "news");
        CHECK(r.meeting.news ==
              std::vector<DepartmentNews>{{"62", "DLA 62", {{"Comité d'appui le 26/11", {}, 5}}, 3}});
    }
}

TEST_CASE("read_body: news") {
    SUBCASE("one ### subsection per department, sub-items attached") {
        const auto r = read(R"(## Tour d'actualités

### DLA 59

- Beaucoup de demandes d'accompagnement
- Un accompagnement collectif démarre en octobre
  - cinq structures inscrites
  - thème : **gouvernance**
    - trois réunions

### DLA 02 – 80

- Dialogue de gestion le 26/03

### Nord

- Recrutement en cours
)",
                            20);
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.news ==
              std::vector<DepartmentNews>{
                  {"59",
                   "DLA 59",
                   {{"Beaucoup de demandes d'accompagnement", {}, 24},
                    {"Un accompagnement collectif démarre en octobre",
                     {"cinq structures inscrites", "thème : **gouvernance**", "trois réunions"},
                     25},
                    {"Recrutement en cours", {}, 36}},
                   22},
                  {"02-80", "DLA 02 – 80", {{"Dialogue de gestion le 26/03", {}, 32}}, 30}});
    }
    SUBCASE("a subsection that names no department is reported and kept") {
        const auto r = read("## Tour d'actualités\n\n### DLA 99\n\n- Une information\n", 8);
        CHECK(r.diagnostics ==
              Lines{at("10:1", "warning: « DLA 99 » n'est pas un département de dla.yaml [unknown-department]")});
        CHECK(r.meeting.news == std::vector<DepartmentNews>{{"DLA 99", "DLA 99", {{"Une information", {}, 12}}, 10}});
    }
    SUBCASE("no departments in the configuration: nothing to report") {
        const auto r = read("## Tour d'actualités\n\n### DLA 99\n\n- Une information\n", 1, model::Config{});
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.news.at(0).department == "DLA 99");
    }
    SUBCASE("legacy bullets: bold department, pieces split on ;") {
        const auto r = read(R"(## Tour d'actualités

- **DLA 59** : beaucoup de demandes ; un collectif démarre en octobre ; recrutement en cours
- **DLA 60** : comité d'appui le 15/04 ; deux dossiers
  - trois dossiers en attente
  - un report
- **DLA 62 :** rien de neuf
)");
        CHECK(r.diagnostics ==
              Lines{at("4:3", "warning: « DLA 60 » n'est pas un département de dla.yaml [unknown-department]")});
        CHECK(r.meeting.news ==
              std::vector<DepartmentNews>{
                  {"59",
                   "DLA 59",
                   {{"beaucoup de demandes", {}, 3},
                    {"un collectif démarre en octobre", {}, 3},
                    {"recrutement en cours", {}, 3}},
                   3},
                  {"DLA 60",
                   "DLA 60",
                   {{"comité d'appui le 15/04", {}, 4},
                    {"deux dossiers", {"trois dossiers en attente", "un report"}, 4}},
                   4},
                  {"62", "DLA 62", {{"rien de neuf", {}, 7}}, 7}});
    }
    SUBCASE("legacy bullet with nothing after the department") {
        const auto r = read("## Actualités\n\n- **Nord** :\n  - une sous-information\n");
        CHECK(r.meeting.news ==
              std::vector<DepartmentNews>{{"59", "Nord", {{"", {"une sous-information"}, 3}}, 3}});
    }
    SUBCASE("a department written twice is one entry") {
        const auto r = read("## News\n\n### DLA 59\n\n- a\n\n### DLA 62\n\n- b\n\n### 59\n\n- c\n");
        REQUIRE(r.meeting.news.size() == 2);
        CHECK(r.meeting.news[0] == DepartmentNews{"59", "DLA 59", {{"a", {}, 5}, {"c", {}, 13}}, 3});
        CHECK(r.meeting.news[1] == DepartmentNews{"62", "DLA 62", {{"b", {}, 9}}, 7});
    }
    SUBCASE("a bold paragraph that names no department is news of the network") {
        const auto r = read(R"(## Tour d'actualités

### DLA R

- Le guide de la gouvernance associative est en relecture

**Intéressés par un travail commun sur les collectifs :** Jeanne et Paul
)");
        CHECK(r.meeting.news ==
              std::vector<DepartmentNews>{
                  {"R", "DLA R", {{"Le guide de la gouvernance associative est en relecture", {}, 5}}, 3},
                  {"", "", {{"**Intéressés par un travail commun sur les collectifs :** Jeanne et Paul", {}, 7}}, 7}});
    }
    SUBCASE("a plain paragraph goes to the subsection above it") {
        const auto r = read("## Tour d'actualités\n\n### DLA 62\n\nPas de changement ce mois-ci.\n");
        CHECK(r.meeting.news ==
              std::vector<DepartmentNews>{{"62", "DLA 62", {{"Pas de changement ce mois-ci.", {}, 5}}, 3}});
    }
    SUBCASE("items before any subsection are news of the network") {
        const auto r = read("## Tour d'actualités\n\n- Nouvelle convention régionale\n");
        CHECK(r.meeting.news ==
              std::vector<DepartmentNews>{{"", "", {{"Nouvelle convention régionale", {}, 3}}, 3}});
    }
    SUBCASE("task items in the news are actions, not news") {
        const auto r = read("## Tour d'actualités\n\n### DLA 59\n\n- [ ] Envoyer le bilan @Jeanne\n- Bilan envoyé\n");
        CHECK(r.meeting.news == std::vector<DepartmentNews>{{"59", "DLA 59", {{"Bilan envoyé", {}, 6}}, 3}});
        REQUIRE(r.meeting.actions.size() == 1);
        CHECK(r.meeting.actions[0].text == "Envoyer le bilan");
    }
    SUBCASE("news outside the news section are not read") {
        const auto r = read("## Atelier\n\n### DLA 59\n\n- Une remarque\n");
        CHECK(r.meeting.news.empty());
    }
}

TEST_CASE("read_body: news, bold lead of a bullet in a subsection") {
    const auto r = read("## Tour d'actualités\n\n### DLA 59\n\n- **Recrutement** : un poste ouvert\n");
    CHECK(r.meeting.news ==
          std::vector<DepartmentNews>{{"59", "DLA 59", {{"**Recrutement** : un poste ouvert", {}, 5}}, 3}});
}

TEST_CASE("read_body: news after a network paragraph inside a subsection") {
    const auto r = read(R"(## Tour d'actualités

### DLA 59

- Premier

**Pour tout le réseau :** une remarque

- Troisième
)");
    CHECK(r.meeting.news ==
          std::vector<DepartmentNews>{{"59", "DLA 59", {{"Premier", {}, 5}, {"Troisième", {}, 9}}, 3},
                                      {"", "", {{"**Pour tout le réseau :** une remarque", {}, 7}}, 7}});
}

// cmark-gfm's tasklist extension does not mark items under `>`: read_actions reads them itself.
TEST_CASE("read_body: actions in a block quote") {
    const auto r = read("## Actions\n\n> - [ ] Diffuser le compte rendu @Jeanne\n> - [x] Relire @Paul\n");
    REQUIRE(r.meeting.actions.size() == 2);
    CHECK(r.meeting.actions[0] == Action{"Diffuser le compte rendu", "Diffuser le compte rendu @Jeanne", {"Jeanne"},
                                         std::nullopt, std::nullopt, ActionStatus::open, "", "Actions", 3, ""});
    CHECK(r.meeting.actions[1].status == ActionStatus::done);
}

TEST_CASE("read_body: news, task sub-items are actions only") {
    const auto r = read("## Tour d'actualités\n\n### DLA 59\n\n- Un collectif démarre\n  - [x] Inscrire les structures "
                        "@Paul\n  - cinq structures\n");
    CHECK(r.meeting.news ==
          std::vector<DepartmentNews>{{"59", "DLA 59", {{"Un collectif démarre", {"cinq structures"}, 5}}, 3}});
    CHECK(r.meeting.actions.size() == 1);
}

TEST_CASE("read_body: decisions") {
    SUBCASE("one per bullet") {
        const auto r = read(R"(## Décisions

- Le séminaire de juin aura lieu en présentiel.
- Les fiches secteurs seront publiées
  sur le centre de ressources.
- [ ] Publier les fiches @Paul

Un paragraphe qui n'est pas une décision.
)",
                            30);
        CHECK(r.meeting.decisions ==
              std::vector<Decision>{{"Le séminaire de juin aura lieu en présentiel.", 32},
                                    {"Les fiches secteurs seront publiées sur le centre de ressources.", 33}});
        CHECK(r.meeting.actions.size() == 1);
    }
    SUBCASE("bullets elsewhere are no decisions") {
        CHECK(read("## Atelier\n\n- Une idée\n").meeting.decisions.empty());
    }
}

TEST_CASE("read_body: actions") {
    SUBCASE("anywhere, nested, in every state, at file lines") {
        const auto r = read(R"(Avant tout titre :

- [ ] Relire le compte rendu @Jeanne

## Tour d'actualités

### DLA 59

- Un collectif démarre
  - [x] Inscrire les structures @Paul ✅ 2024-11-15

## Suivi des actions

- [X] Envoyer la trame des fiches secteurs @Jeanne 📅 2024-11-01 ✅ 2024-10-29 ^trame-fiches
- [-] Organiser un webinaire en juillet @Paul ^webinaire-juillet
- Pas une action

## Actions

1. [ ] Réserver la salle du séminaire [owner:: Paul Durand] 📅 2024-12-01 ^salle-seminaire
   - [ ] Diffuser le compte rendu @Jeanne échéance : 22/11/2024
)",
                            12);
        CHECK(r.diagnostics.empty());
        const auto& a = r.meeting.actions;
        REQUIRE(a.size() == 6);
        CHECK(a[0] == Action{"Relire le compte rendu", "Relire le compte rendu @Jeanne", {"Jeanne"}, std::nullopt,
                             std::nullopt, ActionStatus::open, "", "", 14, ""});
        CHECK(a[1] == Action{"Inscrire les structures", "Inscrire les structures @Paul ✅ 2024-11-15", {"Paul"},
                             std::nullopt, Date{2024, 11, 15}, ActionStatus::done, "", "Tour d'actualités", 21, "59"});
        CHECK(a[2] == Action{"Envoyer la trame des fiches secteurs",
                             "Envoyer la trame des fiches secteurs @Jeanne 📅 2024-11-01 ✅ 2024-10-29 ^trame-fiches",
                             {"Jeanne"},
                             Date{2024, 11, 1},
                             Date{2024, 10, 29},
                             ActionStatus::done,
                             "trame-fiches",
                             "Suivi des actions",
                             25,
                             ""});
        CHECK(a[3] == Action{"Organiser un webinaire en juillet",
                             "Organiser un webinaire en juillet @Paul ^webinaire-juillet", {"Paul"}, std::nullopt,
                             std::nullopt, ActionStatus::cancelled, "webinaire-juillet", "Suivi des actions", 26, ""});
        CHECK(a[4] == Action{"Réserver la salle du séminaire",
                             "Réserver la salle du séminaire [owner:: Paul Durand] 📅 2024-12-01 ^salle-seminaire",
                             {"Paul Durand"},
                             Date{2024, 12, 1},
                             std::nullopt,
                             ActionStatus::open,
                             "salle-seminaire",
                             "Actions",
                             31,
                             ""});
        CHECK(a[5] == Action{"Diffuser le compte rendu", "Diffuser le compte rendu @Jeanne échéance : 22/11/2024",
                             {"Jeanne"}, Date{2024, 11, 22}, std::nullopt, ActionStatus::open, "", "Actions", 32, ""});

    }
    SUBCASE("a task item over several lines") {
        const auto r = read("- [ ] Préparer le séminaire\n  avec le réseau @Paul\n");
        REQUIRE(r.meeting.actions.size() == 1);
        CHECK(r.meeting.actions[0].text == "Préparer le séminaire avec le réseau");
        CHECK(r.meeting.actions[0].owners == std::vector<std::string>{"Paul"});
    }
    SUBCASE("no action in an HTML comment or a code block") {
        const auto r = read("<!--\n- [ ] Modèle @Jeanne\n-->\n\n```\n- [ ] Exemple @Paul\n```\n\n    - [ ] Code\n");
        CHECK(r.meeting.actions.empty());
        CHECK(r.diagnostics.empty());
    }
    SUBCASE("[-] needs a blank after it") {
        const auto r = read("- [-]Annulée ?\n- [-]\n");
        REQUIRE(r.meeting.actions.size() == 1);
        CHECK(r.meeting.actions[0].status == ActionStatus::cancelled);
        CHECK(r.meeting.actions[0].text == "");
    }
    SUBCASE("an open action without an owner") {
        const auto r = read("## Actions\n\n- [ ] Diffuser le compte rendu\n- [x] Fait sans responsable\n", 9);
        CHECK(r.diagnostics == Lines{at("11:7", "warning: action sans responsable : ajoutez @alias ou "
                                                "[owner:: Prénom Nom] [action-without-owner]")});
    }
    SUBCASE("owners: people, organisations, departments, unknown") {
        const auto r = read(R"(- [ ] Relire @jeanne [owner:: Association Alpha]
- [ ] Relire [owner:: Réseau Gamma, Nord, DLA 62]
- [ ] Relire @Inconnu [owner:: Société Delta]
)",
                            4);
        CHECK(r.diagnostics ==
              Lines{at("6:7", "warning: responsable inconnu « Société Delta » : ni une personne ni une organisation "
                              "de dla.yaml [unknown-owner]"),
                    at("6:7", "warning: responsable inconnu « Inconnu » : ni une personne ni une organisation de "
                              "dla.yaml [unknown-owner]")});
    }
    SUBCASE("no people in the configuration: owners are not checked") {
        CHECK(read("- [ ] Relire @Inconnu\n", 1, model::Config{}).diagnostics.empty());
    }
    SUBCASE("due before the meeting") {
        const auto r = read("- [ ] Relire @Paul 📅 2024-11-19\n- [x] Relu @Paul 📅 2024-11-19\n- [ ] Aujourd'hui @Paul "
                            "📅 2024-11-20\n");
        CHECK(r.diagnostics == Lines{at("1:7", "warning: échéance le 19 novembre 2024, avant la réunion du 20 novembre 2024 "
                                               "[due-before-meeting]")});
    }
    SUBCASE("unreadable due and done dates") {
        const auto r = read("- [ ] Relire @Paul 📅 2024-02-30\n- [x] Relu @Paul ✅ bientôt\n", 3);
        CHECK(r.diagnostics ==
              Lines{at("3:22", "error: échéance de l'action : ce jour n'existe pas : 2024-02-30 [invalid-due-date]"),
                    at("4:20", "error: date de réalisation de l'action : date illisible : « bientôt » "
                               "[invalid-due-date]")});
        CHECK_FALSE(r.meeting.actions.at(0).due);
        CHECK_FALSE(r.meeting.actions.at(1).done_on);
    }
    SUBCASE("a French due date without a year is read from the meeting date") {
        const auto r = read("- [ ] Relire @Paul échéance : 09/01\n- [ ] Relire @Paul échéance : 25/11\n");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.actions.at(0).due == Date{2025, 1, 9});
        CHECK(r.meeting.actions.at(1).due == Date{2024, 11, 25});
    }
    SUBCASE("in English") {
        model::Config c = network();
        c.language = util::Lang::en;
        const auto r = read("- [ ] Relire\n- [ ] Relire @Paul 📅 2024-11-01\n", 1, c);
        CHECK(r.diagnostics ==
              Lines{at("1:7", "warning: action without an owner: add @alias or [owner:: First Last] "
                              "[action-without-owner]"),
                    at("2:7", "warning: due on 1 November 2024, before the meeting of 20 November 2024 [due-before-meeting]")});
    }
}

TEST_CASE("read_body: actions, French due date in words") {
    const auto r = read("- [ ] Relire @Paul échéance : 9 janvier\n- [ ] Diffuser @Paul échéance : 22 avril 2025\n");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.meeting.actions.size() == 2);
    CHECK(r.meeting.actions[0].due == Date{2025, 1, 9});
    CHECK(r.meeting.actions[0].text == "Relire");
    CHECK(r.meeting.actions[1].due == Date{2025, 4, 22});
    CHECK(r.meeting.actions[1].text == "Diffuser");
}

TEST_CASE("read_body: events") {
    SUBCASE("the table of docs/format.md, year inferred from the meeting date") {
        const auto r = read(R"(## Prochaines dates

| Date | Horaire | Format | Lieu | Sujet |
|---|---|---|---|---|
| 10 décembre 2024 | 10h – 12h | Visio | | InterDLA N°10 |
| du 14 au 15 novembre 2025 | 9h30 | Présentiel | Amiens | Séminaire des DLA |
| mardi 3 décembre | 14h | Visio | | Webinaire égalité professionnelle |
| 9 janvier | | Visio | | InterDLA N°11 |
| 20 novembre | de 9h à 11h | | | Aujourd'hui |
)",
                            40);
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.events ==
              std::vector<Event>{
                  event(day(2024, 12, 10), "10 décembre 2024", Time{10, 0}, Time{12, 0}, "Visio", "", "InterDLA N°10",
                        44),
                  event({Date{2025, 11, 14}, Date{2025, 11, 15}}, "du 14 au 15 novembre 2025", Time{9, 30},
                        std::nullopt, "Présentiel", "Amiens", "Séminaire des DLA", 45),
                  event(day(2024, 12, 3), "mardi 3 décembre", Time{14, 0}, std::nullopt, "Visio", "",
                        "Webinaire égalité professionnelle", 46),
                  event(day(2025, 1, 9), "9 janvier", std::nullopt, std::nullopt, "Visio", "", "InterDLA N°11", 47),
                  event(day(2024, 11, 20), "20 novembre", Time{9, 0}, Time{11, 0}, "", "", "Aujourd'hui", 48)});
    }
    SUBCASE("columns in any order, English headers, missing columns") {
        const auto r = read(R"(## Upcoming dates

| Subject | Location | Time | DATE | Notes |
|---|---|---|---|---|
| Seminar | Lille | 13:30-17:30 | 10 & 11 June 2025 | bring a laptop |
)");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.events == std::vector<Event>{event({Date{2025, 6, 10}, Date{2025, 6, 11}}, "10 & 11 June 2025",
                                                           Time{13, 30}, Time{17, 30}, "", "Lille", "Seminar", 5)});
    }
    SUBCASE("the legacy table: Date, Format, Objet") {
        const auto r = read("## See you soon\n\n| Date | Format | Objet |\n|--|--|--|\n| 30 juin au 2 juillet 2025 | "
                            "Présentiel (Arras) | Université d'été |\n");
        CHECK(r.meeting.events ==
              std::vector<Event>{event({Date{2025, 6, 30}, Date{2025, 7, 2}}, "30 juin au 2 juillet 2025", std::nullopt,
                                       std::nullopt, "Présentiel (Arras)", "", "Université d'été", 5)});
    }
    SUBCASE("an unreadable date is reported at its cell and the row dropped") {
        // Cells written without padding: see "column of a padded cell" for padded ones.
        const auto r = read(R"(## Calendrier

| Sujet | Date |
|---|---|
|Comité|31 février 2025|
|Atelier|lundi 11 juin 2024|
|Réunion|bientôt|
| Séminaire | 4 décembre |
)",
                            7);
        CHECK(r.diagnostics ==
              Lines{at("11:9", "error: tableau des dates : ce jour n'existe pas : 2025-02-31 "
                               "[invalid-event-date]"),
                    at("12:10", "error: tableau des dates : le 11 juin 2024 est un mardi, pas un lundi "
                                "[invalid-event-date]"),
                    at("13:10", "error: tableau des dates : date illisible : « bientôt » "
                                "[invalid-event-date]")});
        CHECK(r.meeting.events == std::vector<Event>{event(day(2024, 12, 4), "4 décembre", std::nullopt, std::nullopt,
                                                           "", "", "Séminaire", 14)});
    }
    SUBCASE("an unreadable time is reported, the date kept") {
        const auto r = read("## Prochaines dates\n\n| Date | Heure |\n|---|---|\n|4 décembre|25h|\n");
        CHECK(r.diagnostics == Lines{at("5:13", "error: tableau des dates, horaire : heure impossible : "
                                                "« 25h » [invalid-time]")});
        CHECK(r.meeting.events ==
              std::vector<Event>{event(day(2024, 12, 4), "4 décembre", std::nullopt, std::nullopt, "", "", "", 5)});
    }
    SUBCASE("a table without a Date column") {
        const auto r = read("## Prochaines dates\n\n| Quoi | Format |\n|---|---|\n| Séminaire | Visio |\n", 2);
        CHECK(r.diagnostics == Lines{at("4:1", "error: le tableau des dates n'a pas de colonne « Date » "
                                               "[invalid-event-date]")});
        CHECK(r.meeting.events.empty());
    }
    SUBCASE("a table in another section is kept, not read") {
        const auto r = read("## Planning du séminaire\n\n| Date | Sujet |\n|---|---|\n| bientôt | Atelier |\n");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.events.empty());
    }
    SUBCASE("without a meeting date, a date without a year is an error") {
        const auto r = read("## Prochaines dates\n\n| Date |\n|---|\n4 décembre\n", 1, network(), std::nullopt);
        CHECK(r.diagnostics == Lines{at("5:1", "error: tableau des dates : année manquante : "
                                               "« 4 décembre » [invalid-event-date]")});
    }
    SUBCASE("in English") {
        model::Config c = network();
        c.language = util::Lang::en;
        const auto r = read("## Upcoming\n\n| Date |\n|---|\n|2024-02-30|\n", 1, c);
        CHECK(r.diagnostics == Lines{at("5:2", "error: dates table: no such day: 2024-02-30 "
                                               "[invalid-event-date]")});
    }
}

// cmark-gfm starts a table cell at the padding blank after `|`: the column is the date's.
TEST_CASE("read_body: events, column of a padded cell") {
    const auto r = read("## Calendrier\n\n| Sujet | Date | Heure |\n|---|---|---|\n| Comité | 31 février 2025 | 10h |\n"
                        "| Atelier | 4 décembre |   25h |\n");
    CHECK(r.diagnostics ==
          Lines{at("5:12", "error: tableau des dates : ce jour n'existe pas : 2025-02-31 "
                           "[invalid-event-date]"),
                at("6:28", "error: tableau des dates, horaire : heure impossible : « 25h » [invalid-time]")});
}

// Issue 17.2: cmark-gfm drops the cells of a row beyond the header's; the subject was lost
// and the ICS SUMMARY became « Visio ».
TEST_CASE("read_body: events, a row with more cells than columns") {
    SUBCASE("said at its line, the extra cells read into the last column") {
        const auto r = read(R"(## Prochaines dates

| Date | Horaire | Sujet |
|---|---|---|
| 26 novembre | 10h – 11h30 | Visio | Webinaire **mécénat** |
| 3 décembre | 10h | Comité |
)",
                            20);
        CHECK(r.diagnostics == Lines{at("24:1", "warning: 4 cellules pour 3 colonnes : les cellules en trop sont lues "
                                                "dans la dernière colonne (« Sujet ») [table-extra-cells]")});
        CHECK(r.meeting.events ==
              std::vector<Event>{event(day(2024, 11, 26), "26 novembre", Time{10, 0}, Time{11, 30}, "", "",
                                       "Visio | Webinaire mécénat", 24),
                                 event(day(2024, 12, 3), "3 décembre", Time{10, 0}, std::nullopt, "", "", "Comité", 25)});
    }
    SUBCASE("a pipe in a code span splits a cell, as GFM says; an escaped one does not") {
        const auto r = read("## Calendrier\n\n| Date | Sujet |\n|---|---|\n| 4 décembre | `a|b` |\n"
                            "| 5 décembre | a \\| b |\n|6 décembre|x||y\n");
        CHECK(r.diagnostics ==
              Lines{at("5:1", "warning: 3 cellules pour 2 colonnes : les cellules en trop sont lues dans la dernière "
                              "colonne (« Sujet ») [table-extra-cells]"),
                    at("7:1", "warning: 4 cellules pour 2 colonnes : les cellules en trop sont lues dans la dernière "
                              "colonne (« Sujet ») [table-extra-cells]")});
        REQUIRE(r.meeting.events.size() == 3);
        CHECK(r.meeting.events[0].subject == "a|b");
        CHECK(r.meeting.events[1].subject == "a | b");
        CHECK(r.meeting.events[2].subject == "x||y");
    }
    SUBCASE("in English") {
        model::Config c = network();
        c.language = util::Lang::en;
        const auto r = read("## Upcoming\n\n| Date | Subject |\n|---|---|\n|2024-12-04|Seminar|Lille|\n", 1, c);
        CHECK(r.diagnostics == Lines{at("5:1", "warning: 3 cells for 2 columns: the extra cells are read into the last "
                                               "column (\"Subject\") [table-extra-cells]")});
        REQUIRE(r.meeting.events.size() == 1);
        CHECK(r.meeting.events[0].subject == "Seminar|Lille");
    }
}

// Found by tests/hostile: reading items recursed once per level and overflowed the stack.
TEST_CASE("read_body: nesting deeper than the stack") {
    auto repeat = [](std::string_view piece, int times) {
        std::string out;
        for (int i = 0; i < times; ++i) out += piece;
        return out;
    };
    SUBCASE("an action in lists nested 100,000 deep on one line") {
        const auto r = read("## Actions\n\n" + repeat("- ", 100'000) + "[ ] Au fond @Jeanne\n");
        REQUIRE(r.meeting.actions.size() == 1);
        CHECK(r.meeting.actions[0].text == "Au fond");
    }
    SUBCASE("an action in block quotes nested 100,000 deep") {
        const auto r = read("## Actions\n\n" + repeat("> ", 100'000) + "- [ ] Au fond @Jeanne\n");
        REQUIRE(r.meeting.actions.size() == 1);
        CHECK(r.meeting.actions[0].text == "Au fond");
    }
    SUBCASE("a news item whose sub-items nest 100,000 deep") {
        const auto r = read("## Tour d'actualités\n\n### DLA 59\n\n- Premier\n  " + repeat("- ", 100'000) + "Au fond\n");
        REQUIRE(r.meeting.news.size() == 1);
        REQUIRE(r.meeting.news[0].items.size() == 1);
        CHECK(r.meeting.news[0].items[0].children == std::vector<std::string>{"Au fond"});
    }
    SUBCASE("a heading of emphasis nested 50,000 deep") {
        const auto r = read("## " + repeat("*", 100'000) + "Décisions" + repeat("*", 100'000) + "\n\n- Une\n");
        REQUIRE(r.meeting.sections.size() == 1);
        CHECK(r.meeting.sections[0].title == "Décisions");
        CHECK(r.meeting.decisions.size() == 1);
    }
}

// Found by tests/hostile: each subsection was looked up among all the others (50,000 took seconds).
TEST_CASE("read_body: thousands of news subsections") {
    std::string body = "## Tour d'actualités\n\n";
    for (int i = 0; i < 20'000; ++i) body += "### Structure " + std::to_string(i) + "\n\n- nouvelle\n\n";
    body += "### Structure 7\n\n- encore\n";
    const auto r = read(body, 1, model::Config{});
    REQUIRE(r.meeting.news.size() == 20'000);
    CHECK(r.meeting.news[7].items.size() == 2);  // a repeated subsection is one
    CHECK(r.meeting.news[7].items[1].text == "encore");
}
