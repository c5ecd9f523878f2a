#include "dla/render/calendar.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/render/json.hpp"

using namespace dla;
using render::Style;
using util::Date;
using util::Lang;
using util::Time;

namespace {

query::CalendarEvent event(Date start, Date end, const std::string& format, const std::string& subject) {
    query::CalendarEvent c;
    c.event.dates = {start, end};
    c.event.format = format;
    c.event.subject = subject;
    c.event.line = 265;
    c.series = "interdla";
    c.path = "notes/2024/2024-04-04-interdla-4.md";
    c.note_title = "InterDLA N°4";
    c.note_date = Date{2024, 4, 4};
    return c;
}

// Two events as the minutes of 4 April 2024 list them.
std::vector<query::CalendarEvent> minutes_events() {
    return {event({2024, 6, 10}, {2024, 6, 11}, "Présentiel", "InterDLA : codev"),
            event({2024, 6, 20}, {2024, 6, 20}, "Visio matin", "Café des prestataires")};
}

}  // namespace

TEST_CASE("event_time_text") {
    auto e = event({2024, 6, 10}, {2024, 6, 10}, "", "");
    SUBCASE("none") { CHECK(render::event_time_text(e.event, Lang::fr).empty()); }
    SUBCASE("a start") {
        e.event.time = Time{10, 0};
        CHECK(render::event_time_text(e.event, Lang::fr) == "10h");
        CHECK(render::event_time_text(e.event, Lang::en) == "10:00");
    }
    SUBCASE("a range") {
        e.event.time = Time{9, 30};
        e.event.end_time = Time{12, 0};
        CHECK(render::event_time_text(e.event, Lang::fr) == "9h30 – 12h");
        CHECK(render::event_time_text(e.event, Lang::en) == "09:30 – 12:00");
    }
}

TEST_CASE("calendar_table") {
    const Style plain(false);
    SUBCASE("dates in full; no time, place or series column when there is none") {
        CHECK(render::calendar_table(minutes_events(), Lang::fr, {2024, 4, 5}).terminal(0, plain) ==
              "Date                Format       Sujet\n"
              "10 et 11 juin 2024  Présentiel   InterDLA : codev\n"
              "20 juin 2024        Visio matin  Café des prestataires\n");
    }
    SUBCASE("time, place and series columns when needed, in English") {
        auto events = minutes_events();
        events[0].event.time = Time{9, 30};
        events[0].event.end_time = Time{17, 0};
        events[1].event.location = "Lille";
        events[1].series = "copil";
        CHECK(render::calendar_table(events, Lang::en, {2024, 4, 5}).terminal(0, plain) ==
              "Date                 Time           Format       Location  Subject                Series\n"
              "10 and 11 June 2024  09:30 – 17:00  Présentiel             InterDLA : codev       interdla\n"
              "20 June 2024                        Visio matin  Lille     Café des prestataires  copil\n");
    }
    SUBCASE("the next event strong, the past ones dim") {
        const auto table = render::calendar_table(minutes_events(), Lang::fr, {2024, 6, 12});
        CHECK(table.terminal(0, Style(true)) ==
              "\x1b[1mDate              \x1b[0m  \x1b[1mFormat     \x1b[0m  \x1b[1mSujet\x1b[0m\n"
              "\x1b[2m10 et 11 juin 2024\x1b[0m  \x1b[2mPrésentiel \x1b[0m  \x1b[2mInterDLA : codev\x1b[0m\n"
              "\x1b[1m20 juin 2024      \x1b[0m  \x1b[1mVisio matin\x1b[0m  \x1b[1mCafé des prestataires\x1b[0m\n");
    }
}

TEST_CASE("calendar_markdown_table") {
    SUBCASE("exactly the table of the minutes") {
        CHECK(render::calendar_markdown_table(minutes_events(), Lang::fr).markdown() ==
              "| Date | Format | Sujet |\n"
              "|---|---|---|\n"
              "| 10 et 11 juin 2024 | Présentiel | InterDLA : codev |\n"
              "| 20 juin 2024 | Visio matin | Café des prestataires |\n");
    }
    SUBCASE("Horaire and Lieu when an event has them, so that nothing is lost") {
        auto events = minutes_events();
        events[1].event.time = Time{10, 0};
        events[1].event.location = "Arras";
        CHECK(render::calendar_markdown_table(events, Lang::fr).markdown() ==
              "| Date | Horaire | Format | Lieu | Sujet |\n"
              "|---|---|---|---|---|\n"
              "| 10 et 11 juin 2024 |  | Présentiel |  | InterDLA : codev |\n"
              "| 20 juin 2024 | 10h | Visio matin | Arras | Café des prestataires |\n");
    }
    SUBCASE("in English") {
        CHECK(render::calendar_markdown_table(minutes_events(), Lang::en).markdown() ==
              "| Date | Format | Subject |\n"
              "|---|---|---|\n"
              "| 10 and 11 June 2024 | Présentiel | InterDLA : codev |\n"
              "| 20 June 2024 | Visio matin | Café des prestataires |\n");
    }
}

TEST_CASE("calendar_csv_table") {
    auto events = minutes_events();
    events[1].event.time = Time{10, 0};
    CHECK(render::calendar_csv_table(events, Lang::fr).csv(false) ==
          "Début,Fin,Horaire,Heure de fin,Date,Format,Lieu,Sujet,Série,Source\r\n"
          "2024-06-10,2024-06-11,,,10 et 11 juin 2024,Présentiel,,InterDLA : codev,interdla,"
          "notes/2024/2024-04-04-interdla-4.md:265\r\n"
          "2024-06-20,2024-06-20,10:00,,20 juin 2024,Visio matin,,Café des prestataires,interdla,"
          "notes/2024/2024-04-04-interdla-4.md:265\r\n");
}

// render/json.cpp: the calendar's JSON, next to its other forms.
TEST_CASE("calendar_json") {
    auto events = minutes_events();
    events.resize(1);
    events[0].event.time = Time{9, 30};
    events[0].series = {};
    CHECK(render::calendar_json(events) ==
          "[\n"
          "  {\n"
          "    \"start\": \"2024-06-10\",\n"
          "    \"end\": \"2024-06-11\",\n"
          "    \"time\": \"09:30\",\n"
          "    \"end_time\": null,\n"
          "    \"format\": \"Présentiel\",\n"
          "    \"location\": null,\n"
          "    \"subject\": \"InterDLA : codev\",\n"
          "    \"series\": null,\n"
          "    \"path\": \"notes/2024/2024-04-04-interdla-4.md\",\n"
          "    \"line\": 265\n"
          "  }\n"
          "]\n");
    CHECK(render::calendar_json({}) == "[]\n");
}
