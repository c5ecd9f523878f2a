#include "dla/query/attendance.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/query/scope.hpp"

using namespace dla;
using query::AttendanceBy;
using query::Presence;

namespace {

// A fictional network: Karim moved from Coopérative Beta to Association Alpha.
model::Config network() {
    model::Config c;
    c.departments = {{"59", "DLA 59 Nord", "Association Alpha", {}},
                     {"62", "DLA 62 Pas-de-Calais", "Coopérative Beta", {}},
                     {"60", "DLA 60 Oise", "Réseau Gamma", {}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne", "Jeanne M"}, ""},
                {"Karim Petit", "Association Alpha", {"Karim"}, ""},
                {"Paul Durand", "Coopérative Beta", {"Paul"}, ""}};
    model::index_directory(c);
    return c;
}

// A note dated `date` whose front matter adds `people` (attendees:, excused:…); it must read cleanly.
model::Meeting note(const std::string& date, const std::string& people) {
    diag::Sink sink;
    model::Meeting m = parse::parse_note("notes/" + date + ".md", "---\ntitle: Réunion\ndate: " + date + "\n" + people + "---\n",
                                         network(), sink);
    std::string problems;
    // People outside the directory are deliberate here: only their warning is expected.
    for (const auto& d : sink.diagnostics())
        if (d.rule_id != "unknown-attendee") problems += diag::format(d) + "\n";
    CHECK_MESSAGE(problems.empty(), problems);
    return m;
}

std::vector<const model::Meeting*> all(const std::vector<model::Meeting>& meetings) {
    return query::held_meetings(meetings, {util::Date{2030, 1, 1}, "", {}, {}});
}

const query::AttendanceRow& row(const query::Attendance& a, const std::string& name) {
    for (const auto& r : a.rows)
        if (r.name == name) return r;
    FAIL("no row " << name);
    return a.rows.front();
}

std::vector<std::string> names(const query::Attendance& a) {
    std::vector<std::string> out;
    for (const auto& r : a.rows) out.push_back(r.name);
    return out;
}

// Built on first use: parsing at static-initialisation time would run before the parser's own statics.
const std::vector<model::Meeting>& meetings_fixture() {
    static const std::vector<model::Meeting> meetings = {
    note("2024-01-11", "attendees:\n  - Jeanne M (Association Alpha)\n  - Karim (Coopérative Beta)\n  - Paul Durand (Coopérative Beta)\n"
                       "excused:\n  - Amina Diallo (Réseau Gamma)\n"),
    note("2024-02-08", "attendees:\n  - Jeanne Martin (Association Alpha)\n  - Karim Petit (Association Alpha)\n"
                       "  - Amina Diallo (Réseau Gamma)\nexcused:\n  - Paul (Coopérative Beta)\n"),
    note("2024-03-14", "attendees:\n  - Karim Petit\n  - Invitée Externe (Fondation Zeta)\nabsent:\n  - Paul Durand (Coopérative Beta)\n"
                       "minute-taker: Jeanne (Association Alpha)\n"),
    };
    return meetings;
}

}  // namespace

TEST_CASE("identify") {
    const auto config = network();
    SUBCASE("an alias is the person of the directory") {
        const auto p = query::identify({"Jeanne M", "Association Alpha", "", 1}, config);
        CHECK(p.name == "Jeanne Martin");
        CHECK(p.key == "jeanne martin");
        CHECK(p.organisation == "Association Alpha");
    }
    SUBCASE("the organisation written in the meeting wins over the directory's") {
        CHECK(query::identify({"Karim", "Coopérative Beta", "", 1}, config).organisation == "Coopérative Beta");
        CHECK(query::identify({"Karim", "", "", 1}, config).organisation == "Association Alpha");
    }
    SUBCASE("someone the directory does not know: the name as written, folded for identity") {
        const auto p = query::identify({"Élise  Roy", "", "", 1}, config);
        CHECK(p.name == "Élise  Roy");
        CHECK(p.key == "elise roy");
        CHECK(p.organisation.empty());
    }
}

TEST_CASE("department_of") {
    const auto config = network();
    REQUIRE(query::department_of(config, "coopérative beta") != nullptr);
    CHECK(query::department_of(config, "COOPERATIVE BETA")->id == "62");
    CHECK(query::department_of(config, "Fondation Zeta") == nullptr);
    CHECK(query::department_of(config, "") == nullptr);
}

TEST_CASE("attendance") {
    const auto config = network();
    const auto meetings = all(meetings_fixture());
    REQUIRE(meetings.size() == 3);

    SUBCASE("by person: aliases merged, latest organisation, minute-taker present") {
        const auto a = query::attendance(meetings, config, AttendanceBy::person);
        CHECK(names(a) == std::vector<std::string>{"Jeanne Martin", "Karim Petit", "Paul Durand", "Invitée Externe", "Amina Diallo"});
        const auto& jeanne = row(a, "Jeanne Martin");
        CHECK(jeanne.marks == std::vector<Presence>{Presence::present, Presence::present, Presence::present});
        CHECK(jeanne.attended == 3);
        CHECK(jeanne.rate() == doctest::Approx(1.0));
        const auto& karim = row(a, "Karim Petit");
        CHECK(karim.organisation == "Association Alpha");
        CHECK(karim.department == "59");
        const auto& paul = row(a, "Paul Durand");
        CHECK(paul.marks == std::vector<Presence>{Presence::present, Presence::excused, Presence::absent});
        CHECK(paul.attended == 1);
        CHECK(paul.excused == 1);
        CHECK(paul.last_attended == util::Date{2024, 1, 11});
        CHECK(paul.rate() == doctest::Approx(1.0 / 3));
        const auto& guest = row(a, "Invitée Externe");
        CHECK(guest.department.empty());
        CHECK(guest.first_seen > paul.first_seen);
        CHECK(row(a, "Amina Diallo").department == "60");
    }
    SUBCASE("by organisation: present when one of its people is, as written in each meeting") {
        const auto a = query::attendance(meetings, config, AttendanceBy::organisation);
        CHECK(names(a) == std::vector<std::string>{"Association Alpha", "Coopérative Beta", "Fondation Zeta", "Réseau Gamma"});
        // Karim was with Coopérative Beta on 11/01 only; Paul was excused on 08/02.
        CHECK(row(a, "Coopérative Beta").marks == std::vector<Presence>{Presence::present, Presence::excused, Presence::absent});
        CHECK(row(a, "Association Alpha").attended == 3);
        CHECK(row(a, "Réseau Gamma").marks == std::vector<Presence>{Presence::excused, Presence::present, Presence::absent});
    }
    SUBCASE("by department: every department of dla.yaml, then the people without one") {
        const auto a = query::attendance(meetings, config, AttendanceBy::department);
        REQUIRE(a.rows.size() == 4);
        CHECK(a.rows[0].name == "DLA 59 Nord");
        CHECK(a.rows[1].name == "DLA 62 Pas-de-Calais");
        CHECK(a.rows[1].marks == std::vector<Presence>{Presence::present, Presence::excused, Presence::absent});
        CHECK(a.rows[2].name == "DLA 60 Oise");
        CHECK(a.rows[2].attended == 1);
        CHECK(a.rows[3].key.empty());
        CHECK(a.rows[3].marks == std::vector<Presence>{Presence::absent, Presence::absent, Presence::present});
    }
    SUBCASE("a department that never came keeps its row") {
        auto config2 = config;
        config2.departments.push_back({"R", "DLA R", "Union Epsilon", {}});
        model::index_directory(config2);
        const auto a = query::attendance(meetings, config2, AttendanceBy::department);
        CHECK(row(a, "DLA R").attended == 0);
        CHECK_FALSE(row(a, "DLA R").last_attended.has_value());
    }
    SUBCASE("no meeting: no row but the departments, and a rate of 0") {
        const auto a = query::attendance({}, config, AttendanceBy::department);
        REQUIRE(a.rows.size() == 3);
        CHECK(a.rows[0].rate() == 0.0);
        CHECK(query::attendance({}, config, AttendanceBy::person).rows.empty());
    }
}

TEST_CASE("held_meetings") {
    std::vector<model::Meeting> meetings = meetings_fixture();
    meetings.push_back(note("2024-06-13", "attendees:\n  - Paul\n"));  // minutes prepared in advance
    meetings.back().series = "interdla";
    meetings[1].series = "interdla";
    auto dates = [](const std::vector<const model::Meeting*>& list) {
        std::vector<std::string> out;
        for (const auto* m : list) out.push_back(util::to_iso(*m->date));
        return out;
    };
    const util::Date today{2024, 6, 1};
    CHECK(dates(query::held_meetings(meetings, {today, "", {}, {}})) ==
          std::vector<std::string>{"2024-01-11", "2024-02-08", "2024-03-14"});
    CHECK(dates(query::held_meetings(meetings, {today, "", util::Date{2024, 2, 8}, util::Date{2024, 3, 13}})) ==
          std::vector<std::string>{"2024-02-08"});
    CHECK(dates(query::held_meetings(meetings, {today, "InterDLA", {}, {}})) == std::vector<std::string>{"2024-02-08"});
    CHECK(dates(query::held_meetings(meetings, {util::Date{2024, 6, 13}, "interdla", {}, {}})) ==
          std::vector<std::string>{"2024-02-08", "2024-06-13"});
}
