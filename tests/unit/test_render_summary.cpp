#include "dla/render/summary.hpp"

#include <doctest/doctest.h>

#include "dla/render/attendance.hpp"
#include "dla/render/news.hpp"
#include "dla/util/text.hpp"

using namespace dla;

TEST_CASE("news_brief") {
    const std::string text = "Beaucoup de demandes depuis avril ; Dialogue de gestion le 6 juin ; Une chargée de mission part";
    SUBCASE("short enough: as it is") { CHECK(render::news_brief("Comité d'appui le 23 mai", 40, 2) == "Comité d'appui le 23 mai"); }
    SUBCASE("two lines at most, the second ending in an ellipsis at a word boundary") {
        CHECK(render::news_brief(text, 40, 2) == "Beaucoup de demandes depuis avril ;\nDialogue de gestion le 6 juin ; Une …");
        CHECK(render::news_brief(text, 40, 1) == "Beaucoup de demandes depuis avril ; …");
    }
    SUBCASE("exactly two lines: no ellipsis") {
        CHECK(render::news_brief("aaaa bbbb cccc", 9, 2) == "aaaa bbbb\ncccc");
    }
}

TEST_CASE("wrapped") {
    CHECK(render::wrapped("  • ", "    ", "un deux trois quatre cinq six sept huit neuf dix onze", 30) ==
          "  • un deux trois quatre cinq\n    six sept huit neuf dix\n    onze\n");  // 26 columns after the indent
    CHECK(render::wrapped("", "", "sans largeur", 0) == "sans largeur\n");
}

TEST_CASE("scope_text") {
    render::ReportScope scope;
    CHECK(render::scope_text(scope) == "");
    CHECK(render::no_meeting_text(scope) == "Aucune réunion tenue dans les comptes rendus.");
    scope.since = util::Date{2024, 7, 1};
    CHECK(render::no_meeting_text(scope) == "Aucune réunion tenue depuis le 1er juillet 2024.");
    scope.until = util::Date{2024, 7, 31};
    scope.series = "interdla";
    CHECK(render::no_meeting_text(scope) == "Aucune réunion tenue dans la série « interdla », du 1er juillet 2024 au 31 juillet 2024.");
    scope.lang = util::Lang::en;
    scope.series.clear();
    scope.since.reset();
    CHECK(render::no_meeting_text(scope) == "No meeting held until 31 July 2024.");
}

TEST_CASE("attendance_text") {
    // Eight meetings, one person present at all but the third, excused there.
    std::vector<model::Meeting> meetings(8);
    query::Attendance a;
    query::AttendanceRow row;
    row.key = "jeanne martin";
    row.name = "Jeanne Martin";
    row.organisation = "Association Alpha";
    row.department = "59";
    for (int i = 0; i < 8; ++i) {
        meetings[i].title = "InterDLA N°" + std::to_string(i + 1);
        meetings[i].date = util::Date{2024, i + 1, 10};
        a.meetings.push_back(&meetings[i]);
        row.marks.push_back(i == 2 ? query::Presence::excused : query::Presence::present);
    }
    row.attended = 7;
    row.excused = 1;
    row.last_attended = util::Date{2024, 8, 10};
    a.rows.push_back(row);
    const render::ReportScope scope;
    const render::Style plain(false);

    SUBCASE("unlimited: every meeting") {
        const std::string out = render::attendance_text(a, query::AttendanceBy::person, scope, plain, 0);
        CHECK(out.starts_with("Nom            Organisation       DLA  10/01  10/02  10/03  10/04  10/05  10/06  10/07  10/08  "
                              "Présences  Taux  Dernière présence\n"
                              "Jeanne Martin  Association Alpha  59   ✓      ✓      E      ✓      ✓      ✓      ✓      ✓      "
                              "        7  88 %  2024-08-10\n"));
        CHECK(out.find("non affichées") == std::string::npos);
        CHECK(out.ends_with("1 personne sur 8 réunions\n"));
    }
    SUBCASE("narrow: the oldest meetings are left out until a row fits on a line, and said so") {
        const std::string out = render::attendance_text(a, query::AttendanceBy::person, scope, plain, 100);
        for (const auto& line : util::split_trimmed(out, "\n")) CHECK(util::utf8_length(line) <= 100);
        CHECK(out.find("10/01") == std::string::npos);
        CHECK(out.find("10/08") != std::string::npos);
        CHECK(out.find("Réunions les plus anciennes non affichées faute de place : 5 ;") != std::string::npos);
        CHECK(out.find("88 %") != std::string::npos);  // the rate still counts every meeting
    }
    SUBCASE("no meeting") {
        CHECK(render::attendance_text({}, query::AttendanceBy::person, scope, plain, 80) ==
              "Aucune réunion tenue dans les comptes rendus.\n");
    }
    SUBCASE("CSV: ISO dates, whole percentages") {
        const std::string csv = render::attendance_table(a, query::AttendanceBy::person, util::Lang::fr, 0, true).csv(false);
        CHECK(csv.starts_with("Nom,Organisation,DLA,2024-01-10,2024-02-10,"));
        CHECK(csv.find(",7,88,2024-08-10\r\n") != std::string::npos);
    }
    SUBCASE("rate_text") {
        CHECK(render::rate_text(row, util::Lang::fr) == "88 %");
        CHECK(render::rate_text(row, util::Lang::en) == "88%");
    }
}
