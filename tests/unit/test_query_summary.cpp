#include "dla/query/summary.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/query/scope.hpp"

using namespace dla;

namespace {

model::Config network() {
    model::Config c;
    c.departments = {{"59", "DLA 59 Nord", "Association Alpha", {}}, {"60", "DLA 60 Oise", "Réseau Gamma", {}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""},
                {"Karim Petit", "Association Alpha", {"Karim"}, ""},
                {"Paul Durand", "Coopérative Beta", {"Paul"}, ""}};
    model::index_directory(c);
    return c;
}

model::Meeting note(const std::string& date, const std::string& front, const std::string& body) {
    diag::Sink sink;
    model::Meeting m = parse::parse_note("notes/" + date + ".md",
                                         "---\ntitle: InterDLA du " + date + "\nseries: interdla\ndate: " + date + "\n" + front +
                                             "---\n\n" + body,
                                         network(), sink);
    std::string problems;
    // People outside the directory are deliberate here: only their warning is expected.
    for (const auto& d : sink.diagnostics())
        if (d.rule_id != "unknown-attendee") problems += diag::format(d) + "\n";
    CHECK_MESSAGE(problems.empty(), problems);
    return m;
}

const std::vector<model::Meeting>& meetings_fixture() {
    static const std::vector<model::Meeting> meetings = {
        note("2024-03-14", "attendees:\n  - Jeanne (Association Alpha)\n  - Karim (Coopérative Beta)\n",
             "## Tour d'actualités\n\n### DLA 59\n\n- Deux collectifs\n\n## Actions\n\n"
             "- [ ] Relire la fiche @Karim 📅 2024-04-30 ^fiche\n- [ ] Contacter la DREETS @Paul 📅 2024-03-29\n"
             "- [ ] Écrire le guide @Jeanne ^guide\n"),
        note("2024-05-16",
             "attendees:\n  - Jeanne Martin (Association Alpha)\n  - Karim Petit (Association Alpha)\n  - Invité (Fondation Zeta)\n"
             "excused:\n  - Paul (Coopérative Beta)\n",
             "## Tour d'actualités\n\n### DLA 59\n\n- Demandes **en hausse**\n- Collectifs :\n  - Aisne\n  - Somme\n"
             "- Dialogue de gestion (juin)\n  - avec la DREETS\n\n"
             "## Suivi des actions\n\n- [x] Écrire le guide @Jeanne ✅ 2024-05-10 ^guide\n\n"
             "## Actions\n\n- [ ] Diffuser le compte rendu @Karim 📅 2024-05-24\n\n"
             "## Prochaines dates\n\n| Date | Sujet |\n|---|---|\n| 13 juin 2024 | A |\n| 4 juillet 2024 | B |\n"
             "| 12 septembre 2024 | C |\n| 10 octobre 2024 | D |\n"),
        note("2024-06-13", "attendees:\n  - Paul\n", ""),  // prepared in advance
    };
    return meetings;
}

std::vector<std::string> texts(const std::vector<query::TrackedAction>& actions) {
    std::vector<std::string> out;
    for (const auto& t : actions) out.push_back(t.action.text);
    return out;
}

constexpr util::Date k_today{2024, 6, 1};

}  // namespace

TEST_CASE("summarise") {
    const model::Config config = network();
    const auto& all = meetings_fixture();

    SUBCASE("one meeting") {
        const auto s = query::summarise(all, {&all[1]}, config, k_today);
        REQUIRE(s.present.size() == 2);
        CHECK(s.present[0].organisation == "Association Alpha");
        REQUIRE(s.present[0].people.size() == 2);
        CHECK(s.present[0].people[0].name == "Jeanne Martin");
        CHECK(s.present[0].people[0].meetings == 1);
        CHECK(s.present[1].organisation == "Fondation Zeta");
        CHECK(s.present_count == 3);
        REQUIRE(s.excused.size() == 1);
        CHECK(s.excused[0].people[0].name == "Paul Durand");
        CHECK(s.excused_count == 1);
        // Raised there, with today's status; open ones raised before, whatever became of the others.
        CHECK(texts(s.raised) == std::vector<std::string>{"Diffuser le compte rendu"});
        CHECK(s.raised[0].overdue);
        CHECK(texts(s.still_open) == std::vector<std::string>{"Contacter la DREETS", "Relire la fiche"});
        // News: one text per department, sub-items after their item.
        REQUIRE(s.news.size() == 1);
        CHECK(s.news[0].label == "DLA 59 Nord");
        CHECK(s.news[0].text == "Demandes en hausse ; Collectifs : Aisne, Somme ; Dialogue de gestion (juin) — avec la DREETS");
        REQUIRE(s.silent.size() == 1);
        CHECK(s.silent[0]->id == "60");
        // The next three dates from today; the planned meeting of 13 June is the table's first row.
        REQUIRE(s.next_dates.size() == 3);
        CHECK(s.next_dates[0].event.subject == "A");
        CHECK(s.next_dates[2].event.subject == "C");
    }
    SUBCASE("a period: people counted over its meetings, grouped by their latest organisation") {
        const auto scope = query::held_meetings(all, {k_today, "", util::Date{2024, 1, 1}, {}});
        REQUIRE(scope.size() == 2);
        const auto s = query::summarise(all, scope, config, k_today);
        REQUIRE(s.present.size() == 2);
        CHECK(s.present[0].organisation == "Association Alpha");
        CHECK(s.present[0].people[1].name == "Karim Petit");
        CHECK(s.present[0].people[1].meetings == 2);
        CHECK(s.excused.size() == 1);
        CHECK(texts(s.raised) ==
              std::vector<std::string>{"Contacter la DREETS", "Relire la fiche", "Diffuser le compte rendu", "Écrire le guide"});
        CHECK(s.still_open.empty());
        CHECK(s.news[0].entries.size() == 2);
        CHECK(s.news[0].text.ends_with(" ; Deux collectifs"));  // newest meeting first
    }
    SUBCASE("the oldest meeting: its actions with what became of them") {
        const auto s = query::summarise(all, {&all[0]}, config, k_today);
        CHECK(s.raised.size() == 3);
        CHECK(s.still_open.empty());
        CHECK(s.present[1].organisation == "Coopérative Beta");  // Karim's organisation at that meeting
    }
    SUBCASE("no meeting") {
        const auto s = query::summarise(all, {}, config, k_today);
        CHECK(s.present.empty());
        CHECK(s.raised.empty());
        CHECK(s.still_open.empty());
        CHECK(s.silent.size() == 2);
    }
}
