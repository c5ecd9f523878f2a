#include "dla/query/diff.hpp"

#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"

// Lists of strings shown whole when a CHECK fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
    static doctest::String convert(const std::vector<std::string>& v) {
        std::string s = "{";
        for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ",\n \"" : "\"") + v[i] + "\"";
        return (s + "}").c_str();
    }
};

using namespace dla;
using query::diff_notes;
using query::NotesVersion;

namespace {

model::Config directory() {
    model::Config config;
    config.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""},
                     {"Paul Durand", "Coopérative Beta", {"Paul"}, ""},
                     {"Karim Petit", "Coopérative Beta", {"Karim"}, ""}};
    model::index_directory(config);
    return config;
}

// Files (path, text) read as `dla` reads them.
NotesVersion version(const std::vector<std::pair<std::string, std::string>>& files) {
    NotesVersion v;
    for (const auto& [path, text] : files) {
        diag::Sink sink;
        v.meetings.push_back(parse::parse_note(path, text, directory(), sink));
        v.bytes[path] = text;
    }
    return v;
}

std::string value(const query::Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* d = std::get_if<util::Date>(&v)) return util::to_iso(*d);
    if (const auto* r = std::get_if<util::DateRange>(&v)) return util::to_iso(r->start) + "/" + util::to_iso(r->end);
    if (const auto* t = std::get_if<util::TimeRange>(&v)) return util::to_iso(t->start) + (t->end ? "-" + util::to_iso(*t->end) : "");
    if (const auto* l = std::get_if<std::vector<std::string>>(&v)) {
        std::string out;
        for (const auto& s : *l) out += (out.empty() ? "" : ",") + s;
        return "[" + out + "]";
    }
    return "-";
}

// `status path` for each note, then `  kind subject (field) before > after @line/old_line other` per change.
std::vector<std::string> lines(const std::vector<query::NoteDiff>& notes) {
    std::vector<std::string> out;
    for (const auto& n : notes) {
        out.push_back(std::string(query::to_string(n.status)) + " " + n.path + (n.old_path != n.path && !n.old_path.empty() ? " < " + n.old_path : ""));
        for (const auto& c : n.changes) {
            std::string s = "  " + std::string(query::to_string(c.kind)) + " " + c.subject;
            if (!c.field.empty()) s += " (" + c.field + ")";
            if (c.before.index() || c.after.index()) s += " " + value(c.before) + " > " + value(c.after);
            s += " @" + std::to_string(c.line) + "/" + std::to_string(c.old_line);
            if (!c.other_note.empty()) s += " " + c.other_note;
            out.push_back(s);
        }
    }
    return out;
}

std::vector<std::string> diff(const std::vector<std::pair<std::string, std::string>>& before,
                              const std::vector<std::pair<std::string, std::string>>& after) {
    return lines(diff_notes(version(before), version(after), directory()));
}

const std::string k_n4 = "notes/2024-04-04-interdla-4.md";

// The InterDLA N°4 with `front` in its front matter (after title, series, number, date) and `body`.
std::string n4(const std::string& front, const std::string& body) {
    return "---\ntitle: InterDLA N°4\nseries: interdla\nnumber: 4\ndate: 2024-04-04\n" + front + "---\n\n" + body;
}

const std::string k_actions =
    "## Actions\n\n"
    "- [ ] Réserver la salle @Paul 📅 2024-04-22 ^salle\n"
    "- [ ] Diffuser le compte rendu @Jeanne 📅 2024-04-12\n"
    "- [x] Mettre à jour l'annuaire @Karim ✅ 2024-04-03\n"
    "- [ ] Contacter la DREETS @Paul\n";

}  // namespace

TEST_CASE("diff_notes: files") {
    SUBCASE("an untouched file is no change") {
        CHECK(diff({{k_n4, n4("", k_actions)}}, {{k_n4, n4("", k_actions)}}).empty());
    }
    SUBCASE("a change dla does not read") {
        CHECK(diff({{k_n4, n4("tags: [a]\n", k_actions)}}, {{k_n4, n4("tags: [b]\n", k_actions)}}) ==
              std::vector<std::string>{"modified " + k_n4, "  other  @0/0"});
    }
    SUBCASE("renamed: paired by series and number, else by date") {
        CHECK(diff({{k_n4, n4("", k_actions)}}, {{"notes/n4.md", n4("", k_actions)}}) ==
              std::vector<std::string>{"renamed notes/n4.md < " + k_n4});
        const std::string undated_series = "---\ntitle: Réunion\ndate: 2024-04-04\n---\n";
        CHECK(diff({{"a.md", undated_series}}, {{"b.md", undated_series + "\nTexte\n"}}) ==
              std::vector<std::string>{"renamed b.md < a.md", "  section_added  @6/0"});
    }
    SUBCASE("added and removed, sorted by path") {
        const auto out = diff({{"notes/b.md", n4("", "")}}, {{"notes/a.md", "---\ntitle: Autre\ndate: 2024-05-02\n---\n"}});
        CHECK(out == std::vector<std::string>{"added notes/a.md", "removed notes/b.md"});
    }
}

TEST_CASE("diff_notes: actions") {
    SUBCASE("closed, reopened, cancelled, re-dated, re-assigned") {
        const std::string after =
            "## Actions\n\n"
            "- [x] Réserver la salle @Paul 📅 2024-04-22 ✅ 2024-04-20 ^salle\n"
            "- [ ] Diffuser le compte rendu [owner:: Jeanne Martin] 📅 2024-04-19\n"
            "- [ ] Mettre à jour l'annuaire @Karim\n"
            "- [-] Contacter la DREETS @Karim @Jeanne\n";
        CHECK(diff({{k_n4, n4("", k_actions)}}, {{k_n4, n4("", after)}}) ==
              std::vector<std::string>{
                  "modified " + k_n4,
                  "  action_closed Réserver la salle open > done @10/10",
                  "  action_redated Diffuser le compte rendu 2024-04-12 > 2024-04-19 @11/11",
                  "  action_reopened Mettre à jour l'annuaire done > open @12/12",
                  "  action_cancelled Contacter la DREETS open > cancelled @13/13",
                  "  action_reassigned Contacter la DREETS [Paul] > [Karim,Jeanne] @13/13",
              });
    }
    SUBCASE("dropped (a warning), removed, added, reworded") {
        const std::string after =
            "## Actions\n\n"
            "- [ ] Diffuser le compte rendu aux membres @Jeanne 📅 2024-04-12\n"
            "- [ ] Écrire la fiche secteur @Karim\n";
        const auto notes = diff_notes(version({{k_n4, n4("", k_actions)}}), version({{k_n4, n4("", after)}}), directory());
        CHECK(lines(notes) == std::vector<std::string>{
                                  "modified " + k_n4,
                                  "  action_dropped Réserver la salle @0/10",
                                  "  action_reworded Diffuser le compte rendu aux membres Diffuser le compte rendu > "
                                  "Diffuser le compte rendu aux membres @10/11",
                                  "  action_added Écrire la fiche secteur @11/0",
                                  "  action_removed Mettre à jour l'annuaire @0/12",
                                  "  action_dropped Contacter la DREETS @0/13",
                              });
        CHECK(notes[0].changes[0].warning());
        CHECK_FALSE(notes[0].changes[3].warning());
    }
    SUBCASE("two different ids are two actions however alike") {
        const std::string before = "- [ ] Relancer la DREETS @Paul ^dreets-1\n";
        const std::string after = "- [ ] Relancer la DREETS @Paul ^dreets-2\n";
        CHECK(diff({{k_n4, n4("", before)}}, {{k_n4, n4("", after)}}) ==
              std::vector<std::string>{"modified " + k_n4, "  action_dropped Relancer la DREETS @0/8",
                                       "  action_added Relancer la DREETS @8/0"});
    }
    SUBCASE("new minutes closing an action of earlier minutes") {
        const std::string n5 =
            "---\ntitle: InterDLA N°5\nseries: interdla\nnumber: 5\ndate: 2024-05-02\n---\n\n## Suivi des actions\n\n"
            "- [x] Réserver la salle ✅ 2024-04-30 ^salle\n"
            "- [ ] Diffuser @Jeanne 📅 2024-05-10 ^diffusion\n"
            "- [ ] Relancer la Région @Paul ^region\n";
        const std::string n4_with_id = n4("", k_actions + "- [ ] Diffuser @Jeanne 📅 2024-04-12 ^diffusion\n"
                                                          "- [ ] Relancer la Région @Paul ^region\n");
        CHECK(diff({{k_n4, n4_with_id}}, {{k_n4, n4_with_id}, {"notes/n5.md", n5}}) ==
              std::vector<std::string>{
                  "added notes/n5.md",
                  // Owners left out of a follow-up are the owners still; the same state is no change.
                  "  action_closed Réserver la salle open > done @10/0 " + k_n4,
                  "  action_redated Diffuser 2024-04-12 > 2024-05-10 @11/0 " + k_n4,
              });
    }
    SUBCASE("an action taken out of a note but followed in another is no warning") {
        const std::string n3 = "---\ntitle: InterDLA N°3\nseries: interdla\nnumber: 3\ndate: 2024-03-14\n---\n\n"
                               "- [ ] Réserver la salle @Paul ^salle\n";
        CHECK(diff({{"n3.md", n3}, {k_n4, n4("", k_actions)}}, {{"n3.md", n3}}) ==
              std::vector<std::string>{"removed " + k_n4, "  action_moved Réserver la salle @0/10 n3.md",
                                       "  action_dropped Diffuser le compte rendu @0/11",
                                       "  action_dropped Contacter la DREETS @0/13"});
    }
}

TEST_CASE("diff_notes: people, fields, agenda, decisions") {
    SUBCASE("attendees added, removed, moved; the directory names the same person") {
        const std::string before = "attendees:\n  - Jeanne Martin (Association Alpha)\n  - Paul Durand (Coopérative Beta)\n"
                                   "excused:\n  - Lucie Bernard (Réseau Gamma)\n";
        const std::string after = "attendees:\n  - Jeanne (Association Alpha)\n  - Lucie Bernard (Réseau Gamma)\n"
                                  "  - Karim Petit (Coopérative Gamma)\n";
        CHECK(diff({{k_n4, n4(before, "")}}, {{k_n4, n4(after, "")}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  attendee_removed Paul Durand (attendees) @0/8",
                                       "  attendee_moved Lucie Bernard excused > attendees @8/10",
                                       "  attendee_added Karim Petit (attendees) @9/0"});
        CHECK(diff({{k_n4, n4("attendees: [Paul Durand (Coopérative Beta)]\n", "")}},
                   {{k_n4, n4("attendees: [Paul Durand (Réseau Gamma)]\n", "")}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  attendee_changed Paul Durand (attendees) Paul Durand (Coopérative Beta) > "
                                       "Paul Durand (Réseau Gamma) @6/6"});
    }
    SUBCASE("front-matter fields") {
        CHECK(diff({{k_n4, n4("time: \"10:00\"\nlocation: Lille\nminute-taker: Jeanne Martin\n", "")}},
                   {{k_n4, "---\ntitle: InterDLA N°4 bis\nseries: interdla\nnumber: 4\ndate: 2024-04-05\n"
                           "time: 9h – 12h\ntheme: Gouvernance\nminute-taker: Paul Durand\n---\n"}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  field_changed title (title) InterDLA N°4 > InterDLA N°4 bis @2/2",
                                       "  field_changed date (date) 2024-04-04 > 2024-04-05 @5/5",
                                       "  field_changed time (time) 10:00 > 09:00-12:00 @6/6",
                                       "  field_changed location (location) Lille > - @0/7",
                                       "  field_changed theme (theme) - > Gouvernance @7/0",
                                       "  field_changed minute-taker (minute-taker) Jeanne Martin > Paul Durand @8/8"});
    }
    SUBCASE("agenda") {
        CHECK(diff({{k_n4, n4("agenda:\n  - \"10:00 Tour d'actualités\"\n  - \"11:00 Séminaire\"\n", "")}},
                   {{k_n4, n4("agenda:\n  - \"10:30 Tour d'actualités\"\n  - \"11:30 Point LinkedIn\"\n", "")}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  agenda_changed Tour d'actualités (time) 10:00 > 10:30 @7/7",
                                       "  agenda_removed Séminaire 11:00 > - @0/8",
                                       "  agenda_added Point LinkedIn - > 11:30 @8/0"});
    }
    SUBCASE("decisions added, changed, removed") {
        const std::string before = "## Décisions\n\n- Le séminaire aura lieu à Arras.\n- Le compte rendu part sous huit jours.\n";
        const std::string after = "## Décisions\n\n- Le séminaire aura lieu à Amiens.\n- Un webinaire en juillet.\n";
        CHECK(diff({{k_n4, n4("", before)}}, {{k_n4, n4("", after)}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  decision_changed Le séminaire aura lieu à Amiens. Le séminaire aura lieu à Arras. > "
                                       "Le séminaire aura lieu à Amiens. @10/10",
                                       "  decision_removed Le compte rendu part sous huit jours. @0/11",
                                       "  decision_added Un webinaire en juillet. @11/0"});
    }
}

TEST_CASE("diff_notes: events and sections") {
    const std::string table = "## Prochaines dates\n\n| Date | Horaire | Format | Sujet |\n|---|---|---|---|\n";
    SUBCASE("added, removed, moved, changed") {
        const std::string before = table + "| 2 mai 2024 | 10h | Visio | InterDLA N°5 |\n"
                                           "| 20 juin 2024 | | Présentiel | Café des prestataires |\n"
                                           "| 4 juillet 2024 | | Visio | Webinaire |\n";
        const std::string after = table + "| 2 mai 2024 | 14h | Visio | InterDLA N°5 |\n"
                                          "| 27 juin 2024 | | Présentiel | Café des prestataires |\n"
                                          "| 11 juillet 2024 | | Visio | Atelier |\n"
                                          "| 10 et 11 juin 2024 | | Présentiel | Séminaire |\n";
        CHECK(diff({{k_n4, n4("", before)}}, {{k_n4, n4("", after)}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  event_changed InterDLA N°5 (time) 10:00 > 14:00 @12/12",
                                       "  event_moved Café des prestataires 2024-06-20/2024-06-20 > 2024-06-27/2024-06-27 @13/13",
                                       "  event_removed Webinaire 2024-07-04/2024-07-04 > - @0/14",
                                       "  event_added Atelier - > 2024-07-11/2024-07-11 @14/0",
                                       "  event_added Séminaire - > 2024-06-10/2024-06-11 @15/0"});
    }
    SUBCASE("a day kept, its subject changed") {
        CHECK(diff({{k_n4, n4("", table + "| 2 mai 2024 | | Visio | InterDLA N°5 |\n")}},
                   {{k_n4, n4("", table + "| 2 mai 2024 | | Visio | InterDLA N°5 (reportée) |\n")}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  event_changed InterDLA N°5 (reportée) (subject) InterDLA N°5 > InterDLA N°5 (reportée) @12/12"});
    }
    SUBCASE("sections: the text changed where nothing else says what") {
        const std::string before = "## Tour d'actualités\n\n- Beaucoup de demandes\n\n## Actions\n\n- [ ] Écrire la fiche secteur @Paul\n";
        const std::string after = "## Tour d'actualités\n\n- Beaucoup de demandes en mai\n\n## Actions\n\n- [ ] Écrire la fiche du secteur @Paul\n\n## Divers\n\nRien.\n";
        CHECK(diff({{k_n4, n4("", before)}}, {{k_n4, n4("", after)}}) ==
              std::vector<std::string>{"modified " + k_n4,
                                       "  action_reworded Écrire la fiche du secteur Écrire la fiche secteur > Écrire la fiche du secteur @14/14",
                                       "  section_changed Tour d'actualités @8/8",
                                       "  section_added Divers @16/0"});
    }
}

TEST_CASE("to_string") {
    CHECK(query::to_string(query::ChangeKind::action_dropped) == "action_dropped");
    CHECK(query::to_string(query::NoteStatus::renamed) == "renamed");
}
