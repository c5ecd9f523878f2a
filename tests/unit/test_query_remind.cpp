#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/query/remind.hpp"

using namespace dla;

namespace {

model::Config directory() {
    model::Config c;
    c.departments = {{"59", "DLA 59 Nord", "Association Alpha", {}, "dla59@exemple.org"},
                     {"62", "DLA 62", "Coopérative Beta", {}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne", "JM"}, "jeanne.martin@exemple.org"},
                {"Paul Durand", "Coopérative Beta", {"Paul"}, ""}};
    model::index_directory(c);
    return c;
}

std::vector<std::string> texts(const query::Reminder& r) {
    std::vector<std::string> out;
    for (const auto& t : r.actions) out.push_back(t.action.text);
    return out;
}

constexpr util::Date k_today{2024, 4, 10};

}  // namespace

TEST_CASE("owner_address") {
    const model::Config c = directory();
    CHECK(query::owner_address("Jeanne", c) == "jeanne.martin@exemple.org");
    CHECK(query::owner_address("Paul", c) == "");
    CHECK(query::owner_address("DLA 59", c) == "dla59@exemple.org");
    CHECK(query::owner_address("Association Alpha", c) == "dla59@exemple.org");  // the department it carries
    CHECK(query::owner_address("Coopérative Beta", c) == "");
    CHECK(query::owner_address("Inconnue", c) == "");
}

TEST_CASE("reminders") {
    const model::Config c = directory();
    diag::Sink sink;
    const std::vector<model::Meeting> meetings = {parse::parse_note("a.md", "---\ntitle: T\ndate: 2024-03-14\n---\n"
                                                       "- [ ] En retard @Jeanne 📅 2024-04-01\n"
                                                       "- [ ] Bientôt @JM @Paul 📅 2024-04-17\n"
                                                       "- [ ] Plus tard @Jeanne 📅 2024-04-18\n"
                                                       "- [ ] Sans date @Jeanne\n"
                                                       "- [x] Faite @Jeanne 📅 2024-04-02\n"
                                                       "- [ ] Sans responsable 📅 2024-04-02\n"
                                                       "- [ ] Du département [owner:: DLA 59] 📅 2024-04-12\n"
                                                       "- [ ] Deux alias @Jeanne @JM 📅 2024-04-11\n"
                                                       "- [ ] De l'association [owner:: Association Alpha] 📅 2024-04-13\n", c, sink)};
    const auto tracked = query::track_actions(meetings, k_today);

    SUBCASE("overdue and due within the days, one reminder per recipient, sorted by name") {
        const auto list = query::reminders(tracked, c, k_today, 7, "");
        REQUIRE(list.size() == 3);
        CHECK(list[0].name == "DLA 59 Nord");
        CHECK(list[0].address == "dla59@exemple.org");
        CHECK(texts(list[0]) == std::vector<std::string>{"Du département", "De l'association"});  // one address
        CHECK(list[1].name == "Jeanne Martin");
        CHECK(list[1].address == "jeanne.martin@exemple.org");
        CHECK(texts(list[1]) == std::vector<std::string>{"En retard", "Deux alias", "Bientôt"});
        CHECK(list[1].actions[0].overdue);
        CHECK(list[2].name == "Paul Durand");
        CHECK(list[2].address == "");
        CHECK(texts(list[2]) == std::vector<std::string>{"Bientôt"});
    }
    SUBCASE("the last day is included") {
        const auto list = query::reminders(tracked, c, k_today, 8, "Jeanne Martin");
        REQUIRE(list.size() == 1);
        CHECK(texts(list[0]) == std::vector<std::string>{"En retard", "Deux alias", "Bientôt", "Plus tard"});
    }
    SUBCASE("--days 0: the overdue and today's") {
        const auto list = query::reminders(tracked, c, k_today, 0, "");
        REQUIRE(list.size() == 1);
        CHECK(texts(list[0]) == std::vector<std::string>{"En retard"});
    }
    SUBCASE("--owner: that owner only, not the co-owners of their actions") {
        const auto list = query::reminders(tracked, c, k_today, 7, "Paul");
        REQUIRE(list.size() == 1);
        CHECK(list[0].name == "Paul Durand");
    }
}
