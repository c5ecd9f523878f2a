#include "dla/parse/front_matter.hpp"

#include <map>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace dla;
using parse::read_front_matter;
using parse::split_front_matter;

namespace {

// Formatted diagnostics, shown one per line when a CHECK fails.
struct Lines : std::vector<std::string> {
    using std::vector<std::string>::vector;
};

using model::AgendaItem;
using model::Attendee;
using util::Date;
using util::Time;

const std::string k_path = "notes/2024/2024-04-04-interdla-4.md";

struct Read {
    model::Meeting meeting;
    Lines diagnostics;  // formatted
};

// Reads `yaml` as the front matter of k_path starting at file line `first_line`.
Read read(std::string_view yaml, int first_line = 2, util::Lang lang = util::Lang::fr) {
    model::Config config;
    config.language = lang;
    Read r;
    r.meeting.path = k_path;
    diag::Sink sink;
    read_front_matter(yaml, first_line, config, r.meeting, sink);
    for (const auto& d : sink.diagnostics()) r.diagnostics.push_back(diag::format(d));
    return r;
}

// A diagnostic of k_path: "notes/…md:2:8: error: …".
std::string at(std::string_view place, std::string_view rest) {
    return k_path + ":" + std::string(place) + ": " + std::string(rest);
}

}  // namespace

template <>
struct doctest::StringMaker<Lines> {
    static doctest::String convert(const Lines& lines) {
        std::string out = "{";
        for (const auto& l : lines) out += "\n  " + l;
        return (out + "\n}").c_str();
    }
};

TEST_CASE("split_front_matter") {
    SUBCASE("front matter and body") {
        const auto parts = split_front_matter("---\ntitle: A\ndate: 2024-04-04\n---\n## Actions\n");
        CHECK(parts.has_front_matter);
        CHECK(parts.closed);
        CHECK(parts.yaml == "title: A\ndate: 2024-04-04\n");
        CHECK(parts.yaml_first_line == 2);
        CHECK(parts.body == "## Actions\n");
        CHECK(parts.body_first_line == 5);
    }
    SUBCASE("no front matter") {
        const std::string_view text = "## Actions\n\n- [ ] Relire\n";
        const auto parts = split_front_matter(text);
        CHECK_FALSE(parts.has_front_matter);
        CHECK_FALSE(parts.closed);
        CHECK(parts.yaml == "");
        CHECK(parts.body == text);
        CHECK(parts.body_first_line == 1);
    }
    SUBCASE("--- not on the first line is no front matter") {
        const auto parts = split_front_matter("\n---\ntitle: A\n---\n");
        CHECK_FALSE(parts.has_front_matter);
        CHECK(parts.body_first_line == 1);
    }
    SUBCASE("a longer rule or an indented one is no front matter") {
        CHECK_FALSE(split_front_matter("----\ntitle: A\n----\n").has_front_matter);
        CHECK_FALSE(split_front_matter(" ---\ntitle: A\n---\n").has_front_matter);
    }
    SUBCASE("blanks after the opening ---") {
        const auto parts = split_front_matter("---  \ntitle: A\n---\n");
        CHECK(parts.has_front_matter);
        CHECK(parts.closed);
        CHECK(parts.yaml == "title: A\n");
    }
    SUBCASE("unclosed") {
        const auto parts = split_front_matter("---\ntitle: A\ndate: 2024-04-04\n");
        CHECK(parts.has_front_matter);
        CHECK_FALSE(parts.closed);
        CHECK(parts.yaml == "title: A\ndate: 2024-04-04\n");
        CHECK(parts.body == "");
    }
    SUBCASE("... closes it too") {
        const auto parts = split_front_matter("---\ntitle: A\n...\nTexte\n");
        CHECK(parts.closed);
        CHECK(parts.yaml == "title: A\n");
        CHECK(parts.body == "Texte\n");
        CHECK(parts.body_first_line == 4);
    }
    SUBCASE("an indented --- does not close it") {
        const auto parts = split_front_matter("---\ntheme: |\n  a\n  ---\n---\nTexte");
        CHECK(parts.closed);
        CHECK(parts.yaml == "theme: |\n  a\n  ---\n");
        CHECK(parts.body == "Texte");
        CHECK(parts.body_first_line == 6);
    }
    SUBCASE("the first closing line ends it; a later --- is the body's") {
        const auto parts = split_front_matter("---\ntitle: A\n---\nTexte\n\n---\n\nSuite\n");
        CHECK(parts.yaml == "title: A\n");
        CHECK(parts.body == "Texte\n\n---\n\nSuite\n");
        CHECK(parts.body_first_line == 4);
    }
    SUBCASE("empty front matter") {
        const auto parts = split_front_matter("---\n---\nTexte\n");
        CHECK(parts.has_front_matter);
        CHECK(parts.closed);
        CHECK(parts.yaml == "");
        CHECK(parts.body == "Texte\n");
        CHECK(parts.body_first_line == 3);
    }
    SUBCASE("closing line at the end of the file, without a newline") {
        const auto parts = split_front_matter("---\ntitle: A\n---");
        CHECK(parts.closed);
        CHECK(parts.yaml == "title: A\n");
        CHECK(parts.body == "");
        CHECK(parts.body_first_line == 4);
    }
    SUBCASE("blank lines at the top of the body count") {
        const auto parts = split_front_matter("---\ntitle: A\n---\n\n\n## Actions\n");
        CHECK(parts.body == "\n\n## Actions\n");
        CHECK(parts.body_first_line == 4);
    }
}

TEST_CASE("split_agenda_text") {
    using Split = std::pair<std::string, std::string>;
    SUBCASE("a time, then the title") {
        CHECK(parse::split_agenda_text("10:00 Tour d'actualités") == Split{"10:00", "Tour d'actualités"});
        CHECK(parse::split_agenda_text("10h30 : Présentation") == Split{"10h30", "Présentation"});
        CHECK(parse::split_agenda_text("14h - Atelier") == Split{"14h", "Atelier"});
        CHECK(parse::split_agenda_text("14h – Atelier") == Split{"14h", "Atelier"});
    }
    SUBCASE("a range") {
        CHECK(parse::split_agenda_text("9h – 11h Atelier") == Split{"9h – 11h", "Atelier"});
        CHECK(parse::split_agenda_text("9h – 11h : Atelier") == Split{"9h – 11h", "Atelier"});
        CHECK(parse::split_agenda_text("9h-11h Atelier") == Split{"9h-11h", "Atelier"});
        CHECK(parse::split_agenda_text("de 9h à 11h Atelier") == Split{"de 9h à 11h", "Atelier"});
        CHECK(parse::split_agenda_text("13:30 to 17:30 Workshop") == Split{"13:30 to 17:30", "Workshop"});
    }
    SUBCASE("no time") {
        CHECK(parse::split_agenda_text("Tour d'actualités") == Split{"", "Tour d'actualités"});
        CHECK(parse::split_agenda_text("  Questions diverses ") == Split{"", "Questions diverses"});
        CHECK(parse::split_agenda_text("2024 : bilan") == Split{"", "2024 : bilan"});
        CHECK(parse::split_agenda_text("10 ans du réseau") == Split{"", "10 ans du réseau"});
        CHECK(parse::split_agenda_text("de 10 à 12 structures") == Split{"", "de 10 à 12 structures"});
        CHECK(parse::split_agenda_text("") == Split{"", ""});
    }
    SUBCASE("a dash after the time is no range") {
        CHECK(parse::split_agenda_text("11h – Clôture") == Split{"11h", "Clôture"});
    }
    SUBCASE("a time alone") { CHECK(parse::split_agenda_text("12h30") == Split{"12h30", ""}); }
}

TEST_CASE("split_agenda_text: a time written in several words") {
    using Split = std::pair<std::string, std::string>;
    CHECK(parse::split_agenda_text("10 h 30 Pause") == Split{"10 h 30", "Pause"});
    CHECK(parse::split_agenda_text("9 h – 11 h Atelier") == Split{"9 h – 11 h", "Atelier"});
    CHECK(read("agenda:\n  - \"10 h 30 Pause\"\n").meeting.agenda ==
          std::vector<AgendaItem>{{Time{10, 30}, std::nullopt, "Pause", 3}});
}

TEST_CASE("parse_attendee") {
    SUBCASE("name and organisation") {
        CHECK(parse::parse_attendee("Jeanne Martin (Association Alpha)") ==
              Attendee{"Jeanne Martin", "Association Alpha", "", 0});
    }
    SUBCASE("name alone") { CHECK(parse::parse_attendee("Lucie Bernard") == Attendee{"Lucie Bernard", "", "", 0}); }
    SUBCASE("blanks trimmed") {
        CHECK(parse::parse_attendee("  Paul Durand   ( Coopérative Beta )  ") ==
              Attendee{"Paul Durand", "Coopérative Beta", "", 0});
        CHECK(parse::parse_attendee("Paul Durand(Coopérative Beta)") ==
              Attendee{"Paul Durand", "Coopérative Beta", "", 0});
    }
    SUBCASE("the last parentheses are the organisation") {
        CHECK(parse::parse_attendee("Karim Petit (DLA 59) (Réseau Gamma)") ==
              Attendee{"Karim Petit (DLA 59)", "Réseau Gamma", "", 0});
    }
    SUBCASE("parentheses inside the name") {
        CHECK(parse::parse_attendee("Karim (dit Kim) Petit") == Attendee{"Karim (dit Kim) Petit", "", "", 0});
    }
    SUBCASE("empty") { CHECK(parse::parse_attendee("  ") == Attendee{"", "", "", 0}); }
}

TEST_CASE("read_front_matter") {
    SUBCASE("every field") {
        const auto r = read(R"(title: InterDLA N°4
series: interdla
number: 4
date: 2024-04-04
time: "9h30 – 12h"
format: hybride
location: Maison des associations, Lille
theme: Gouvernance associative
attendees:
  - Jeanne Martin (Association Alpha)
  - name: Paul Durand
    org: Coopérative Beta
    role: animateur
  - Karim Petit
excused:
  - Lucie Bernard (Réseau Gamma)
absent: []
minute-taker: Jeanne Martin (Association Alpha)
agenda:
  - "10:00 Tour d'actualités"
events:
  - date: 10 octobre 2024
    time: "10h – 12h"
    format: Visio
    location: En ligne
    subject: InterDLA N°5
layout: post
tags: [interdla, compte-rendu]
)");
        CHECK(r.diagnostics.empty());
        const auto& m = r.meeting;
        CHECK(m.title == "InterDLA N°4");
        CHECK(m.series == "interdla");
        CHECK(m.number == 4);
        CHECK(m.date == Date{2024, 4, 4});
        CHECK(m.time == Time{9, 30});
        CHECK(m.end_time == Time{12, 0});
        CHECK(m.format == "hybride");
        CHECK(m.location == "Maison des associations, Lille");
        CHECK(m.theme == "Gouvernance associative");
        CHECK(m.attendees == std::vector<Attendee>{{"Jeanne Martin", "Association Alpha", "", 11},
                                                   {"Paul Durand", "Coopérative Beta", "animateur", 12},
                                                   {"Karim Petit", "", "", 15}});
        CHECK(m.excused == std::vector<Attendee>{{"Lucie Bernard", "Réseau Gamma", "", 17}});
        CHECK(m.absent.empty());
        CHECK(m.minute_taker == Attendee{"Jeanne Martin", "Association Alpha", "", 19});
        CHECK(m.agenda == std::vector<AgendaItem>{{Time{10, 0}, std::nullopt, "Tour d'actualités", 21}});
        REQUIRE(m.events.size() == 1);
        CHECK(m.events[0] == model::Event{{Date{2024, 10, 10}, Date{2024, 10, 10}}, "10 octobre 2024", Time{10, 0},
                                          Time{12, 0}, "Visio", "En ligne", "InterDLA N°5", 23});
        CHECK(m.field_lines == std::map<std::string, int>{
                                   {"title", 2}, {"series", 3}, {"number", 4}, {"date", 5}, {"time", 6},
                                   {"format", 7}, {"location", 8}, {"theme", 9}, {"attendees", 10},
                                   {"excused", 16}, {"absent", 18}, {"minute-taker", 19}, {"agenda", 20},
                                   {"events", 22}, {"layout", 28}, {"tags", 29}});
    }
    SUBCASE("empty front matter: nothing read, nothing reported") {
        const auto r = read("");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.title == "");
        CHECK(r.meeting.field_lines.empty());
    }
    SUBCASE("empty values") {
        const auto r = read("title:\nlocation:\nattendees:\nexcused: []\nminute-taker:\nagenda:\n");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.title == "");
        CHECK(r.meeting.attendees.empty());
        CHECK_FALSE(r.meeting.minute_taker);
        CHECK(r.meeting.field_lines.size() == 6);
    }
    SUBCASE("minute_taker with an underscore") {
        CHECK(read("minute_taker: Paul Durand\n").meeting.minute_taker == Attendee{"Paul Durand", "", "", 2});
    }
    SUBCASE("attendee maps: other keys, French keys") {
        const auto r = read("attendees:\n  - nom: Jeanne Martin\n    structure: Association Alpha\n    rôle: animatrice\n"
                            "  - name: Paul Durand\n    organisation: Coopérative Beta\n    email: paul@beta.fr\n");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.attendees == std::vector<Attendee>{{"Jeanne Martin", "Association Alpha", "animatrice", 3},
                                                           {"Paul Durand", "Coopérative Beta", "", 6}});
    }
    SUBCASE("agenda forms") {
        const auto r = read(R"(agenda:
  - "10:00 Titre"
  - "10h30 : Présentation des productions"
  - "9h – 11h Atelier"
  - "14h-16h - Atelier de l'après-midi"
  - "de 16h à 17h Clôture"
  - time: "11:50"
    title: Point séminaire des 10 & 11 juin
  - title: Questions diverses
  - Tour d'actualités
)");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.agenda ==
              std::vector<AgendaItem>{{Time{10, 0}, std::nullopt, "Titre", 3},
                                      {Time{10, 30}, std::nullopt, "Présentation des productions", 4},
                                      {Time{9, 0}, Time{11, 0}, "Atelier", 5},
                                      {Time{14, 0}, Time{16, 0}, "Atelier de l'après-midi", 6},
                                      {Time{16, 0}, Time{17, 0}, "Clôture", 7},
                                      {Time{11, 50}, std::nullopt, "Point séminaire des 10 & 11 juin", 8},
                                      {std::nullopt, std::nullopt, "Questions diverses", 10},
                                      {std::nullopt, std::nullopt, "Tour d'actualités", 11}});
    }
    SUBCASE("an agenda title that starts with a number is no time") {
        const auto r = read("agenda:\n  - \"2024 : bilan de l'année\"\n  - 10 ans du réseau\n");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.agenda == std::vector<AgendaItem>{{std::nullopt, std::nullopt, "2024 : bilan de l'année", 3},
                                                          {std::nullopt, std::nullopt, "10 ans du réseau", 4}});
    }
    SUBCASE("Hugo date with a time") {
        const auto r = read("date: 2024-04-04T10:00:00+02:00\n");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.date == Date{2024, 4, 4});
        CHECK(r.meeting.time == Time{10, 0});
    }
    SUBCASE("Jekyll date with a time") {
        const auto r = read("date: 2024-04-04 14:30\n");
        CHECK(r.diagnostics.empty());
        CHECK(r.meeting.date == Date{2024, 4, 4});
        CHECK(r.meeting.time == Time{14, 30});
    }
    SUBCASE("time: wins over the time of the date") {
        CHECK(read("time: \"9:00\"\ndate: 2024-04-04T10:00:00\n").meeting.time == Time{9, 0});
        CHECK(read("date: 2024-04-04T10:00:00\ntime: \"9:00\"\n").meeting.time == Time{9, 0});
    }
    SUBCASE("format in any case and accent") {
        for (const char* f : {"visio", "Présentiel", "presentiel", "HYBRIDE", "distanciel", "in person", "online"}) {
            CAPTURE(f);
            const auto r = read(std::string("format: ") + f + "\n");
            CHECK(r.diagnostics.empty());
            CHECK(r.meeting.format == f);
        }
    }
}

TEST_CASE("read_front_matter: diagnostics") {
    SUBCASE("text expected") {
        const auto r = read("title: [InterDLA, N°4]\n");
        CHECK(r.diagnostics == Lines{at("2:8", "error: « title » doit être un texte [wrong-type]")});
        CHECK(r.meeting.title == "");
        CHECK(r.meeting.field_lines.at("title") == 2);
    }
    SUBCASE("text expected, map") {
        CHECK(read("title: x\nlocation:\n  ville: Lille\n").diagnostics ==
              Lines{at("4:3", "error: « location » doit être un texte [wrong-type]")});
    }
    SUBCASE("list expected") {
        CHECK(read("attendees: Jeanne Martin\n").diagnostics ==
              Lines{at("2:12", "error: « attendees » doit être une liste [wrong-type]")});
        CHECK(read("agenda: \"10:00 Titre\"\n").diagnostics ==
              Lines{at("2:9", "error: « agenda » doit être une liste [wrong-type]")});
        CHECK(read("events: demain\n").diagnostics ==
              Lines{at("2:9", "error: « events » doit être une liste [wrong-type]")});
    }
    SUBCASE("person expected") {
        const auto r = read("excused:\n  - Lucie Bernard\n  - [Paul, Durand]\n  - role: animateur\n");
        CHECK(r.diagnostics ==
              Lines{at("4:5", "error: « excused » : chaque personne s'écrit « Nom (Organisation) » ou {name, org, role} "
                              "[wrong-type]"),
                    at("5:5", "error: « excused » : chaque personne s'écrit « Nom (Organisation) » ou {name, org, role} "
                              "[wrong-type]")});
        CHECK(r.meeting.excused == std::vector<Attendee>{{"Lucie Bernard", "", "", 3}});
    }
    SUBCASE("minute-taker as a list") {
        CHECK(read("minute-taker:\n  - Jeanne Martin\n").diagnostics ==
              Lines{at("3:3", "error: « minute-taker » : chaque personne s'écrit « Nom (Organisation) » ou "
                              "{name, org, role} [wrong-type]")});
    }
    SUBCASE("number") {
        CHECK(read("number: sept\n").diagnostics ==
              Lines{at("2:9", "error: « number » doit être un nombre entier, pas « sept » [wrong-type]")});
        CHECK(read("number: -1\n").diagnostics ==
              Lines{at("2:9", "error: « number » doit être un nombre entier, pas « -1 » [wrong-type]")});
        CHECK(read("number: 4.5\n").diagnostics ==
              Lines{at("2:9", "error: « number » doit être un nombre entier, pas « 4.5 » [wrong-type]")});
        CHECK(read("number: 0\n").meeting.number == 0);
    }
    SUBCASE("agenda item of the wrong kind") {
        const auto r = read("agenda:\n  - \"10:00 Titre\"\n  - [10:00, Titre]\n  - time: \"11:00\"\n");
        CHECK(r.diagnostics ==
              Lines{at("4:5", "error: « agenda » : chaque point s'écrit « HH:MM Titre » ou {time, title} [wrong-type]"),
                    at("5:5", "error: « agenda » : chaque point s'écrit « HH:MM Titre » ou {time, title} [wrong-type]")});
        CHECK(r.meeting.agenda.size() == 1);
    }
    SUBCASE("agenda time that cannot be read") {
        const auto r = read("agenda:\n  - time: \"25h\"\n    title: Clôture\n");
        CHECK(r.diagnostics == Lines{at("3:5", "error: « agenda » : heure impossible : « 25h » [invalid-time]")});
        CHECK(r.meeting.agenda == std::vector<AgendaItem>{{std::nullopt, std::nullopt, "Clôture", 3}});
    }
    SUBCASE("date") {
        CHECK(read("date: 2024-02-30\n").diagnostics ==
              Lines{at("2:7", "error: « date » : ce jour n'existe pas : 2024-02-30 [invalid-date]")});
        CHECK(read("date: bientôt\n").diagnostics ==
              Lines{at("2:7", "error: « date » : date illisible : « bientôt » [invalid-date]")});
        CHECK(read("date: [2024-04-04]\n").diagnostics ==
              Lines{at("2:7", "error: « date » doit être un texte [wrong-type]")});
    }
    SUBCASE("time") {
        CHECK(read("time: 25h\n").diagnostics ==
              Lines{at("2:7", "error: « time » : heure impossible : « 25h » [invalid-time]")});
        CHECK(read("time: midi\n").diagnostics ==
              Lines{at("2:7", "error: « time » : heure illisible : « midi » [invalid-time]")});
    }
    SUBCASE("format") {
        const auto r = read("format: webinaire\n");
        CHECK(r.diagnostics == Lines{at("2:9", "error: format inconnu « webinaire » : visio, présentiel ou hybride "
                                              "[unknown-format]")});
        CHECK(r.meeting.format == "webinaire");
        // The words dla import reads as a format are the words check accepts (model::meeting_format).
        for (const char* word : {"online", "Teams", "sur place", "mixte", "à distance", "Visioconférence"})
            CHECK_MESSAGE(read(std::string("format: ") + word + "\n").diagnostics.empty(), word);
    }
    SUBCASE("events") {
        const auto r = read(R"(date: 2024-11-20
events:
  - date: 31 février 2025
    subject: Impossible
  - date: 4 décembre
    time: 25h
    subject: Webinaire
  - subject: Sans date
  - Séminaire
)");
        CHECK(r.diagnostics ==
              Lines{at("4:11", "error: tableau des dates : ce jour n'existe pas : 2025-02-31 "
                               "[invalid-event-date]"),
                    at("7:11", "error: tableau des dates, horaire : heure impossible : « 25h » [invalid-time]"),
                    at("9:5", "error: « events » : chaque date s'écrit {date, time, format, location, subject} "
                              "[wrong-type]"),
                    at("10:5", "error: « events » : chaque date s'écrit {date, time, format, location, subject} "
                               "[wrong-type]")});
        // A date without a year is read from the meeting date.
        REQUIRE(r.meeting.events.size() == 1);
        CHECK(r.meeting.events[0] == model::Event{{Date{2024, 12, 4}, Date{2024, 12, 4}}, "4 décembre", std::nullopt,
                                                  std::nullopt, "", "", "Webinaire", 6});
    }
    SUBCASE("a list or a scalar instead of key: value lines") {
        CHECK(read("- title: A\n- date: 2024-04-04\n").diagnostics ==
              Lines{at("2:1", "error: l'en-tête YAML est une liste : il doit être fait de lignes « clé: valeur » "
                              "[front-matter-not-mapping]")});
        CHECK(read("InterDLA N°4\n").diagnostics ==
              Lines{at("2:1", "error: l'en-tête YAML est un simple texte : il doit être fait de lignes « clé: valeur » "
                              "[front-matter-not-mapping]")});
    }
    SUBCASE("yaml syntax error at the file line") {
        const auto r = read("title: InterDLA N°4\ndate: 2024-04-04\nattendees: [Jeanne Martin\n", 2);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0] == at("5:1", "error: il manque la fin d'un crochet, d'une accolade ou d'une liste [yaml-syntax]"));
        // Issue 17.7: the other keys are read all the same.
        CHECK(r.meeting.title == "InterDLA N°4");
        CHECK(r.meeting.date == Date{2024, 4, 4});
        CHECK(r.meeting.field_lines == std::map<std::string, int>{{"title", 2}, {"date", 3}, {"attendees", 4}});
    }
    SUBCASE("yaml syntax error further down the file") {
        const auto r = read("title: A\n  date: 2024-04-04\n", 7);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0] == at("8:7", "error: « : » inattendu : mettez la valeur entre guillemets, ou vérifiez "
                                            "l'indentation [yaml-syntax]"));
    }
    SUBCASE("an unquoted colon in a text field: one error, the field read as written, the others read") {
        const auto r = read("title: InterDLA N°4\ntheme: Rentrée 2024 : priorités\ndate: 2024-09-12\n"
                            "attendees:\n  - Jeanne Martin\nevents:\n  - date: 3 octobre\n    subject: Copil\n");
        // yaml-cpp counts the column in bytes (é is two).
        CHECK(r.diagnostics == Lines{at("3:22", "error: « : » inattendu : mettez la valeur entre guillemets, ou "
                                                "vérifiez l'indentation [yaml-syntax]")});
        CHECK(r.meeting.title == "InterDLA N°4");
        CHECK(r.meeting.theme == "Rentrée 2024 : priorités");
        CHECK(r.meeting.date == Date{2024, 9, 12});
        CHECK(r.meeting.attendees == std::vector<Attendee>{{"Jeanne Martin", "", "", 6}});
        REQUIRE(r.meeting.events.size() == 1);
        CHECK(r.meeting.events[0].dates == util::DateRange{Date{2024, 10, 3}, Date{2024, 10, 3}});
    }
    SUBCASE("after a YAML error, the other fields' own problems are said, not the error twice") {
        const auto r = read("title: [A\nformat: webinaire\ndate: 2024-09-12\n");
        CHECK(r.diagnostics ==
              Lines{at("3:7", "error: il manque la fin d'un crochet, d'une accolade ou d'une liste [yaml-syntax]"),
                    at("3:9", "error: format inconnu « webinaire » : visio, présentiel ou hybride [unknown-format]")});
        CHECK(r.meeting.date == Date{2024, 9, 12});
    }
    SUBCASE("events written before the date: a date without a year is read from it") {
        const auto r = read("events:\n  - date: 3 octobre\ndate: 2024-09-12\n");
        CHECK(r.diagnostics.empty());
        REQUIRE(r.meeting.events.size() == 1);
        CHECK(r.meeting.events[0].dates == util::DateRange{Date{2024, 10, 3}, Date{2024, 10, 3}});
    }
    SUBCASE("a YAML message without a French text is shown as yaml-cpp wrote it") {
        CHECK(read("{title: A}}\n").diagnostics == Lines{at("2:11", "error: YAML invalide : illegal flow end [yaml-syntax]")});
    }
    SUBCASE("a key written twice") {
        const auto r = read("title: InterDLA N°4\ndate: 2024-04-04\ntitle: InterDLA N°5\n", 5);
        CHECK(r.diagnostics == Lines{at("7:1", "error: « title » est écrit deux fois (déjà ligne 5) : seule la dernière "
                                              "valeur compte [duplicate-field]")});
        CHECK(r.meeting.title == "InterDLA N°5");
        CHECK(r.meeting.field_lines.at("title") == 7);
    }
    SUBCASE("in English") {
        CHECK(read("title: A\ntitle: B\n", 2, util::Lang::en).diagnostics ==
              Lines{at("3:1", "error: \"title\" is written twice (already on line 2): only the last value counts "
                              "[duplicate-field]")});
        CHECK(read("title: [a\n", 2, util::Lang::en).diagnostics ==
              Lines{at("3:1", "error: a bracket, brace or list is never closed [yaml-syntax]")});
        CHECK(read("title: [a]\n", 2, util::Lang::en).diagnostics ==
              Lines{at("2:8", "error: \"title\" must be text [wrong-type]")});
        CHECK(read("number: sept\n", 2, util::Lang::en).diagnostics ==
              Lines{at("2:9", "error: \"number\" must be a whole number, not \"sept\" [wrong-type]")});
        CHECK(read("date: 2024-02-30\n", 2, util::Lang::en).diagnostics ==
              Lines{at("2:7", "error: \"date\": no such day: 2024-02-30 [invalid-date]")});
    }
}

// The front-matter date is read in every written form, but anything other than
// AAAA-MM-JJ gets a warning: Jekyll, Hugo and Obsidian read only ISO dates.
TEST_CASE("read_front_matter: date written otherwise than AAAA-MM-JJ") {
    auto r = read("date: 04/04/2024\n");
    CHECK(r.meeting.date == util::Date{2024, 4, 4});
    CHECK(r.diagnostics ==
          Lines{at("2:7", "warning: « date » : écrivez 2024-04-04 (AAAA-MM-JJ), la forme que lisent Jekyll, Hugo et Obsidian [date-not-iso]")});
    r = read("date: 4 avril 2024\n");
    CHECK(r.meeting.date == util::Date{2024, 4, 4});
    CHECK(r.diagnostics.size() == 1);
    CHECK(read("date: 2024-04-04\n").diagnostics.empty());
}
