#include "dla/edit/front_matter.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;
using edit::format_front_matter;
using edit::yaml_scalar;

namespace {

// The note formatted, which must go without a problem; formatting it again changes nothing.
std::string formatted(const std::string& note) {
    const auto once = format_front_matter("notes/n.md", note, util::Lang::fr);
    std::string problems;
    for (const auto& d : once.problems) problems += diag::format(d) + "\n";
    CHECK_MESSAGE(problems.empty(), problems);
    CHECK_FALSE(once.unsafe);
    CHECK(once.changed == (once.text != note));
    const auto twice = format_front_matter("notes/n.md", once.text, util::Lang::fr);
    CHECK_FALSE(twice.changed);
    CHECK(twice.text == once.text);
    return once.text;
}

std::string messages(const edit::FormattedNote& note) {
    std::string out;
    for (const auto& d : note.problems) out += diag::format(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("yaml_scalar") {
    SUBCASE("plain when every reader reads the text back") {
        CHECK(yaml_scalar("InterDLA N°4") == "InterDLA N°4");
        CHECK(yaml_scalar("Jeanne Martin (Association Alpha)") == "Jeanne Martin (Association Alpha)");
        CHECK(yaml_scalar("Communication, productions régionales et égalité F H") ==
              "Communication, productions régionales et égalité F H");
        CHECK(yaml_scalar("l'équipe") == "l'équipe");
    }
    SUBCASE("quoted when YAML needs it") {
        CHECK(yaml_scalar("") == "\"\"");
        CHECK(yaml_scalar("Point : budget") == "\"Point : budget\"");
        CHECK(yaml_scalar("#interdla") == "\"#interdla\"");
        CHECK(yaml_scalar("Equipe #2") == "\"Equipe #2\"");
        CHECK(yaml_scalar("- liste") == "\"- liste\"");
        CHECK(yaml_scalar("[brouillon]") == "\"[brouillon]\"");
        CHECK(yaml_scalar(" espace") == "\" espace\"");
        CHECK(yaml_scalar("dit \"oui\"") == "dit \"oui\"");
        CHECK(yaml_scalar("\"oui\"") == "\"\\\"oui\\\"\"");
    }
    SUBCASE("quoted when another reader would take it for something else") {
        CHECK(yaml_scalar("yes") == "\"yes\"");
        CHECK(yaml_scalar("No") == "\"No\"");
        CHECK(yaml_scalar("Non") == "Non");
        CHECK(yaml_scalar("null") == "\"null\"");
        CHECK(yaml_scalar("~") == "\"~\"");
        CHECK(yaml_scalar("59") == "\"59\"");
        CHECK(yaml_scalar("02-80") == "\"02-80\"");
        CHECK(yaml_scalar("10:00") == "\"10:00\"");
        CHECK(yaml_scalar("1.5") == "\"1.5\"");
        CHECK(yaml_scalar("DLA 59") == "DLA 59");
    }
    SUBCASE("always quoted when asked") {
        CHECK(yaml_scalar("10:00 Tour d'actualités", true) == "\"10:00 Tour d'actualités\"");
    }
}

TEST_CASE("format_front_matter") {
    SUBCASE("a canonical note is left as it is") {
        const std::string note =
            "---\ntitle: InterDLA N°7\nseries: interdla\nnumber: 7\ndate: 2024-09-12\ntime: \"10:00\"\n"
            "format: hybride\nlocation: Maison des associations, Lille\ntheme: Gouvernance associative\n"
            "attendees:\n  - Jeanne Martin (Association Alpha)\n  - Paul Durand (Coopérative Beta)\n"
            "excused:\n  - Lucie Bernard (Réseau Gamma)\nminute-taker: Jeanne Martin (Association Alpha)\n"
            "agenda:\n  - \"10:00 Tour d'actualités\"\n  - \"11:00 Préparation du séminaire\"\n"
            "tags: [interdla, compte-rendu]\n---\n\n## Tour d'actualités\n";
        const auto result = format_front_matter("n.md", note, util::Lang::fr);
        CHECK_FALSE(result.changed);
        CHECK(result.text == note);
        CHECK(result.problems.empty());
    }
    SUBCASE("keys in order, unknown keys last in their own order") {
        CHECK(formatted("---\ntags: [a]\ndate: 2024-09-12\nlayout: post\ntitle: T\n---\nCorps\n") ==
              "---\ntitle: T\ndate: 2024-09-12\ntags: [a]\nlayout: post\n---\nCorps\n");
    }
    SUBCASE("comments travel with the key below them; blank lines between keys go") {
        CHECK(formatted("---\n# à relire\n\ndate: 2024-09-12   # reportée\n\n# officiel\n# (voté)\ntitle: T\n"
                        "# fin de l'en-tête\n---\n") ==
              "---\n# à relire\n# officiel\n# (voté)\ntitle: T\n# fin de l'en-tête\ndate: 2024-09-12   # reportée\n---\n");
        // Above the first key: the top of the front matter, which stays the top.
        CHECK(formatted("---\n# relu par Paul\ntags: [a]\n# le titre\ntitle: T\n---\n") ==
              "---\n# relu par Paul\n# le titre\ntitle: T\ntags: [a]\n---\n");
    }
    SUBCASE("the date in ISO; a date-time is kept") {
        CHECK(formatted("---\ndate: 12/09/2024\n---\n") == "---\ndate: 2024-09-12\n---\n");
        CHECK(formatted("---\ndate: 4 avril 2024\n---\n") == "---\ndate: 2024-04-04\n---\n");
        CHECK(formatted("---\ndate: \"2024-04-04\"\n---\n") == "---\ndate: 2024-04-04\n---\n");
        CHECK(formatted("---\ndate: 2024-04-04T10:00:00+02:00\n---\n") == "---\ndate: 2024-04-04T10:00:00+02:00\n---\n");
        // Unreadable: kept for `dla check` to report.
        CHECK(formatted("---\ndate: bientôt\n---\n") == "---\ndate: bientôt\n---\n");
    }
    SUBCASE("time and number") {
        CHECK(formatted("---\ntime: 10h30\nnumber: \"7\"\n---\n") == "---\nnumber: 7\ntime: \"10:30\"\n---\n");
        CHECK(formatted("---\ntime: 9h – 12h\n---\n") == "---\ntime: \"09:00-12:00\"\n---\n");
        CHECK(formatted("---\nnumber: sept\n---\n") == "---\nnumber: sept\n---\n");
    }
    SUBCASE("scalars: plain unless needed") {
        CHECK(formatted("---\ntitle: \"InterDLA N°4\"\nseries: '59'\nlocation: yes\n---\n") ==
              "---\ntitle: InterDLA N°4\nseries: \"59\"\nlocation: \"yes\"\n---\n");
        CHECK(formatted("---\ntheme: >\n  Gouvernance\n  associative\ntitle: T\n---\n") ==
              "---\ntitle: T\ntheme: >\n  Gouvernance\n  associative\n---\n");
    }
    SUBCASE("people one per line as Name (Organisation)") {
        CHECK(formatted("---\nattendees: [\"Jeanne Martin (Association Alpha)\", Paul Durand]\n---\n") ==
              "---\nattendees:\n  - Jeanne Martin (Association Alpha)\n  - Paul Durand\n---\n");
        CHECK(formatted("---\nattendees:\n- {name: Jeanne Martin, org: Association Alpha}\n"
                        "- {nom: Paul Durand, structure: Coopérative Beta, rôle: animateur}\n---\n") ==
              "---\nattendees:\n  - Jeanne Martin (Association Alpha)\n"
              "  - {name: Paul Durand, org: Coopérative Beta, role: animateur}\n---\n");
        CHECK(formatted("---\nexcused:  # personne\nabsent: [ ]\n---\n") == "---\nexcused:  # personne\nabsent: []\n---\n");
        CHECK(formatted("---\nattendees: [Jeanne Martin (Association Alpha),\n  Paul Durand]\n---\n") ==
              "---\nattendees:\n  - Jeanne Martin (Association Alpha)\n  - Paul Durand\n---\n");
        const std::string flow_comment = "---\nattendees: [Jeanne Martin,  # DLA 59\n  Paul Durand]\n---\n";
        CHECK(formatted(flow_comment) == flow_comment);
        CHECK(formatted("---\nminute_taker:\n  name: Jeanne Martin\n  org: Association Alpha\n---\n") ==
              "---\nminute-taker: Jeanne Martin (Association Alpha)\n---\n");
        // Both spellings there: neither renamed (the reader says duplicate-field of neither),
        // the synonym placed with its field.
        CHECK(formatted("---\nminute_taker: Paul Durand\ntitle: T\nminute-taker: Jeanne Martin\n---\n") ==
              "---\ntitle: T\nminute_taker: Paul Durand\nminute-taker: Jeanne Martin\n---\n");
    }
    SUBCASE("a list with a comment among its items keeps its lines") {
        const std::string note = "---\nattendees:\n  # DLA 59\n  - \"Jeanne Martin (Association Alpha)\"\n---\n";
        CHECK(formatted(note) == note);
        const std::string email = "---\nattendees:\n  - {name: Jeanne Martin, email: j@exemple.org}\n---\n";
        CHECK(formatted(email) == email);
    }
    SUBCASE("agenda: one quoted line per item, times in ISO") {
        CHECK(formatted("---\nagenda:\n  - 10h Tour de table\n  - \"11h15 : Séminaire\"\n  - Divers\n---\n") ==
              "---\nagenda:\n  - \"10:00 Tour de table\"\n  - \"11:15 Séminaire\"\n  - \"Divers\"\n---\n");
        const std::string maps = "---\nagenda:\n  - {time: \"10:00\", title: Tour de table}\n---\n";
        CHECK(formatted(maps) == maps);
    }
    SUBCASE("events and unknown keys keep their lines") {
        const std::string note = "---\ntitle: T\nevents:\n  - {date: 10 et 11 juin, subject: Séminaire}\n"
                                 "custom:\n    deep:   [1,2]\n---\n";
        CHECK(formatted(note) == note);
    }
    SUBCASE("the body is untouched, the front matter ends its lines as its first line") {
        const std::string body = "\r\n## Corps  \r\n\nligne LF\r\n- [ ] Action   \r\n\r\n";
        const std::string note = "---\r\ndate: 12/09/2024\r\ntitle: T\n---\r\n" + body;
        const std::string out = formatted(note);
        CHECK(out == "---\r\ntitle: T\r\ndate: 2024-09-12\r\n---\r\n" + body);
    }
    SUBCASE("a byte order mark, no line end at the end") {
        CHECK(formatted("\xEF\xBB\xBF---\ndate: 2024-09-12\ntitle: T\n---") == "\xEF\xBB\xBF---\ntitle: T\ndate: 2024-09-12\n---");
        CHECK(formatted("---\ndate: 2024-09-12\ntitle: T\n---\nfin sans retour") ==
              "---\ntitle: T\ndate: 2024-09-12\n---\nfin sans retour");
    }
    SUBCASE("nothing to do") {
        CHECK(formatted("---\n---\nCorps\n") == "---\n---\nCorps\n");
        CHECK(formatted("---\n# rien\n---\n") == "---\n# rien\n---\n");
        CHECK(formatted("---\n{title: T, date: 2024-09-12}\n---\n") == "---\n{title: T, date: 2024-09-12}\n---\n");
    }
    SUBCASE("what would not read the same is left as it is") {
        // A kept trailing blank line of `|+` would be lost with the blank lines between keys.
        const std::string note = "---\nnotes: |+\n  a\n\ntitle: T\n---\n";
        const auto result = format_front_matter("n.md", note, util::Lang::fr);
        CHECK(result.unsafe);
        CHECK_FALSE(result.changed);
        CHECK(result.text == note);
    }
}

TEST_CASE("format_front_matter: problems leave the note as it is") {
    auto check_left = [](const std::string& note, const std::string& expected) {
        const auto result = format_front_matter("notes/n.md", note, util::Lang::fr);
        CHECK_FALSE(result.changed);
        CHECK(result.text == note);
        CHECK(messages(result) == expected);
    };
    check_left("# Sans en-tête\n", "notes/n.md:1:1: error: pas d'en-tête YAML : la note doit commencer par une ligne --- [front-matter-missing]\n");
    check_left("", "notes/n.md:1:1: error: fichier vide : une note commence par un en-tête YAML entre deux lignes --- [front-matter-missing]\n");
    check_left("---\ntitle: T\n", "notes/n.md:1:1: error: en-tête YAML jamais fermé : ajoutez une ligne --- à sa fin [front-matter-unclosed]\n");
    check_left("---\ntitle: T\ndate: [2024\n---\n",
               "notes/n.md:4:1: error: il manque la fin d'un crochet, d'une accolade ou d'une liste [yaml-syntax]\n");
    check_left("---\n- a\n---\n",
               "notes/n.md:2:1: error: l'en-tête YAML est une liste : il doit être fait de lignes « clé: valeur » [front-matter-not-mapping]\n");
    check_left("---\ntitle: A\ntitle: B\n---\n",
               "notes/n.md:3:1: error: « title » est écrit deux fois (déjà ligne 2) : seule la dernière valeur compte [duplicate-field]\n");
    check_left("---\ntitle: \xE9t\xE9\n---\n",
               "notes/n.md:2:8: error: octets qui ne sont pas de l'UTF-8 : enregistrez le fichier en UTF-8 [not-utf8]\n");
}
