#include "dla/render/minutes.hpp"

#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/util/failure.hpp"

using namespace dla;
using util::Date;
using util::Lang;

namespace {

model::Config network() {
    model::Config c;
    c.organisation.name = "Réseau Exemple";
    c.departments.push_back({"59", "DLA 59 Nord", "Association Alpha", {}});
    c.departments.push_back({"R", "DLA R Hauts-de-France", "", {}});
    c.people.push_back({"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""});
    c.people.push_back({"Paul Durand", "Coopérative Beta", {"Paul"}, ""});
    model::index_directory(c);
    return c;
}

// The plan of InterDLA N°5, as query::plan_next_minutes would make it.
query::MinutesPlan plan() {
    query::MinutesPlan p;
    p.series = "interdla";
    p.title = "InterDLA N°5";
    p.number = 5;
    p.date = Date{2024, 5, 2};
    p.time = util::Time{9, 30};
    p.end_time = util::Time{12, 0};
    p.format = "présentiel";
    p.location = "Maison des associations, Lille";
    p.theme = "Gouvernance : bénévolat & codev";
    p.attendees = {{"Jeanne Martin", "Association Alpha", "", 0}, {"Lucie Bernard", "", "", 0}};
    model::Action salle;
    salle.text = "Réserver la salle";
    salle.owners = {"Paul"};
    salle.due = Date{2024, 4, 30};
    salle.id = "salle";
    model::Action fondations;
    fondations.text = "Relancer les fondations";
    fondations.owners = {"Association Alpha"};
    fondations.id = "relancer-les-fondations-1a2b";
    p.carried = {{salle, false, "notes/2024/2024-04-04-interdla-4.md", 21, "InterDLA N°3", Date{2024, 3, 14}, true},
                 {fondations, true, "notes/2024/2024-03-14-interdla-3.md", 15, "InterDLA N°3", Date{2024, 3, 14}, false}};
    p.departments = {"DLA 59", "DLA R"};
    query::CalendarEvent e;
    e.event.dates = {Date{2024, 6, 10}, Date{2024, 6, 11}};
    e.event.format = "Présentiel";
    e.event.subject = "Séminaire | codev";
    p.upcoming = {e};
    p.path = "notes/2024/2024-05-02-interdla-5.md";
    return p;
}

std::string fill(const std::string& text, Lang lang = Lang::fr) {
    return render::render_minutes(text, "templates/t.md", plan(), network(), lang);
}

std::string failure(const std::string& text) {
    try {
        (void)fill(text);
    } catch (const util::Failure& f) {
        return f.phrase().in(Lang::fr);
    }
    return "no failure";
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("render_minutes: variables") {
    SUBCASE("the meeting") {
        CHECK(fill("{{title}}|{{series}}|{{number}}|{{date}}|{{year}}") == "InterDLA N°5|interdla|5|2024-05-02|2024");
        CHECK(fill("{{date_text}}|{{date_long}}|{{date_long_fr}}|{{date_long_en}}") ==
              "2 mai 2024|jeudi 2 mai 2024|jeudi 2 mai 2024|Thursday 2 May 2024");
        CHECK(fill("{{date_long}}|{{time_text}}", Lang::en) == "Thursday 2 May 2024|09:30 – 12:00");
        CHECK(fill("{{time}}|{{end_time}}|{{time_text}}") == "09:30|12:00|9h30 – 12h");
        CHECK(fill("{{format}}|{{location}}|{{organisation}}") == "présentiel|Maison des associations, Lille|Réseau Exemple");
    }
    SUBCASE("copied as they are: Markdown, not HTML") {
        CHECK(fill("{{theme}}|{{{theme}}}") == "Gouvernance : bénévolat & codev|Gouvernance : bénévolat & codev");
    }
    SUBCASE("for the YAML front matter, quoted when needed") {
        CHECK(fill("{{yaml.title}}|{{yaml.theme}}|{{yaml.format}}") ==
              "InterDLA N°5|\"Gouvernance : bénévolat & codev\"|présentiel");
        auto p = plan();
        p.theme.clear();
        CHECK(render::render_minutes("theme: {{yaml.theme}}", "t", p, network(), Lang::fr) == "theme: \"\"");
    }
    SUBCASE("an empty value is false") {
        auto p = plan();
        p.theme.clear();
        p.end_time.reset();
        CHECK(render::render_minutes("{{#theme}}T{{/theme}}{{^theme}}none{{/theme}}|{{#end_time}}E{{/end_time}}", "t", p,
                                     network(), Lang::fr) == "none|");
    }
    SUBCASE("people") {
        CHECK(fill("{{#attendees}}[{{name}}/{{organisation}}/{{text}}/{{yaml}}]{{/attendees}}") ==
              "[Jeanne Martin/Association Alpha/Jeanne Martin (Association Alpha)/Jeanne Martin (Association Alpha)]"
              "[Lucie Bernard//Lucie Bernard/Lucie Bernard]");
        CHECK(fill("{{#has_attendees}}yes{{/has_attendees}}") == "yes");
    }
    SUBCASE("the agenda's first items") {
        CHECK(fill("{{#agenda}}{{yaml}};{{/agenda}}") ==
              "\"09:30 Tour d'actualités\";\"Suivi des actions\";\"Gouvernance : bénévolat & codev\";");
        CHECK(fill("{{#agenda}}{{time}} {{title}};{{/agenda}}", Lang::en) ==
              "09:30 News; Action follow-up; Gouvernance : bénévolat & codev;");
    }
    SUBCASE("departments") {
        CHECK(fill("{{#departments}}{{heading}}={{id}}={{label}};{{/departments}}") ==
              "DLA 59=59=DLA 59 Nord;DLA R=R=DLA R Hauts-de-France;");
    }
    SUBCASE("the actions carried, as task lines with their id") {
        CHECK(fill("{{#followup}}- {{task}}\n{{/followup}}") ==
              "- [ ] Réserver la salle @Paul 📅 2024-04-30 ^salle\n"
              "- [ ] Relancer les fondations [owner:: Association Alpha] ^relancer-les-fondations-1a2b\n");
        CHECK(fill("{{#followup}}{{text}}|{{owners}}|{{due}}|{{overdue}}|{{id}}|{{#generated_id}}new{{/generated_id}}|{{meeting}}|{{source}};{{/followup}}") ==
              "Réserver la salle|Paul Durand|2024-04-30||salle||InterDLA N°3|notes/2024/2024-04-04-interdla-4.md:21;"
              "Relancer les fondations|Association Alpha|||relancer-les-fondations-1a2b|new|InterDLA N°3|notes/2024/2024-03-14-interdla-3.md:15;");
    }
    SUBCASE("the next dates, as `dla calendar --format markdown`") {
        CHECK(fill("{{events_table}}") == "| Date | Format | Sujet |\n|---|---|---|\n| 10 et 11 juin 2024 | Présentiel | Séminaire \\| codev |");
        CHECK(fill("{{events_table}}", Lang::en) ==
              "| Date | Format | Subject |\n|---|---|---|\n| 10 and 11 June 2024 | Présentiel | Séminaire \\| codev |");
        CHECK(fill("{{#events}}{{date}}/{{format}}/{{subject}}/{{time}}{{/events}}") == "10 et 11 juin 2024/Présentiel/Séminaire | codev/");
    }
    SUBCASE("labels in the user's language") {
        CHECK(fill("{{labels.news}}|{{labels.decisions}}|{{labels.followup}}|{{labels.actions}}|{{labels.events}}") ==
              "Tour d'actualités|Décisions|Suivi des actions|Actions|Prochaines dates");
        CHECK(fill("{{labels.news}}|{{labels.decisions}}|{{labels.followup}}|{{labels.actions}}|{{labels.events}}", Lang::en) ==
              "News|Decisions|Action follow-up|Actions|Upcoming dates");
    }
    SUBCASE("the previous meeting") {
        CHECK(fill("{{^previous}}none{{/previous}}") == "none");
    }
    SUBCASE("a line holding only a section or comment tag leaves nothing, shown or not") {
        CHECK(fill("a\n{{#theme}}\nT\n{{/theme}}\n{{^theme}}\nnone\n{{/theme}}\n  {{! a comment\n  on two lines }}  \nb\n") ==
              "a\nT\nb\n");
        CHECK(fill("a\n{{#followup}}\n- {{id}}\n{{/followup}}\n{{#previous}}\nP\n{{/previous}}\nb") == "a\n- salle\n- relancer-les-fondations-1a2b\nb");
        CHECK(fill("a {{#theme}}T{{/theme}}\n{{number}}\n") == "a T\n5\n");
        // The blank lines around them stay.
        CHECK(fill("a\n{{#departments}}\n\n### {{heading}}\n{{/departments}}\n\nb") == "a\n\n### DLA 59\n\n### DLA R\n\nb");
        CHECK(fill("a\n\n{{#theme}}\nT\n{{/theme}}\n{{^theme}}\nnone\n{{/theme}}\n\nb") == "a\n\nT\n\nb");
    }
    SUBCASE("CRLF templates give LF notes") { CHECK(fill("{{number}}\r\n{{series}}\r\n") == "5\ninterdla\n"); }
}

TEST_CASE("render_minutes: Mustache errors name the template and the line") {
    CHECK(failure("a\n{{#followup}}\nb\n") ==
          "templates/t.md:2: modèle invalide (syntaxe Mustache) : la section « followup » n'est jamais fermée : il manque {{/followup}}");
    CHECK(failure("a\nb\n{{/followup}}") ==
          "templates/t.md:3: modèle invalide (syntaxe Mustache) : {{/followup}} ferme une section qui n'a pas été ouverte");
    CHECK(failure("---\ntitle: {{title\n---\n") ==
          "templates/t.md:2: modèle invalide (syntaxe Mustache) : balise ouverte par « {{ » et jamais fermée par « }} »");
    CHECK(failure("{{= | =}}") == "templates/t.md:1: modèle invalide (syntaxe Mustache) : changement de délimiteurs invalide");
}

TEST_CASE("default template") {
    SUBCASE("built in, word for word templates/default.md") {
        CHECK(std::string(render::default_minutes_template()) == read(std::string(DLA_TEST_DATA) + "/../templates/default.md"));
    }
    SUBCASE("what it gives reads as minutes without an error, and as the plan") {
        for (Lang lang : {Lang::fr, Lang::en}) {
            const std::string text = render::render_minutes(render::default_minutes_template(), "default", plan(), network(), lang);
            diag::Sink sink;
            const model::Meeting m = parse::parse_note("notes/2024/2024-05-02-interdla-5.md", text, network(), sink);
            std::string problems;
            for (const auto& d : sink.diagnostics()) problems += diag::format(d) + "\n";
            // The overdue action carried is due before the meeting: no due-before-meeting in a
            // follow-up; Lucie Bernard, expected, is not in the directory.
            CHECK(problems == "notes/2024/2024-05-02-interdla-5.md:13: warning: « Lucie Bernard » n'est pas dans l'annuaire "
                              "(people de dla.yaml) [unknown-attendee]\n");
            CHECK(m.title == "InterDLA N°5");
            CHECK(m.series == "interdla");
            CHECK(m.number == 5);
            CHECK(m.date == Date{2024, 5, 2});
            CHECK(m.time == util::Time{9, 30});
            CHECK(m.end_time == util::Time{12, 0});
            CHECK(m.format == "présentiel");
            CHECK(m.location == "Maison des associations, Lille");
            CHECK(m.theme == "Gouvernance : bénévolat & codev");
            CHECK(m.attendees.size() == 2);
            CHECK(m.agenda.size() == 3);
            REQUIRE(m.news.size() == 2);
            CHECK(m.news[1].department == "R");
            REQUIRE(m.actions.size() == 2);
            CHECK(m.actions[1].id == "relancer-les-fondations-1a2b");
            CHECK(m.actions[0].section == (lang == Lang::fr ? "Suivi des actions" : "Action follow-up"));
            REQUIRE(m.events.size() == 1);
            CHECK(m.events[0].subject == "Séminaire | codev");
        }
    }
}
