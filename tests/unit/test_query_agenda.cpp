#include "dla/query/agenda.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/query/find_action.hpp"

using namespace dla;
using util::Date;

namespace {

model::Meeting parsed(const std::string& path, const std::string& text) {
    diag::Sink sink;
    return parse::parse_note(path, text, model::Config{}, sink);
}

// Two notes: the N°4 carries ^salle and raises two actions; the N°3 alone holds « Relancer ».
std::vector<model::Meeting> notes() {
    std::vector<model::Meeting> out;
    out.push_back(parsed("notes/3.md", "---\ntitle: N3\ndate: 2024-03-14\n---\n\n## Actions\n\n"
                                       "- [ ] Relancer les fondations @Amina 📅 2024-04-15\n"
                                       "- [ ] Réserver la salle @Paul 📅 2024-04-22 ^salle\n"));
    out.push_back(parsed("notes/4.md", "---\ntitle: N4\ndate: 2024-04-04\n---\n\n## Actions\n\n"
                                       "- [ ] Réserver la salle @Paul 📅 2024-04-30 ^salle\n"
                                       "- [ ] Relire les annexes @Jeanne 📅 2024-05-02\n"
                                       "- [x] Diffuser le compte rendu @Jeanne 📅 2024-04-29 ✅ 2024-04-10\n\n"
                                       "## Prochaines dates\n\n| Date | Sujet |\n|---|---|\n"
                                       "| du 30 avril au 1er mai 2024 | Séminaire |\n| 20 juin 2024 | Café |\n"));
    return out;
}

std::vector<std::string> texts(const std::vector<const query::TrackedAction*>& actions) {
    std::vector<std::string> out;
    for (const auto* t : actions) out.push_back(t->action.text);
    return out;
}

}  // namespace

TEST_CASE("make_agenda") {
    const auto meetings = notes();
    const auto actions = query::track_actions(meetings, Date{2024, 4, 28});
    SUBCASE("overdue first, then the days holding something, a two-day event on each of them") {
        const query::Agenda a = query::make_agenda(meetings, actions, Date{2024, 4, 28}, 7);
        CHECK(a.from == Date{2024, 4, 28});
        CHECK(a.to == Date{2024, 5, 4});
        CHECK(texts(a.overdue) == std::vector<std::string>{"Relancer les fondations"});
        REQUIRE(a.days.size() == 3);
        CHECK(a.days[0].date == Date{2024, 4, 30});
        CHECK(a.days[0].events.size() == 1);
        CHECK(texts(a.days[0].actions) == std::vector<std::string>{"Réserver la salle"});
        CHECK(a.days[1].date == Date{2024, 5, 1});
        CHECK(a.days[1].events.front().event.subject == "Séminaire");
        CHECK(a.days[1].actions.empty());
        CHECK(texts(a.days[2].actions) == std::vector<std::string>{"Relire les annexes"});
    }
    SUBCASE("one day at least") {
        const query::Agenda a = query::make_agenda(meetings, actions, Date{2024, 6, 20}, 0);
        CHECK(a.to == Date{2024, 6, 20});
        REQUIRE(a.days.size() == 1);
        CHECK(a.days[0].events.front().event.subject == "Café");
    }
}

TEST_CASE("month_span") {
    CHECK(query::month_span(Date{2024, 4, 29}) == 30);   // to 28 May
    CHECK(query::month_span(Date{2024, 12, 15}) == 31);  // to 14 January
    CHECK(query::month_span(Date{2024, 1, 31}) == 30);   // to 29 February, no 31 February
}

TEST_CASE("find_actions") {
    const auto meetings = notes();
    const auto actions = query::track_actions(meetings, Date{2024, 4, 28});
    auto find = [&](std::string_view wanted) { return texts(query::find_actions(actions, wanted)); };
    SUBCASE("the ^id, with or without ^, then a prefix of an id") {
        CHECK(find("^salle") == std::vector<std::string>{"Réserver la salle"});
        CHECK(find("sal") == std::vector<std::string>{"Réserver la salle"});
        CHECK(find(query::implicit_action_id("Relancer les fondations", "notes/3.md")) ==
              std::vector<std::string>{"Relancer les fondations"});
    }
    SUBCASE("a piece of the text, accents and case aside") {
        CHECK(find("RESERVER") == std::vector<std::string>{"Réserver la salle"});
        CHECK(find("les") == std::vector<std::string>{"Relancer les fondations", "Relire les annexes"});
        CHECK(find("séminaire d'hiver").empty());
        CHECK(find("").empty());
    }
    SUBCASE("several: the one the command would change, when it is alone") {
        auto not_done = [](const query::TrackedAction& t) { return t.action.status != model::ActionStatus::done; };
        auto done = [](const query::TrackedAction& t) { return t.action.status == model::ActionStatus::done; };
        CHECK(texts(query::find_actions(actions, "e", done)) == std::vector<std::string>{"Diffuser le compte rendu"});
        CHECK(query::find_actions(actions, "e", not_done).size() == 4);
    }
}
