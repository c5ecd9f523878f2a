#include "dla/parse/note.hpp"

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/query/meetings.hpp"
#include "support.hpp"

using namespace dla;
using parse::parse_config;
using parse::parse_note;

namespace {

using test::Lines;

using model::Attendee;
using util::Date;
using util::Time;

const std::string k_path = "notes/2024/2024-04-04-interdla-4.md";

// A whole note: front matter on lines 1–11, an action on line 15.
const std::string k_note = R"(---
title: InterDLA N°4
series: interdla
number: 4
date: 2024-04-04
attendees:
  - Jeanne Martin (Association Alpha)
  - Paul Durand (Coopérative Beta)
excused:
  - Lucie Bernard (Réseau Gamma)
---

## Actions

- [ ] Envoyer la trame LinkedIn aux DLA @Jeanne 📅 2024-04-15 ^linkedin-trame
- [ ] Relire le guide
)";

Lines formatted(std::vector<diag::Diagnostic> diagnostics) {
    diag::sort(diagnostics);
    Lines out;
    for (const auto& d : diagnostics) out.push_back(diag::format(d));
    return out;
}

struct Parsed {
    model::Meeting meeting;
    Lines diagnostics;  // formatted, sorted
};

Parsed note(std::string_view bytes, std::string_view path = k_path, util::Lang lang = util::Lang::fr) {
    model::Config config;
    config.language = lang;
    diag::Sink sink;
    Parsed p;
    p.meeting = parse_note(path, bytes, config, sink);
    p.diagnostics = formatted(sink.diagnostics());
    return p;
}

struct Config {
    model::Config config;
    Lines diagnostics;  // formatted, sorted
};

Config config(std::string_view bytes) {
    diag::Sink sink;
    Config c;
    c.config = parse_config("dla.yaml", bytes, sink);
    c.diagnostics = formatted(sink.diagnostics());
    return c;
}

// A diagnostic of k_path: "notes/…md:2:8: error: …".
std::string at(std::string_view place, std::string_view rest) {
    return k_path + ":" + std::string(place) + ": " + std::string(rest);
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size())
        text.replace(pos, from.size(), to);
    return text;
}

const std::string k_without_owner =
    "warning: action sans responsable : ajoutez @alias ou [owner:: Prénom Nom] [action-without-owner]";

}  // namespace

TEST_CASE("parse_note") {
    SUBCASE("a whole note") {
        const auto p = note(k_note);
        CHECK(p.diagnostics == Lines{at("16:7", k_without_owner)});
        const auto& m = p.meeting;
        CHECK(m.path == k_path);
        CHECK(m.title == "InterDLA N°4");
        CHECK(m.series == "interdla");
        CHECK(m.number == 4);
        CHECK(m.date == Date{2024, 4, 4});
        CHECK(m.attendees == std::vector<Attendee>{{"Jeanne Martin", "Association Alpha", "", 7},
                                                   {"Paul Durand", "Coopérative Beta", "", 8}});
        CHECK(m.excused == std::vector<Attendee>{{"Lucie Bernard", "Réseau Gamma", "", 10}});
        REQUIRE(m.actions.size() == 2);
        CHECK(m.actions[0] == model::Action{"Envoyer la trame LinkedIn aux DLA",
                                            "Envoyer la trame LinkedIn aux DLA @Jeanne 📅 2024-04-15 ^linkedin-trame",
                                            {"Jeanne"},
                                            Date{2024, 4, 15},
                                            std::nullopt,
                                            model::ActionStatus::open,
                                            "linkedin-trame",
                                            "Actions",
                                            15,
                                            ""});
        CHECK(m.sections == std::vector<model::Section>{{"Actions", "other", 2,
                                                         "- [ ] Envoyer la trame LinkedIn aux DLA @Jeanne 📅 2024-04-15 "
                                                         "^linkedin-trame\n- [ ] Relire le guide\n",
                                                         13}});
    }
    SUBCASE("empty file") {
        for (std::string_view bytes : {"", " \n\n\t\n", "\r\n"}) {
            const auto p = note(bytes);
            CHECK(p.diagnostics == Lines{at("1:1", "error: fichier vide : une note commence par un en-tête YAML entre "
                                                   "deux lignes --- [front-matter-missing]")});
            CHECK(p.meeting.path == k_path);
            CHECK(p.meeting.sections.empty());
        }
    }
    SUBCASE("no front matter: reported, the body still read") {
        const auto p = note("## Actions\n\n- [ ] Relire le guide @Jeanne\n");
        CHECK(p.diagnostics == Lines{at("1:1", "error: pas d'en-tête YAML : la note doit commencer par une ligne --- "
                                               "[front-matter-missing]")});
        REQUIRE(p.meeting.actions.size() == 1);
        CHECK(p.meeting.actions[0].line == 3);
    }
    SUBCASE("front matter never closed") {
        const auto p = note("---\ntitle: InterDLA N°4\ndate: 2024-04-04\n");
        CHECK(p.diagnostics == Lines{at("1:1", "error: en-tête YAML jamais fermé : ajoutez une ligne --- à sa fin "
                                               "[front-matter-unclosed]")});
        CHECK(p.meeting.title == "");
    }
    SUBCASE("missing date and title") {
        const auto p = note("---\nseries: interdla\n---\n", "notes/2024/interdla-5.md");
        CHECK(p.diagnostics ==
              Lines{"notes/2024/interdla-5.md:1:1: error: pas de date : ajoutez « date: AAAA-MM-JJ » à l'en-tête "
                    "[missing-date]",
                    "notes/2024/interdla-5.md:1:1: warning: pas de titre : ajoutez « title: … » à l'en-tête "
                    "[missing-title]"});
    }
    // Issue 17.7: one missing-date, then « année manquante » on every date without a year.
    SUBCASE("no date: the file name's, said once, dates without a year read from it") {
        for (std::string_view date_line : {"", "date:\n"}) {
            const auto p = note("---\ntitle: InterDLA N°4\n" + std::string(date_line) +
                                "events:\n  - date: 2 mai\n---\n\n## Prochaines dates\n\n| Date | Sujet |\n|---|---|\n"
                                "| 12 mai | Copil |\n\n- [ ] Relire @Jeanne échéance : 15/04\n");
            CHECK(p.diagnostics == Lines{at("1:1", "warning: pas de date dans l'en-tête : celle du nom du fichier est "
                                                   "retenue ; ajoutez « date: 2024-04-04 » [date-from-filename]")});
            CHECK(p.meeting.date == Date{2024, 4, 4});
            REQUIRE(p.meeting.events.size() == 2);
            CHECK(p.meeting.events[0].dates.start == Date{2024, 5, 2});
            CHECK(p.meeting.events[1].dates.start == Date{2024, 5, 12});
            REQUIRE(p.meeting.actions.size() == 1);
            CHECK(p.meeting.actions[0].due == Date{2024, 4, 15});
        }
    }
    SUBCASE("a YAML error in another field: one error, the date and the rest read") {
        const auto p = note("---\ntitle: InterDLA N°4\ntheme: Rentrée 2024 : priorités\ndate: 2024-09-12\n---\n\n"
                            "## Prochaines dates\n\n| Date | Sujet |\n|---|---|\n| 3 octobre | Copil |\n",
                            "notes/2024/2024-09-12-interdla-7.md");
        CHECK(p.diagnostics == Lines{"notes/2024/2024-09-12-interdla-7.md:3:22: error: « : » inattendu : mettez la "
                                     "valeur entre guillemets, ou vérifiez l'indentation [yaml-syntax]"});
        CHECK(p.meeting.theme == "Rentrée 2024 : priorités");
        REQUIRE(p.meeting.events.size() == 1);
        CHECK(p.meeting.events[0].dates.start == Date{2024, 10, 3});
    }
    SUBCASE("a date that does not read: its one error, then the file name's date") {
        for (std::string_view date_line : {"date: 2024-02-30\n", "date: [2024-04-04\n"}) {
            const auto p = note("---\ntitle: A\n" + std::string(date_line) +
                                "---\n\n## Prochaines dates\n\n| Date |\n|---|\n| 12 mai |\n");
            CHECK(p.diagnostics.size() == 1);
            CHECK(p.meeting.date == Date{2024, 4, 4});
            REQUIRE(p.meeting.events.size() == 1);
            CHECK(p.meeting.events[0].dates.start == Date{2024, 5, 12});
        }
    }
    SUBCASE("a date that cannot be read is not a missing date") {
        const auto p = note("---\ntitle: A\ndate: 2024-02-30\n---\n");
        CHECK(p.diagnostics == Lines{at("3:7", "error: « date » : ce jour n'existe pas : 2024-02-30 [invalid-date]")});
    }
    SUBCASE("after a YAML syntax error, no missing date or title") {
        const auto p = note("---\ntitle: [InterDLA\ndate: 2024-04-04\n---\n\n- [ ] Relire @Jeanne\n");
        REQUIRE(p.diagnostics.size() == 1);
        CHECK(p.diagnostics[0] == at("3:5", "error: il manque la fin d'un crochet, d'une accolade ou d'une liste [yaml-syntax]"));
        CHECK(p.meeting.actions.size() == 1);  // the body is read all the same
        CHECK(p.meeting.date == Date{2024, 4, 4});
    }
    SUBCASE("YAML in which no key can be found: its error only") {
        const auto p = note("---\n[InterDLA\n---\n", "notes/interdla-4.md");
        CHECK(p.diagnostics.size() == 1);
        CHECK(p.meeting.date == std::nullopt);
    }
    SUBCASE("CRLF, lone CR and a BOM read as LF") {
        const auto lf = note(k_note);
        const auto crlf = note("\xEF\xBB\xBF" + replace_all(k_note, "\n", "\r\n"));
        const auto cr = note(replace_all(k_note, "\n", "\r"));
        CHECK(crlf.meeting == lf.meeting);
        CHECK(crlf.diagnostics == lf.diagnostics);
        CHECK(cr.meeting == lf.meeting);
        CHECK(cr.diagnostics == lf.diagnostics);
    }
    SUBCASE("invalid UTF-8 reported at its line and column, the rest still read") {
        const std::string text = replace_all(k_note, "title: InterDLA N°4", "title: R\xE9union N°4");
        const auto p = note(text);
        CHECK(p.diagnostics ==
              Lines{at("2:9", "error: octets qui ne sont pas de l'UTF-8 : enregistrez le fichier en UTF-8 [not-utf8]"),
                    at("16:7", k_without_owner)});
        CHECK(p.meeting.title == "R\xEF\xBF\xBDunion N°4");
        CHECK(p.meeting.date == Date{2024, 4, 4});
        CHECK(p.meeting.actions.size() == 2);
    }
    SUBCASE("invalid UTF-8 after multi-byte characters, in a CRLF file: the column counts code points") {
        const auto p = note("---\r\ntitle: A\r\ndate: 2024-04-04\r\n---\r\n\r\nÉté 📅 \xFF\r\n");
        CHECK(p.diagnostics == Lines{at("6:7", "error: octets qui ne sont pas de l'UTF-8 : enregistrez le fichier en "
                                               "UTF-8 [not-utf8]")});
    }
    SUBCASE("control characters reported once, replaced, the rest still read") {
        const auto p = note(std::string("---\ntitle: A\x01" "B\ndate: 2024-04-04\n---\n\0\n", 35));
        CHECK(p.diagnostics == Lines{at("2:9", "error: caractère de contrôle (octet nul ou autre) : le fichier est-il "
                                               "bien un texte ? [control-character]")});
        CHECK(p.meeting.title == "A\xEF\xBF\xBD" "B");
        CHECK(p.meeting.date == Date{2024, 4, 4});
    }
    SUBCASE("UTF-16: reported as not UTF-8 only") {
        const std::string utf16("\xFF\xFE-\0-\0-\0\n\0", 10);
        CHECK(note(utf16).diagnostics ==
              Lines{at("1:1", "error: pas d'en-tête YAML : la note doit commencer par une ligne --- "
                              "[front-matter-missing]"),
                    at("1:1", "error: octets qui ne sont pas de l'UTF-8 : enregistrez le fichier en UTF-8 [not-utf8]")});
    }
    SUBCASE("filename-date-mismatch at the date line") {
        const std::string path = "notes/2024/2024-04-05-interdla-4.md";
        const auto p = note(k_note, path);
        CHECK(p.diagnostics == Lines{path + ":5: warning: le nom du fichier porte la date 2024-04-05 mais l'en-tête "
                                            "dit 2024-04-04 [filename-date-mismatch]",
                                     path + ":16:7: " + k_without_owner});
    }
    SUBCASE("a file name without a date or with the same date") {
        CHECK(note(k_note, "notes/cr-interdla-4.md").diagnostics.size() == 1);
        CHECK(note(k_note, "notes/2024-04-04.md").diagnostics.size() == 1);
        CHECK(note(k_note, "2024-13-45-interdla.md").diagnostics.size() == 1);
    }
    SUBCASE("duplicate attendee, compared folded") {
        const std::string text = replace_all(k_note, "  - Paul Durand (Coopérative Beta)\n",
                                             "  - Paul Durand (Coopérative Beta)\n  - JÉANNE  martin\n");
        const auto p = note(text);
        CHECK(p.diagnostics ==
              Lines{at("9", "warning: JÉANNE  martin est listé·e deux fois (déjà ligne 7) [duplicate-attendee]"),
                    at("17:7", k_without_owner)});
    }
    SUBCASE("present and excused, present and absent") {
        const std::string text = replace_all(
            k_note, "  - Lucie Bernard (Réseau Gamma)\n",
            "  - Lucie Bernard (Réseau Gamma)\n  - Paul Durand\nabsent:\n  - name: Jeanne Martin\n    org: Alpha\n");
        const auto p = note(text);
        CHECK(p.diagnostics ==
              Lines{at("11", "error: Paul Durand est à la fois présent·e et excusé·e [present-and-excused]"),
                    at("13", "error: Jeanne Martin est à la fois présent·e et absent·e [present-and-excused]"),
                    at("20:7", k_without_owner)});
    }
    SUBCASE("in English") {
        const auto p = note("---\nseries: interdla\n---\n", k_path, util::Lang::en);
        CHECK(p.diagnostics ==
              Lines{at("1:1", "warning: no date in the front matter: the file name's is used; add \"date: 2024-04-04\" "
                              "[date-from-filename]"),
                    at("1:1", "warning: no title: add \"title: …\" to the front matter [missing-title]")});
        CHECK(note("---\nseries: interdla\n---\n", "notes/interdla-4.md", util::Lang::en).diagnostics[0] ==
              "notes/interdla-4.md:1:1: error: no date: add \"date: YYYY-MM-DD\" to the front matter [missing-date]");
        CHECK(note("", k_path, util::Lang::en).diagnostics ==
              Lines{at("1:1", "error: empty file: a note starts with a YAML front matter between two --- lines "
                              "[front-matter-missing]")});
    }
}

// Found by tests/hostile: people were compared each with each (50,000 attendees took minutes).
TEST_CASE("parse_note: thousands of attendees") {
    std::string text = "---\ntitle: A\ndate: 2024-04-04\nattendees:\n";
    for (int i = 0; i < 20'000; ++i) text += "  - Personne " + std::to_string(i) + "\n";
    text += "  - PERSONNE 7\nexcused:\n";  // line 20,005
    for (int i = 0; i < 20'000; ++i) text += "  - Excusée " + std::to_string(i) + "\n";
    text += "  - personne 19999\n---\n";  // line 40,007
    const auto p = note(text);
    CHECK(p.meeting.attendees.size() == 20'001);
    CHECK(p.diagnostics ==
          Lines{at("20005", "warning: PERSONNE 7 est listé·e deux fois (déjà ligne 12) [duplicate-attendee]"),
                at("40007", "error: personne 19999 est à la fois présent·e et excusé·e [present-and-excused]")});
}

TEST_CASE("parse_note: place of invalid UTF-8 with lone CR or a BOM") {
    const auto cr = note("---\rtitle: R\xE9union\rdate: 2024-04-04\r---\r");
    CHECK(cr.diagnostics == Lines{at("2:9", "error: octets qui ne sont pas de l'UTF-8 : enregistrez le fichier en "
                                            "UTF-8 [not-utf8]")});
    const auto bom = note("\xEF\xBB\xBF\xE9t\xE9\n");
    CHECK(bom.diagnostics ==
          Lines{at("1:1", "error: pas d'en-tête YAML : la note doit commencer par une ligne --- [front-matter-missing]"),
                at("1:1", "error: octets qui ne sont pas de l'UTF-8 : enregistrez le fichier en UTF-8 [not-utf8]")});
}

TEST_CASE("parse_notes") {
    model::Config c;
    std::vector<load::SourceFile> files = {
        {"notes/2024/2024-04-04-interdla-4.md", "/x/notes/2024/2024-04-04-interdla-4.md", k_note, 0},
        {"notes/2024/illisible.md", "/x/notes/2024/illisible.md", "", EACCES},
        {"notes/2024/2024-05-02-interdla-5.md", "/x/notes/2024/2024-05-02-interdla-5.md",
         replace_all(replace_all(k_note, "2024-04-04", "2024-05-02"), "number: 4", "number: 5"), 0},
    };
    const auto notes = parse::parse_notes(files, c);
    CHECK(notes.files == 3);
    REQUIRE(notes.meetings.size() == 2);
    CHECK(notes.meetings[0].path == "notes/2024/2024-04-04-interdla-4.md");
    CHECK(notes.meetings[1].path == "notes/2024/2024-05-02-interdla-5.md");
    CHECK(notes.meetings[1].number == 5);
    CHECK(formatted(notes.diagnostics) ==
          Lines{"notes/2024/2024-04-04-interdla-4.md:16:7: " + k_without_owner,
                "notes/2024/2024-05-02-interdla-5.md:15:7: warning: échéance le 15 avril 2024, avant la réunion du "
                "2 mai 2024 [due-before-meeting]",
                "notes/2024/2024-05-02-interdla-5.md:16:7: " + k_without_owner,
                "notes/2024/illisible.md: error: lecture impossible : permission refusée [unreadable-file]"});
}

TEST_CASE("read_error_text") {
    CHECK(parse::read_error_text(ENOENT, util::Lang::fr) == "fichier introuvable (lien cassé ?)");
    CHECK(parse::read_error_text(ENOENT, util::Lang::en) == "no such file (a broken link?)");
    CHECK(parse::read_error_text(EACCES, util::Lang::fr) == "permission refusée");
    CHECK(parse::read_error_text(EPERM, util::Lang::en) == "permission denied");
    CHECK(parse::read_error_text(EISDIR, util::Lang::fr) == "c'est un dossier");
    CHECK(parse::read_error_text(ELOOP, util::Lang::fr) == "lien symbolique qui boucle sur lui-même");
    CHECK(parse::read_error_text(EIO, util::Lang::fr) == "erreur de lecture (" + std::string(std::strerror(EIO)) + ")");
}

TEST_CASE("parse_config") {
    SUBCASE("every key of docs/format.md") {
        const auto c = config(R"(language: en                 # langue des messages : fr ou en
notes: comptes-rendus        # dossier des comptes rendus

organisation:                # la structure qui publie les comptes rendus
  name: Réseau Exemple
  region: Hauts-de-France
  header: |
    RÉSEAU EXEMPLE
    HAUTS-DE-FRANCE
  footer: |
    Action cofinancée par ses partenaires.
  site: https://reseau.example.org/

default-series: interdla

series:
  - id: interdla
    title: "InterDLA N°{number}"
    time: "10:00"
    format: visio
    location: ""
    members: [Jeanne, Paul]
    duration: 1h30
  - id: webinaire
    title: Webinaire

departments:
  - id: "59"
    label: DLA 59 Nord
    organisation: Association Alpha
    aliases: ["DLA 59", "Nord"]
  - id: "02-80"
    label: DLA 02-80
    aliases: DLA Aisne Somme

people:
  - name: Jeanne Martin
    organisation: Association Alpha
    aliases: [Jeanne, Jeanne M]
    email: jeanne.martin@exemple.org
  - name: Paul Durand

headings:
  news: ["Nouvelles des DLA"]
  decisions: []
  events: ["Agenda du réseau", "Rendez-vous"]
  followup: Où en est-on
)");
        CHECK(c.diagnostics.empty());
        const auto& k = c.config;
        CHECK(k.language == util::Lang::en);
        CHECK(k.notes_dir == "comptes-rendus");
        CHECK(k.organisation.name == "Réseau Exemple");
        CHECK(k.organisation.region == "Hauts-de-France");
        CHECK(k.organisation.header == "RÉSEAU EXEMPLE\nHAUTS-DE-FRANCE");
        CHECK(k.organisation.footer == "Action cofinancée par ses partenaires.");
        CHECK(k.organisation.site == "https://reseau.example.org/");
        CHECK(k.default_series == "interdla");
        REQUIRE(k.series.size() == 2);
        CHECK(k.series[0].id == "interdla");
        CHECK(k.series[0].title == "InterDLA N°{number}");
        CHECK(k.series[0].time == Time{10, 0});
        CHECK(k.series[0].format == "visio");
        CHECK(k.series[0].location == "");
        CHECK(k.series[0].members == std::vector<std::string>{"Jeanne", "Paul"});
        CHECK(k.series[0].duration == 90);
        CHECK(k.series[1].id == "webinaire");
        CHECK(k.series[1].title == "Webinaire");
        CHECK_FALSE(k.series[1].time);
        CHECK_FALSE(k.series[1].duration);
        CHECK(k.series[1].members.empty());
        REQUIRE(k.departments.size() == 2);
        CHECK(k.departments[0].id == "59");
        CHECK(k.departments[0].label == "DLA 59 Nord");
        CHECK(k.departments[0].organisation == "Association Alpha");
        CHECK(k.departments[0].aliases == std::vector<std::string>{"DLA 59", "Nord"});
        CHECK(k.departments[1].id == "02-80");
        CHECK(k.departments[1].organisation == "");
        CHECK(k.departments[1].aliases == std::vector<std::string>{"DLA Aisne Somme"});  // one text: a list of one
        REQUIRE(k.people.size() == 2);
        CHECK(k.people[0].name == "Jeanne Martin");
        CHECK(k.people[0].organisation == "Association Alpha");
        CHECK(k.people[0].aliases == std::vector<std::string>{"Jeanne", "Jeanne M"});
        CHECK(k.people[0].email == "jeanne.martin@exemple.org");
        CHECK(k.people[1].name == "Paul Durand");
        CHECK(k.people[1].aliases.empty());
        CHECK(k.headings.news == std::vector<std::string>{"Nouvelles des DLA"});
        CHECK(k.headings.decisions.empty());
        CHECK(k.headings.events == std::vector<std::string>{"Agenda du réseau", "Rendez-vous"});
        CHECK(k.headings.followup == std::vector<std::string>{"Où en est-on"});
    }
    SUBCASE("empty file, comments only: the defaults") {
        for (std::string_view bytes : {"", "# rien\n"}) {
            const auto c = config(bytes);
            CHECK(c.diagnostics.empty());
            CHECK(c.config.language == util::Lang::fr);
            CHECK(c.config.notes_dir == "notes");
            CHECK(c.config.series.empty());
        }
    }
    SUBCASE("CRLF") {
        const auto c = config("language: en\r\nnotes: cr\r\n");
        CHECK(c.diagnostics.empty());
        CHECK(c.config.notes_dir == "cr");
    }
    SUBCASE("language") {
        CHECK(config("language: fr_FR.UTF-8\n").config.language == util::Lang::fr);
        const auto c = config("language: de\n");
        CHECK(c.diagnostics == Lines{"dla.yaml:1:11: error: langue inconnue « de » : fr ou en [config-invalid]"});
        CHECK(c.config.language == util::Lang::fr);
    }
    SUBCASE("text expected: reported, the default kept") {
        const auto c = config("notes: [a, b]\ndefault-series: {id: interdla}\n");
        CHECK(c.diagnostics == Lines{"dla.yaml:1:8: error: « notes » doit être un texte [config-invalid]",
                                     "dla.yaml:2:17: error: « default-series » doit être un texte [config-invalid]"});
        CHECK(c.config.notes_dir == "notes");
        CHECK(c.config.default_series == "");
    }
    SUBCASE("organisation") {
        CHECK(config("organisation: Réseau Exemple\n").diagnostics ==
              Lines{"dla.yaml:1:15: error: « organisation » doit être une fiche « clé: valeur » [config-invalid]"});
        CHECK(config("organisation:\n  name: [Réseau]\n").diagnostics ==
              Lines{"dla.yaml:2:9: error: « name » doit être un texte [config-invalid]"});
    }
    SUBCASE("series") {
        CHECK(config("series: interdla\n").diagnostics ==
              Lines{"dla.yaml:1:9: error: « series » doit être une liste [config-invalid]"});
        CHECK(config("series:\n  - interdla\n").diagnostics ==
              Lines{"dla.yaml:2:5: error: « series » : chaque entrée doit être une fiche « clé: valeur » [config-invalid]"});
        const auto no_id = config("series:\n  - title: InterDLA\n  - id: webinaire\n");
        CHECK(no_id.diagnostics ==
              Lines{"dla.yaml:2:5: error: « series » : chaque entrée doit avoir un « id » [config-invalid]"});
        CHECK(no_id.config.series.size() == 1);
        const auto time = config("series:\n  - id: interdla\n    time: 25h\n");
        CHECK(time.diagnostics ==
              Lines{"dla.yaml:3:11: error: « time » : heure impossible : « 25h » [config-invalid]"});
        REQUIRE(time.config.series.size() == 1);
        CHECK_FALSE(time.config.series[0].time);
        CHECK(config("series:\n  - id: interdla\n    time: 9h – 12h\n").diagnostics ==
              Lines{"dla.yaml:3:11: error: « time » : une seule heure attendue : « 9h – 12h » [config-invalid]"});
        CHECK(config("series:\n  - id: interdla\n    members: {Jeanne: oui}\n").diagnostics ==
              Lines{"dla.yaml:3:14: error: « members » doit être une liste [config-invalid]"});
    }
    SUBCASE("departments") {
        CHECK(config("departments:\n  - label: DLA 59\n").diagnostics ==
              Lines{"dla.yaml:2:5: error: « departments » : chaque entrée doit avoir un « id » [config-invalid]"});
        const auto c = config("departments:\n  - id: \"59\"\n    aliases: [Nord, [59]]\n");
        CHECK(c.diagnostics == Lines{"dla.yaml:3:21: error: « aliases » doit être un texte [config-invalid]"});
        CHECK(c.config.departments.at(0).aliases == std::vector<std::string>{"Nord"});
    }
    SUBCASE("people") {
        CHECK(config("people:\n  - organisation: Association Alpha\n").diagnostics ==
              Lines{"dla.yaml:2:5: error: « people » : chaque entrée doit avoir un « name » [config-invalid]"});
        CHECK(config("people:\n  name: Jeanne Martin\n").diagnostics ==
              Lines{"dla.yaml:2:3: error: « people » doit être une liste [config-invalid]"});
    }
    SUBCASE("headings") {
        CHECK(config("headings: [Nouvelles]\n").diagnostics ==
              Lines{"dla.yaml:1:11: error: « headings » doit être une fiche « clé: valeur » [config-invalid]"});
        CHECK(config("headings:\n  news: {a: b}\n").diagnostics ==
              Lines{"dla.yaml:2:9: error: « news » doit être une liste [config-invalid]"});
    }
    SUBCASE("not a mapping") {
        CHECK(config("- language: fr\n").diagnostics ==
              Lines{"dla.yaml:1:1: error: « dla.yaml » doit être une fiche « clé: valeur » [config-invalid]"});
        CHECK(config("bonjour\n").diagnostics ==
              Lines{"dla.yaml:1:1: error: « dla.yaml » doit être une fiche « clé: valeur » [config-invalid]"});
    }
    SUBCASE("YAML syntax error at its line") {
        const auto c = config("language: fr\nnotes: notes\nseries: [interdla\n");
        REQUIRE(c.diagnostics.size() == 1);
        CHECK(c.diagnostics[0] == "dla.yaml:4:1: error: il manque la fin d'un crochet, d'une accolade ou d'une liste [yaml-syntax]");
        CHECK(c.config.notes_dir == "notes");
    }
    SUBCASE("not UTF-8: nothing read") {
        const auto c = config("language: en\nnotes: r\xE9unions\n");
        CHECK(c.diagnostics == Lines{"dla.yaml:1:1: error: octets qui ne sont pas de l'UTF-8 : enregistrez le fichier "
                                     "en UTF-8 [not-utf8]"});
        CHECK(c.config.language == util::Lang::fr);
    }
    SUBCASE("a series' duration: read like an hour, at least a minute") {
        const auto c = config("series:\n  - id: a\n    duration: 3h\n  - id: b\n    duration: 0:45\n"
                              "  - id: c\n    duration: trois heures\n  - id: d\n    duration: 0h\n");
        REQUIRE(c.config.series.size() == 4);
        CHECK(c.config.series[0].duration == 180);
        CHECK(c.config.series[1].duration == 45);
        CHECK_FALSE(c.config.series[2].duration);
        CHECK_FALSE(c.config.series[3].duration);
        CHECK(c.diagnostics ==
              Lines{"dla.yaml:7:15: error: « duration » : durée illisible « trois heures » : écrire par exemple 2h, 1h30 ou 0:45 [config-invalid]",
                    "dla.yaml:9:15: error: « duration » : durée illisible « 0h » : écrire par exemple 2h, 1h30 ou 0:45 [config-invalid]"});
    }
    SUBCASE("messages in the language given (--lang), whatever the file says") {
        diag::Sink sink;
        (void)parse_config("dla.yaml", "language: fr\nnotes: [a]\n", sink, util::Lang::en);
        CHECK(formatted(sink.diagnostics()) == Lines{"dla.yaml:2:8: error: \"notes\" must be text [config-invalid]"});
    }
    SUBCASE("messages in the configured language, wherever language: is written") {
        const auto c = config("notes: [a]\nlanguage: en\ndefault-series: [b]\n");
        CHECK(c.diagnostics == Lines{"dla.yaml:1:8: error: \"notes\" must be text [config-invalid]",
                                     "dla.yaml:3:17: error: \"default-series\" must be text [config-invalid]"});
    }
}

TEST_CASE("check_collection") {
    auto meeting = [](std::string path, Date date, std::string series, std::optional<int> number) {
        model::Meeting m;
        m.path = std::move(path);
        m.date = date;
        m.series = std::move(series);
        m.number = number;
        m.field_lines = {{"title", 2}, {"series", 3}, {"number", 4}, {"date", 5}};
        return m;
    };
    SUBCASE("the later note of a series repeating a number is reported") {
        const std::vector<model::Meeting> meetings = {
            meeting("notes/2024/2024-05-02-interdla-4.md", Date{2024, 5, 2}, "interdla", 4),
            meeting("notes/2024/2024-04-04-interdla-4.md", Date{2024, 4, 4}, "InterDLA", 4),
            meeting("notes/2024/2024-04-11-webinaire-4.md", Date{2024, 4, 11}, "webinaire", 4),
            meeting("notes/2024/2024-06-06-interdla-5.md", Date{2024, 6, 6}, "interdla", 5),
            meeting("notes/2024/2024-06-13-interdla.md", Date{2024, 6, 13}, "interdla", std::nullopt),
            meeting("notes/2024/2024-06-20-interdla.md", Date{2024, 6, 20}, "interdla", std::nullopt),
            meeting("notes/2024/2024-06-27-sans-serie-4.md", Date{2024, 6, 27}, "", 4),
        };
        CHECK(formatted(query::check_collection(meetings, util::Lang::fr)) ==
              Lines{"notes/2024/2024-05-02-interdla-4.md:4: error: le numéro 4 de la série « interdla » est déjà pris "
                    "par notes/2024/2024-04-04-interdla-4.md [duplicate-number]"});
    }
    SUBCASE("three notes with one number: both later ones name the first") {
        std::vector<model::Meeting> meetings = {
            meeting("notes/c.md", Date{2024, 3, 1}, "interdla", 7),
            meeting("notes/b.md", Date{2024, 2, 1}, "interdla", 7),
            meeting("notes/a.md", Date{2024, 1, 1}, "interdla", 7),
        };
        meetings[0].field_lines.clear();  // no number line known: line 1
        CHECK(formatted(query::check_collection(meetings, util::Lang::en)) ==
              Lines{"notes/b.md:4: error: number 7 of series \"interdla\" is already taken by notes/a.md "
                    "[duplicate-number]",
                    "notes/c.md:1: error: number 7 of series \"interdla\" is already taken by notes/a.md "
                    "[duplicate-number]"});
    }
    SUBCASE("nothing to compare") { CHECK(query::check_collection({}, util::Lang::fr).empty()); }
}
