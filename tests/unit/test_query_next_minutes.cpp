#include "dla/query/next_minutes.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/query/actions.hpp"
#include "dla/util/failure.hpp"

using namespace dla;
using query::NextMinutesOptions;
using util::Date;

namespace {

// A fictional network: one series with a pattern and usual time and format, two departments.
model::Config network() {
    model::Config c;
    c.series.push_back({"interdla", "InterDLA N°{number}", util::Time{10, 0}, "visio", "", {}});
    c.series.push_back({"copil", "Comité de pilotage n°{number}", std::nullopt, "présentiel", "Amiens", {"Jeanne", "Paul Durand", "Inconnue (Réseau Delta)", "jeanne"}});
    c.departments.push_back({"59", "DLA 59 Nord", "Association Alpha", {}});
    c.departments.push_back({"02-80", "DLA 02-80 Aisne-Somme", "", {}});
    c.people.push_back({"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""});
    c.people.push_back({"Paul Durand", "Coopérative Beta", {"Paul"}, ""});
    c.people.push_back({"Amina Diallo", "Réseau Gamma", {"Amina"}, ""});
    model::index_directory(c);
    return c;
}

model::Meeting note(const std::string& path, const std::string& front, const std::string& body = "") {
    diag::Sink sink;
    model::Meeting m = parse::parse_note(path, "---\n" + front + "---\n\n" + body, network(), sink);
    std::string problems;
    for (const auto& d : sink.diagnostics())
        if (d.severity == diag::Severity::error) problems += diag::format(d) + "\n";
    CHECK_MESSAGE(problems.empty(), problems);
    return m;
}

// InterDLA N°3 (14 March) and N°4 (4 April), the N°4 announcing N°5 on 2 May.
std::vector<model::Meeting> repository() {
    return {
        note("notes/2024/2024-03-14-interdla-3.md",
             "title: InterDLA N°3\nseries: interdla\nnumber: 3\ndate: 2024-03-14\nattendees:\n"
             "  - Jeanne Martin (Association Alpha)\n  - Paul Durand (Coopérative Beta)\n",
             "## Actions\n\n"
             "- [ ] Envoyer la trame @Jeanne 📅 2024-03-28 ^trame\n"
             "- [ ] Réserver la salle @Paul 📅 2024-04-22 ^salle\n"
             "- [ ] Relancer les fondations @Amina 📅 2024-04-01\n"),
        note("notes/2024/2024-04-04-interdla-4.md",
             "title: InterDLA N°4\nseries: interdla\nnumber: 4\ndate: 2024-04-04\nattendees:\n"
             "  - Jeanne Martin (Association Alpha)\n  - Amina Diallo (Réseau Gamma)\n"
             "  - Jeanne Martin (Association Alpha)\n",
             "## Tour d'actualités\n\n### DLA 59\n\n- Des demandes\n\n"
             "## Suivi des actions\n\n"
             "- [x] Envoyer la trame @Jeanne ✅ 2024-04-02 ^trame\n"
             "- [ ] Réserver la salle @Paul 📅 2024-04-30 ^salle\n\n"
             "## Actions\n\n- [ ] Contacter la DREETS @Paul 📅 2024-05-15\n\n"
             "## Prochaines dates\n\n| Date | Horaire | Format | Sujet |\n|---|---|---|---|\n"
             "| 11 avril 2024 | | Présentiel Arras | Séminaire des acteurs |\n"
             "| 2 mai 2024 | 9h30 – 12h | Présentiel (Lille) | InterDLA : gouvernance et bénévolat |\n"
             "| 10 et 11 juin 2024 | | Présentiel | Séminaire DLA |\n"
             "| 20 juin 2024 | | Visio matin | Café des prestataires |\n"
             "| 4 juillet 2024 | | Visio matin | InterDLA |\n"),
    };
}

NextMinutesOptions on(Date today) {
    NextMinutesOptions o;
    o.today = today;
    return o;
}

std::vector<std::string> names(const std::vector<model::Attendee>& people) {
    std::vector<std::string> out;
    for (const auto& a : people) out.push_back(a.organisation.empty() ? a.name : a.name + " (" + a.organisation + ")");
    return out;
}

std::vector<std::string> tasks(const query::MinutesPlan& plan) {
    std::vector<std::string> out;
    for (const auto& c : plan.carried) out.push_back(c.action.text + " ^" + c.action.id + (c.generated_id ? " (new)" : ""));
    return out;
}

}  // namespace

TEST_CASE("choose_series") {
    const auto meetings = repository();
    model::Config config = network();
    SUBCASE("named, compared folded") { CHECK(query::choose_series(meetings, config, "CoPil") == "copil"); }
    SUBCASE("default-series of dla.yaml first") {
        config.default_series = "copil";
        CHECK(query::choose_series(meetings, config, "") == "copil");
    }
    SUBCASE("else the newest note's") { CHECK(query::choose_series(meetings, config, "") == "interdla"); }
    SUBCASE("else the only series of dla.yaml") {
        config.series.pop_back();
        CHECK(query::choose_series({}, config, "") == "interdla");
    }
    SUBCASE("unknown: the known ones listed") {
        try {
            (void)query::choose_series(meetings, config, "seminaire");
            FAIL("no failure");
        } catch (const util::Failure& f) {
            CHECK(f.phrase().in(util::Lang::fr) == "série inconnue « seminaire » ; séries connues : interdla, copil");
        }
    }
    SUBCASE("no series anywhere") {
        CHECK_THROWS_AS((void)query::choose_series({}, model::Config{}, "interdla"), util::Failure);
        CHECK_THROWS_AS((void)query::choose_series({}, model::Config{}, ""), util::Failure);
    }
}

TEST_CASE("names_series") {
    const model::Series interdla{"interdla", "InterDLA N°{number}", std::nullopt, "", "", {}};
    CHECK(query::names_series("InterDLA", interdla));
    CHECK(query::names_series("InterDLA N°5", interdla));
    CHECK(query::names_series("interdla : codev", interdla));
    CHECK(query::names_series("InterDLA (Aract?)", interdla));
    CHECK_FALSE(query::names_series("InterDLAB", interdla));
    CHECK_FALSE(query::names_series("Café des prestataires", interdla));
    CHECK_FALSE(query::names_series("", interdla));
    const model::Series seminar{"seminaire", "Séminaire des DLA {number}", std::nullopt, "", "", {}};
    CHECK(query::names_series("séminaire des DLA", seminar));
    CHECK_FALSE(query::names_series("Séminaire des acteurs", seminar));
    const model::Series bare{"comite-appui", "", std::nullopt, "", "", {}};
    CHECK(query::names_series("Comité d'appui", bare) == false);
    CHECK(query::names_series("comite appui du 59", bare));
}

TEST_CASE("plan_next_minutes") {
    const auto meetings = repository();
    const model::Config config = network();

    SUBCASE("N°5 on the next date the calendar gives the series") {
        const auto plan = query::plan_next_minutes(meetings, config, on(Date{2024, 4, 10}));
        CHECK(plan.series == "interdla");
        CHECK(plan.number == 5);
        CHECK(plan.title == "InterDLA N°5");
        CHECK(plan.date == Date{2024, 5, 2});
        CHECK(plan.date_source == query::DateSource::calendar);
        REQUIRE(plan.planned);
        CHECK(plan.planned->path == "notes/2024/2024-04-04-interdla-4.md");
        CHECK(plan.time == util::Time{9, 30});
        CHECK(plan.end_time == util::Time{12, 0});
        CHECK(plan.format == "présentiel");
        CHECK(plan.theme == "gouvernance et bénévolat");
        CHECK(plan.path == "notes/2024/2024-05-02-interdla-5.md");
        // Present at N°4 or N°3 (the last meetings of the series), newest first, each once.
        CHECK_FALSE(plan.attendees_from_members);
        REQUIRE(plan.previous);
        CHECK(plan.previous->title == "InterDLA N°4");
        CHECK(names(plan.attendees) == std::vector<std::string>{"Jeanne Martin (Association Alpha)", "Amina Diallo (Réseau Gamma)",
                                                                "Paul Durand (Coopérative Beta)"});
        // Open: the room (its newest mention), the foundations (no id), the DREETS (no id); not the done one.
        CHECK(tasks(plan) == std::vector<std::string>{
                                 "Relancer les fondations ^" +
                                     query::implicit_action_id("Relancer les fondations", "notes/2024/2024-03-14-interdla-3.md") + " (new)",
                                 "Réserver la salle ^salle",
                                 "Contacter la DREETS ^" +
                                     query::implicit_action_id("Contacter la DREETS", "notes/2024/2024-04-04-interdla-4.md") + " (new)"});
        CHECK(plan.carried[0].overdue);
        CHECK(plan.carried[0].path == "notes/2024/2024-03-14-interdla-3.md");
        CHECK(plan.carried[0].line == 15);
        CHECK(plan.carried[1].action.due == Date{2024, 4, 30});
        CHECK(plan.carried[1].path == "notes/2024/2024-04-04-interdla-4.md");
        CHECK(plan.carried[1].meeting == "InterDLA N°3");
        CHECK(plan.departments == std::vector<std::string>{"DLA 59", "DLA 02-80"});
        // The dates after 2 May only.
        REQUIRE(plan.upcoming.size() == 3);
        CHECK(plan.upcoming[0].event.subject == "Séminaire DLA");
        CHECK(plan.upcoming[1].event.subject == "Café des prestataires");
        CHECK(plan.upcoming[2].event.subject == "InterDLA");
    }
    SUBCASE("the next meeting has its minutes already: they are named") {
        auto more = meetings;
        more.push_back(note("notes/2024/2024-05-02-interdla-5.md", "title: InterDLA N°5\nseries: interdla\nnumber: 5\ndate: 2024-05-02\n"));
        const auto plan = query::plan_next_minutes(more, config, on(Date{2024, 4, 10}));
        CHECK(plan.date == Date{2024, 5, 2});
        CHECK(plan.existing == &more.back());
        CHECK_FALSE(query::plan_next_minutes(meetings, config, on(Date{2024, 4, 10})).existing);
    }
    SUBCASE("after the meeting of 2 May: the next one, with the series' time and format") {
        auto more = meetings;
        more.push_back(note("notes/2024/2024-05-02-interdla-5.md", "title: InterDLA N°5\nseries: interdla\nnumber: 5\ndate: 2024-05-02\n"));
        const auto plan = query::plan_next_minutes(more, config, on(Date{2024, 5, 2}));
        CHECK(plan.number == 6);
        CHECK(plan.date == Date{2024, 7, 4});
        CHECK_FALSE(plan.existing);
        CHECK(plan.time == util::Time{10, 0});  // the row has none: the series'
        CHECK(plan.format == "visio");          // "Visio matin"
        CHECK(plan.theme == "");
        CHECK(plan.previous == &more.back());
    }
    SUBCASE("the meeting of today is the next one while it has no minutes") {
        const auto plan = query::plan_next_minutes(meetings, config, on(Date{2024, 5, 2}));
        CHECK(plan.date == Date{2024, 5, 2});
        CHECK_FALSE(plan.existing);
    }
    SUBCASE("nothing planned: today, with the series' time and format") {
        const auto plan = query::plan_next_minutes(meetings, config, on(Date{2024, 8, 1}));
        CHECK(plan.date == Date{2024, 8, 1});
        CHECK(plan.date_source == query::DateSource::today);
        CHECK_FALSE(plan.planned);
        CHECK(plan.time == util::Time{10, 0});
        CHECK(plan.format == "visio");
        CHECK(plan.upcoming.empty());
        // 30 April and 15 May have passed: still open, overdue.
        CHECK(plan.carried.size() == 3);
        CHECK(plan.carried[2].overdue);
    }
    SUBCASE("the options win") {
        NextMinutesOptions o = on(Date{2024, 4, 10});
        o.date = Date{2024, 6, 10};
        o.time = util::TimeRange{util::Time{14, 0}, std::nullopt};
        o.format = "hybride";
        o.theme = "Codev";
        const auto plan = query::plan_next_minutes(meetings, config, o);
        CHECK(plan.date == Date{2024, 6, 10});
        CHECK(plan.date_source == query::DateSource::option);
        CHECK(plan.time == util::Time{14, 0});
        CHECK_FALSE(plan.end_time);
        CHECK(plan.format == "hybride");
        CHECK(plan.theme == "Codev");
        CHECK(plan.path == "notes/2024/2024-06-10-interdla-5.md");
        // Not the seminar of 10 and 11 June: it starts that day.
        REQUIRE(plan.upcoming.size() == 2);
        CHECK(plan.upcoming[0].event.subject == "Café des prestataires");
    }
    SUBCASE("--date on a planned day takes that day's time and format") {
        NextMinutesOptions o = on(Date{2024, 4, 10});
        o.date = Date{2024, 7, 4};
        const auto plan = query::plan_next_minutes(meetings, config, o);
        REQUIRE(plan.planned);
        CHECK(plan.format == "visio");
        CHECK(plan.upcoming.empty());
    }
    SUBCASE("a date before a meeting: the actions as they were then") {
        NextMinutesOptions o = on(Date{2024, 4, 10});
        o.date = Date{2024, 3, 20};
        const auto plan = query::plan_next_minutes(meetings, config, o);
        CHECK(plan.number == 5);
        CHECK(plan.previous->title == "InterDLA N°3");
        CHECK(tasks(plan).size() == 3);  // trame, salle and fondations were open on 20 March
        CHECK(plan.carried[0].action.text == "Envoyer la trame");
    }
    SUBCASE("members: resolved through the directory, each once") {
        NextMinutesOptions o = on(Date{2024, 4, 10});
        o.series = "copil";
        const auto plan = query::plan_next_minutes(meetings, config, o);
        CHECK(plan.number == 1);
        CHECK(plan.title == "Comité de pilotage n°1");
        CHECK(plan.attendees_from_members);
        CHECK(names(plan.attendees) == std::vector<std::string>{"Jeanne Martin (Association Alpha)",
                                                                 "Paul Durand (Coopérative Beta)",
                                                                 "Inconnue (Réseau Delta)"});
        CHECK(plan.format == "présentiel");
        CHECK(plan.location == "Amiens");
        CHECK_FALSE(plan.time);
        CHECK(plan.carried.empty());  // the actions of another series stay there
        CHECK(plan.date == Date{2024, 4, 10});
    }
    SUBCASE("an action carried under its generated id by an earlier run is carried once") {
        auto more = meetings;
        const std::string id = query::implicit_action_id("Relancer les fondations", "notes/2024/2024-03-14-interdla-3.md");
        more.push_back(note("notes/2024/2024-05-02-interdla-5.md",
                            "title: InterDLA N°5\nseries: interdla\nnumber: 5\ndate: 2024-05-02\n",
                            "## Suivi des actions\n\n- [ ] Relancer les fondations @Amina 📅 2024-04-01 ^" + id + "\n"));
        NextMinutesOptions o = on(Date{2024, 5, 3});
        const auto plan = query::plan_next_minutes(more, config, o);
        const auto t = tasks(plan);
        CHECK(std::count(t.begin(), t.end(), "Relancer les fondations ^" + id) == 1);
        CHECK(std::count(t.begin(), t.end(), "Relancer les fondations ^" + id + " (new)") == 0);
    }
    SUBCASE("a series only the notes know: the title from the previous one") {
        auto more = meetings;
        more.push_back(note("notes/2024/2024-02-01-atelier-2.md", "title: Atelier 2 des DLA\nseries: atelier\nnumber: 2\ndate: 2024-02-01\n"));
        NextMinutesOptions o = on(Date{2024, 4, 10});
        o.series = "Atelier";
        const auto plan = query::plan_next_minutes(more, config, o);
        CHECK(plan.series == "atelier");
        CHECK(plan.title == "Atelier 3 des DLA");
        CHECK(plan.date == Date{2024, 4, 10});
        CHECK(plan.format == "");
        CHECK(plan.departments == std::vector<std::string>{"DLA 59", "DLA 02-80"});
    }
    SUBCASE("no departments in dla.yaml: the previous meeting's headings") {
        model::Config bare = config;
        bare.departments.clear();
        const auto plan = query::plan_next_minutes(meetings, bare, on(Date{2024, 4, 10}));
        CHECK(plan.departments == std::vector<std::string>{"DLA 59"});
    }
}
