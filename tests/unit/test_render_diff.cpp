#include "dla/render/diff.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;
using query::Change;
using query::ChangeKind;
using query::NoteDiff;
using util::Date;
using util::DateRange;

namespace {

NoteDiff note(std::vector<Change> changes, query::NoteStatus status = query::NoteStatus::modified) {
    return NoteDiff{status, "notes/2024/2024-04-04-interdla-4.md", "notes/2024/2024-04-04-interdla-4.md", "InterDLA N°4",
                    Date{2024, 4, 4}, std::move(changes)};
}

model::Action action(std::string text, std::vector<std::string> owners, std::optional<Date> due, std::string id = {}) {
    model::Action a;
    a.text = std::move(text);
    a.owners = std::move(owners);
    a.due = due;
    a.id = std::move(id);
    return a;
}

}  // namespace

TEST_CASE("diff_text") {
    const render::Style plain(false);
    SUBCASE("nothing") {
        CHECK(render::diff_text({}, util::Lang::fr, plain) == "Aucun changement dans les comptes rendus.\n");
        CHECK(render::diff_text({}, util::Lang::en, plain) == "No change in the minutes.\n");
    }
    SUBCASE("dates say their year only when it is not the meeting's") {
        const auto a = action("Diffuser le compte rendu", {"Jeanne"}, Date{2024, 4, 12});
        const std::vector<NoteDiff> notes{note({
            {.kind = ChangeKind::action_redated, .subject = a.text, .before = Date{2024, 4, 22}, .after = Date{2024, 4, 30}, .action = a, .line = 9},
            {.kind = ChangeKind::action_redated, .subject = a.text, .before = Date{2024, 12, 20}, .after = Date{2025, 1, 10}, .action = a, .line = 9},
            {.kind = ChangeKind::action_redated, .subject = a.text, .before = query::Value(), .after = Date{2024, 4, 30}, .action = a, .line = 9},
            {.kind = ChangeKind::event_moved, .subject = "Café des prestataires", .before = DateRange{{2024, 6, 20}, {2024, 6, 20}},
             .after = DateRange{{2024, 6, 27}, {2024, 6, 27}}, .line = 30},
            {.kind = ChangeKind::event_added, .subject = "", .after = DateRange{{2025, 1, 9}, {2025, 1, 9}}, .line = 31},
        })};
        CHECK(render::diff_text(notes, util::Lang::fr, plain) ==
              "notes/2024/2024-04-04-interdla-4.md — InterDLA N°4, 4 avril 2024\n"
              "  ~ échéance 22/04 → 30/04 : Diffuser le compte rendu\n"
              "  ~ échéance 20/12 → 10/01/2025 : Diffuser le compte rendu\n"
              "  ~ échéance aucune → 30/04 : Diffuser le compte rendu\n"
              "  ~ Café des prestataires : 20 juin → 27 juin\n"
              "  + date : 9 janvier 2025 — (sans sujet)\n"
              "\n1 note concernée, 5 changements\n");
        CHECK(render::diff_text(notes, util::Lang::en, plain).find("  ~ Café des prestataires: 20 June → 27 June\n") !=
              std::string::npos);
    }
    SUBCASE("a dropped action is a warning, in red on a terminal") {
        const auto a = action("Contacter la DREETS", {"Paul", "Coopérative Beta"}, Date{2024, 4, 30}, "dreets");
        const std::vector<NoteDiff> notes{note({{.kind = ChangeKind::action_dropped, .subject = a.text, .action = a, .old_line = 12}},
                                               query::NoteStatus::removed)};
        CHECK(render::diff_text(notes, util::Lang::fr, plain) ==
              "notes/2024/2024-04-04-interdla-4.md — InterDLA N°4, 4 avril 2024 — note supprimée\n"
              "  ! action ouverte supprimée sans être faite ni annulée : Contacter la DREETS "
              "(@Paul, Coopérative Beta, échéance 30/04, ^dreets)\n"
              "\n1 note concernée, 1 changement, dont 1 action ouverte supprimée : à vérifier\n");
        const std::string coloured = render::diff_text(notes, util::Lang::fr, render::Style(true));
        CHECK(coloured.find("\x1b[1m\x1b[31m  ! action ouverte") != std::string::npos);
    }
}

TEST_CASE("diff_markdown") {
    const load::Revision from{"origin/main", "0123456789012345678901234567890123456789"};
    const std::vector<NoteDiff> notes{note({
        {.kind = ChangeKind::attendee_added, .subject = "Karim Petit", .field = "attendees",
         .person = model::Attendee{"Karim Petit", "Coopérative Beta", "", 9}, .line = 9},
        {.kind = ChangeKind::decision_changed, .subject = "B", .before = std::string("A"), .after = std::string("B"), .line = 20, .old_line = 20},
        {.kind = ChangeKind::other},
    })};
    CHECK(render::diff_markdown(notes, from, {}, util::Lang::fr) ==
          "### Comptes rendus : ce qui change de `origin/main` à la copie de travail\n\n"
          "**InterDLA N°4**, 4 avril 2024 (`notes/2024/2024-04-04-interdla-4.md`)\n\n"
          "- ➕ **présent·e** : Karim Petit (Coopérative Beta)\n"
          "- ✏️ **décision** : « A » → « B »\n"
          "- ✏️ autres modifications (mise en forme, champs que dla ne lit pas)\n\n"
          "1 note concernée, 3 changements\n");
    CHECK(render::diff_markdown({}, from, from, util::Lang::en) ==
          "### Minutes: what changes from `origin/main` to `origin/main`\n\nNo change in the minutes.\n");
}

TEST_CASE("diff_json") {
    const auto a = action("Réserver la salle", {"Paul"}, Date{2024, 4, 22}, "salle");
    const std::vector<NoteDiff> notes{note({{.kind = ChangeKind::action_closed, .subject = a.text, .before = std::string("open"),
                                             .after = std::string("done"), .action = a, .other_note = "notes/n3.md", .line = 9}},
                                           query::NoteStatus::added)};
    CHECK(render::diff_json(notes, {"HEAD", "abc"}, {}) == R"({
  "from": {
    "revision": "HEAD",
    "commit": "abc"
  },
  "to": {
    "revision": null,
    "commit": null
  },
  "notes": [
    {
      "path": "notes/2024/2024-04-04-interdla-4.md",
      "old_path": "notes/2024/2024-04-04-interdla-4.md",
      "status": "added",
      "title": "InterDLA N°4",
      "date": "2024-04-04",
      "changes": [
        {
          "kind": "action_closed",
          "warning": false,
          "subject": "Réserver la salle",
          "field": null,
          "before": "open",
          "after": "done",
          "action": {
            "id": "salle",
            "text": "Réserver la salle",
            "status": "open",
            "owners": [
              "Paul"
            ],
            "due": "2024-04-22"
          },
          "other_note": "notes/n3.md",
          "line": 9,
          "old_line": null
        }
      ]
    }
  ]
}
)");
}
