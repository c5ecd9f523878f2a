#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/query/actions.hpp"

using namespace dla;

namespace {

model::Config directory() {
    model::Config c;
    c.departments = {{"59", "DLA 59 Nord", "Association Alpha", {}}, {"62", "DLA 62", "Coopérative Beta", {}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""},
                {"Paul Durand", "Coopérative Beta", {"Paul"}, ""}};
    model::index_directory(c);
    return c;
}

model::Meeting note(const std::string& path, const std::string& date, const std::string& body) {
    diag::Sink sink;
    return parse::parse_note(path, "---\ntitle: T\nseries: interdla\ndate: " + date + "\n---\n" + body, directory(), sink);
}

const query::TrackedAction* find(const std::vector<query::TrackedAction>& list, const std::string& text) {
    for (const auto& t : list)
        if (t.action.text == text) return &t;
    return nullptr;
}

constexpr util::Date k_today{2024, 4, 10};

}  // namespace

TEST_CASE("track_actions") {
    SUBCASE("the newest meeting that mentions an id decides") {
        const std::vector<model::Meeting> meetings = {
            note("b.md", "2024-04-04", "- [x] Envoyer la trame @Jeanne ✅ 2024-04-02 ^trame\n"),
            note("a.md", "2024-03-14", "- [ ] Envoyer la trame @Jeanne 📅 2024-03-28 ^trame\n"),
        };
        const auto list = query::track_actions(meetings, k_today);
        REQUIRE(list.size() == 1);
        CHECK(list[0].action.status == model::ActionStatus::done);
        CHECK(list[0].first().meeting->path == "a.md");
        CHECK(list[0].latest().meeting->path == "b.md");
        CHECK(list[0].times_carried() == 1);
        CHECK(list[0].action.due == util::Date{2024, 3, 28});  // carried over: the newer mention omits it
        CHECK_FALSE(list[0].overdue);
    }
    SUBCASE("re-dated and re-assigned by the newer mention") {
        const std::vector<model::Meeting> meetings = {
            note("a.md", "2024-03-14", "- [ ] Réserver la salle @Jeanne 📅 2024-04-01 ^salle\n"),
            note("b.md", "2024-04-04", "- [ ] Réserver la salle @Paul 📅 2024-04-30 ^salle\n"),
        };
        const auto list = query::track_actions(meetings, k_today);
        REQUIRE(list.size() == 1);
        CHECK(list[0].action.owners == std::vector<std::string>{"Paul"});
        CHECK(list[0].action.due == util::Date{2024, 4, 30});
        CHECK_FALSE(list[0].overdue);
    }
    SUBCASE("an action without an id is itself, even with the same text") {
        const std::vector<model::Meeting> meetings = {
            note("a.md", "2024-03-14", "- [ ] Relancer @Paul\n"),
            note("b.md", "2024-04-04", "- [ ] Relancer @Paul\n"),
        };
        CHECK(query::track_actions(meetings, k_today).size() == 2);
    }
    SUBCASE("an action without an id, carried under its implicit id, is one action: the newest mention decides") {
        const std::string id = query::implicit_action_id("Relancer les fondations", "notes/2024/a.md");
        const std::vector<model::Meeting> meetings = {
            note("notes/2024/a.md", "2024-03-14", "- [ ] Relancer les fondations @Paul 📅 2024-03-30\n"),
            note("notes/2024/b.md", "2024-04-04",
                 "## Suivi des actions\n\n- [x] Relancer les fondations @Paul ✅ 2024-04-02 ^" + id + "\n"),
        };
        const auto list = query::track_actions(meetings, k_today);
        REQUIRE(list.size() == 1);
        CHECK(list[0].id == id);
        CHECK(list[0].action.status == model::ActionStatus::done);
        CHECK(list[0].first().meeting->path == "notes/2024/a.md");
        CHECK(list[0].times_carried() == 1);
    }
    SUBCASE("the same id twice in one note stays two actions") {
        const std::vector<model::Meeting> meetings = {
            note("a.md", "2024-03-14", "- [ ] Une @Paul ^x\n- [ ] Autre @Paul ^x\n"),
        };
        CHECK(query::track_actions(meetings, k_today).size() == 2);
    }
    SUBCASE("overdue: open and due before today only") {
        const std::vector<model::Meeting> meetings = {note("a.md", "2024-03-14",
            "- [ ] Hier @Paul 📅 2024-04-09\n- [ ] Aujourd'hui @Paul 📅 2024-04-10\n- [x] Faite @Paul 📅 2024-04-01\n")};
        const auto list = query::track_actions(meetings, k_today);
        CHECK(find(list, "Hier")->overdue);
        CHECK_FALSE(find(list, "Aujourd'hui")->overdue);
        CHECK_FALSE(find(list, "Faite")->overdue);
    }
    SUBCASE("sorted by due date, none last, then by the meeting that raised it") {
        const std::vector<model::Meeting> meetings = {
            note("b.md", "2024-04-04", "- [ ] Sans date B @Paul\n- [ ] Mai @Paul 📅 2024-05-01\n"),
            note("a.md", "2024-03-14", "- [ ] Sans date A @Paul\n- [ ] Avril @Paul 📅 2024-04-20\n"),
        };
        const auto list = query::track_actions(meetings, k_today);
        REQUIRE(list.size() == 4);
        CHECK(list[0].action.text == "Avril");
        CHECK(list[1].action.text == "Mai");
        CHECK(list[2].action.text == "Sans date A");
        CHECK(list[3].action.text == "Sans date B");
    }
    SUBCASE("an action under a department's news belongs to it") {
        const std::vector<model::Meeting> meetings = {note("a.md", "2024-03-14",
            "## Tour d'actualités\n\n### DLA 62\n\n- Des demandes\n- [ ] Partager le tableau @Paul\n\n## Actions\n\n- [ ] Autre @Paul\n")};
        const auto list = query::track_actions(meetings, k_today);
        CHECK(find(list, "Partager le tableau")->department == "62");
        CHECK(find(list, "Autre")->department == "");
    }
}

TEST_CASE("newest_mention") {
    model::Action older;
    older.text = "Envoyer la trame";
    older.owners = {"Jeanne"};
    older.due = util::Date{2024, 5, 15};
    model::Action newer;
    newer.status = model::ActionStatus::done;
    newer.id = "trame";
    SUBCASE("what the newer mention leaves out is the older one's") {
        const model::Action now = query::newest_mention(older, newer);
        CHECK(now.status == model::ActionStatus::done);
        CHECK(now.text == "Envoyer la trame");
        CHECK(now.owners == std::vector<std::string>{"Jeanne"});
        CHECK(now.due == util::Date{2024, 5, 15});
    }
    SUBCASE("what it says wins") {
        newer.text = "Envoyer la trame revue";
        newer.owners = {"Paul"};
        newer.due = util::Date{2024, 6, 1};
        const model::Action now = query::newest_mention(older, newer);
        CHECK(now.text == "Envoyer la trame revue");
        CHECK(now.owners == std::vector<std::string>{"Paul"});
        CHECK(now.due == util::Date{2024, 6, 1});
    }
}

TEST_CASE("implicit_action_id") {
    SUBCASE("a known value: the rule is documented in docs/format.md, it must not drift") {
        CHECK(query::implicit_action_id("Relancer les fondations", "notes/2024/2024-03-14-interdla-3.md") ==
              "relancer-les-fondations-c16e");
    }
    SUBCASE("whole words only, never a trailing link word") {
        // "du" would end it, "seminaire" does not fit in 24 characters: it stops on "salle".
        CHECK(query::implicit_action_id("Réserver la salle du séminaire d'automne", "n.md").starts_with("reserver-la-salle-"));
        CHECK(query::implicit_action_id("Réserver la salle du séminaire d'automne", "n.md").size() == 18 + 4);
        // One-letter words (elisions, à) are passed over.
        CHECK(query::implicit_action_id("Préparer l'été : café & échanges avec les partenaires", "n.md")
                  .starts_with("preparer-ete-cafe-"));
        // A word too long for an id is passed over, not cut.
        CHECK(query::implicit_action_id("Anticonstitutionnellement parlant", "n.md").starts_with("parlant-"));
        CHECK(query::implicit_action_id("🎉 !", "n.md").starts_with("action-"));
    }
    SUBCASE("the note's file name and the text decide, not the folders nor the line") {
        CHECK(query::implicit_action_id("Écrire", "notes/2024/n.md") == query::implicit_action_id("Écrire", "cr/n.md"));
        CHECK(query::implicit_action_id("Écrire", "n.md") != query::implicit_action_id("Écrire", "m.md"));
        CHECK(query::implicit_action_id("Écrire", "n.md") != query::implicit_action_id("Écrire vite", "n.md"));
    }
}

TEST_CASE("action_ids") {
    const model::Meeting m = note("n.md", "2024-03-14", "- [ ] Écrire @Paul\n- [ ] Lire @Paul ^lire\n- [ ] Écrire @Paul\n");
    const std::string first = query::implicit_action_id("Écrire", "n.md");
    CHECK(query::action_ids(m) == std::vector<std::string>{first, "lire", first + "-2"});
}

TEST_CASE("check_carried_ids") {
    const auto config = directory();
    const std::string implicit = query::implicit_action_id("Relancer", "a.md");
    const std::vector<model::Meeting> meetings = {
        note("a.md", "2024-03-14", "- [ ] Relancer @Paul\n- [ ] Trame @Paul ^trame\n"),
        note("b.md", "2024-04-04",
             "## Suivi des actions\n\n- [ ] Relancer @Paul ^" + implicit + "\n- [ ] Trame @Paul ^trame\n"
             "- [ ] Relancer @Paul ^relancer-0000\n\n## Actions\n\n- [ ] Nouvelle @Paul ^nouvelle\n"),
    };
    const auto found = query::check_carried_ids(meetings, config, util::Lang::fr);
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "b.md");
    CHECK(found[0].line == 10);
    CHECK(found[0].rule_id == "carried-id-unknown");
    CHECK(found[0].message ==
          "l'action reprise ^relancer-0000 ne correspond à aucune action d'un compte rendu antérieur (compte rendu renommé ? "
          "action reformulée ?) : elle est suivie comme une nouvelle action ; écrivez cet identifiant à la fin de l'action "
          "d'origine");
}

TEST_CASE("owner_matches") {
    const auto config = directory();
    SUBCASE("alias, full name, folded") {
        CHECK(query::owner_matches("Jeanne", "Jeanne Martin", config));
        CHECK(query::owner_matches("Jeanne Martin", "jeanne", config));
        CHECK(query::owner_matches("Jeanne", "JEANNE", config));
        CHECK_FALSE(query::owner_matches("Jeanne", "Paul", config));
    }
    SUBCASE("an organisation matches its people and itself") {
        CHECK(query::owner_matches("Jeanne", "Association Alpha", config));
        CHECK(query::owner_matches("Association Alpha", "association alpha", config));
        CHECK_FALSE(query::owner_matches("Paul", "Association Alpha", config));
    }
    SUBCASE("unknown owners match as written") {
        CHECK(query::owner_matches("Zoé", "zoe", config));
        CHECK_FALSE(query::owner_matches("Zoé", "Association Alpha", config));
    }
}

TEST_CASE("owner_name") {
    const auto config = directory();
    CHECK(query::owner_name("Paul", config) == "Paul Durand");
    CHECK(query::owner_name("Zoé", config) == "Zoé");
}

TEST_CASE("filter_actions") {
    const auto config = directory();
    const std::vector<model::Meeting> meetings = {
        note("notes/a.md", "2024-03-14",
             "## Tour d'actualités\n\n### DLA 62\n\n- [ ] Tableau @Paul 📅 2024-05-15\n\n## Actions\n\n"
             "- [ ] Trame @Jeanne 📅 2024-03-28 ^trame\n- [ ] Fondations @Zoé 📅 2024-04-01\n"
             "- [ ] Webinaire [owner:: Association Alpha] ^webinaire\n"),
        note("notes/b.md", "2024-04-04",
             "- [x] Trame @Jeanne ^trame\n- [-] Webinaire ^webinaire\n- [ ] DREETS [owner:: Coopérative Beta] 📅 2024-04-08\n"),
    };
    const auto all = query::track_actions(meetings, k_today);
    auto texts = [&](const query::ActionFilter& f) {
        std::vector<std::string> out;
        for (const auto& t : query::filter_actions(all, f, config)) out.push_back(t.action.text);
        return out;
    };
    using V = std::vector<std::string>;
    query::ActionFilter f;
    SUBCASE("open by default") { CHECK(texts(f) == V{"Fondations", "DREETS", "Tableau"}); }
    SUBCASE("status") {
        f.status = query::StatusFilter::done;
        CHECK(texts(f) == V{"Trame"});
        f.status = query::StatusFilter::cancelled;
        CHECK(texts(f) == V{"Webinaire"});
        f.status = query::StatusFilter::all;
        CHECK(texts(f).size() == 5);
    }
    SUBCASE("owner: a person, or everyone of an organisation and the organisation itself") {
        f.owner = "Paul Durand";
        CHECK(texts(f) == V{"Tableau"});
        f.owner = "Coopérative Beta";
        CHECK(texts(f) == V{"DREETS", "Tableau"});
        f.owner = "zoe";
        CHECK(texts(f) == V{"Fondations"});
    }
    SUBCASE("department: its news, its carrying organisation and its people") {
        f.department = "62";
        CHECK(texts(f) == V{"DREETS", "Tableau"});
        f.department = "DLA 59 Nord";
        f.status = query::StatusFilter::all;
        CHECK(texts(f) == V{"Trame", "Webinaire"});
    }
    SUBCASE("overdue") {
        f.overdue = true;
        CHECK(texts(f) == V{"Fondations", "DREETS"});
    }
    SUBCASE("due bounds are inclusive") {
        f.due_before = util::Date{2024, 4, 8};
        CHECK(texts(f) == V{"Fondations", "DREETS"});
        f.due_before.reset();
        f.due_after = util::Date{2024, 4, 8};
        CHECK(texts(f) == V{"DREETS", "Tableau"});
    }
    SUBCASE("meeting dates: the meeting that raised the action") {
        f.since = util::Date{2024, 4, 1};
        CHECK(texts(f) == V{"DREETS"});
        f.since.reset();
        f.until = util::Date{2024, 3, 31};
        CHECK(texts(f) == V{"Fondations", "Tableau"});
    }
    SUBCASE("series") {
        f.series = "interdla";
        CHECK(texts(f).size() == 3);
        f.series = "autre";
        CHECK(texts(f).empty());
    }
    SUBCASE("note: any note that mentions it") {
        f.status = query::StatusFilter::all;
        f.note = "notes/b.md";
        CHECK(texts(f) == V{"Trame", "DREETS", "Webinaire"});
    }
}
