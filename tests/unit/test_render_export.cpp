#include "dla/render/export.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"
#include "dla/util/failure.hpp"

using namespace dla;

namespace {

model::Config network() {
    model::Config c;
    c.organisation.header = "RÉSEAU EXEMPLE\nHAUTS-DE-FRANCE";
    c.organisation.footer = "Cofinancé par l'État";
    c.series = {{"interdla", "InterDLA N°{number}", std::nullopt, "visio", "", {"Jeanne", "Paul", "Amina", "Jeanne Martin"}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne"}, "jeanne@exemple.org"},
                {"Paul Durand", "Coopérative Beta", {"Paul"}, "paul@exemple.org"},
                {"Amina Diallo", "Coopérative Beta", {"Amina"}, ""}};
    model::index_directory(c);
    return c;
}

const std::string k_note = "---\ntitle: InterDLA N°4\nseries: interdla\nnumber: 4\ndate: 2024-04-04\n"
                           "attendees:\n  - Jeanne Martin (Association Alpha)\n  - Paul Durand (Coopérative Beta)\n"
                           "agenda:\n  - \"10:00 Tour d'actualités\"\n---\n\n"
                           "Préambule.\n\n## Tour d'actualités\n\n### DLA 59\n\n- Deux collectifs\n\n"
                           "## Atelier libre\n\n- Voir <https://exemple.org/a>\n\n# Titre de niveau un\n\nTexte.\n\n"
                           "## Actions\n\n- [ ] Relire la fiche @Paul 📅 2024-04-30 ^fiche\n";

struct Fixture {
    model::Config config = network();
    std::vector<model::Meeting> meetings;
    query::Summary summary;
    render::ExportOptions options{util::Lang::fr, *util::make_date(2024, 4, 10)};
    Fixture() {
        diag::Sink sink;
        meetings.push_back(parse::parse_note("notes/2024/2024-04-04-interdla-4.md", k_note, config, sink));
        summary = query::summarise(meetings, {&meetings.front()}, config, options.today);
    }
    [[nodiscard]] const model::Meeting& meeting() const { return meetings.front(); }
};

}  // namespace

TEST_CASE("export_markdown") {
    const Fixture f;
    const std::string md = render::export_markdown(f.meeting(), f.summary, f.config, f.options);
    SUBCASE("the parts in order: title, people, agenda, every section as written, actions, dates") {
        const std::vector<std::string> order = {"# InterDLA N°4\n", "## Présent·e·s (2)\n", "## Ordre du jour\n",
                                                "\nPréambule.\n", "## Tour d'actualités\n\n### DLA 59\n\n- Deux collectifs\n",
                                                "## Atelier libre\n\n- Voir <https://exemple.org/a>\n",
                                                "## Titre de niveau un\n\nTexte.\n", "## Actions\n\n- [ ] Relire la fiche",
                                                "## Actions décidées (1)\n", "## Prochaines dates\n"};
        std::size_t pos = 0;
        for (const auto& part : order) {
            const std::size_t found = md.find(part, pos);
            CHECK_MESSAGE(found != std::string::npos, part);
            if (found != std::string::npos) pos = found + part.size();
        }
    }
    SUBCASE("the actions as a table: status, due date, owner") {
        CHECK(md.find("| ouverte | 30 avril 2024 | Paul Durand | Relire la fiche |") != std::string::npos);
    }
}

TEST_CASE("export_html") {
    const Fixture f;
    const std::string html = render::export_html(f.meeting(), f.summary, f.config, f.options);
    CHECK(html.find("<title>Compte rendu InterDLA N°4 — 4 avril 2024</title>") != std::string::npos);
    CHECK(html.find("<p class=\"name\">RÉSEAU EXEMPLE</p>") != std::string::npos);
    CHECK(html.find("<div class=\"stamp\">\n<p>4 avril 2024</p>") != std::string::npos);
    CHECK(html.find("<a href=\"https://exemple.org/a\">https://exemple.org/a</a>") != std::string::npos);
    CHECK(html.find("<h2>Atelier libre</h2>") != std::string::npos);
    CHECK(html.find("<p>Cofinancé par l&#39;État</p>") != std::string::npos);
    CHECK(html.find("<nav>") == std::string::npos);
    SUBCASE("links supplied by the caller (dla site)") {
        render::ExportOptions o = f.options;
        o.links = {{"InterDLA N°3", "2024-03-07-interdla-3.html", "prev"}};
        CHECK(render::export_html(f.meeting(), f.summary, f.config, o)
                  .find("<nav>\n<a href=\"2024-03-07-interdla-3.html\" rel=\"prev\">InterDLA N°3</a>\n</nav>") !=
              std::string::npos);
    }
    SUBCASE("a template of the repository, with the parts") {
        const std::string page = render::export_html(f.meeting(), f.summary, f.config, f.options,
                                                     "<h1>{{title}}</h1>\n{{{agenda}}}", "templates/export.html");
        CHECK(page.starts_with("<h1>Compte rendu InterDLA N°4 — 4 avril 2024</h1>\n<h2>Ordre du jour</h2>\n<table>"));
    }
    SUBCASE("a template that is not Mustache: its line named") {
        CHECK_THROWS_WITH_AS((void)render::export_html(f.meeting(), f.summary, f.config, f.options, "<p>\n{{#x}}\n",
                                                       "templates/export.html"),
                             "templates/export.html:2: invalid template (Mustache syntax): la section « x » n'est "
                             "jamais fermée : il manque {{/x}}",
                             util::Failure);
    }
}

TEST_CASE("export_subject and export_file_name") {
    const Fixture f;
    CHECK(render::export_subject(f.meeting(), util::Lang::fr) == "Compte rendu InterDLA N°4 — 4 avril 2024");
    CHECK(render::export_subject(f.meeting(), util::Lang::en) == "Minutes of InterDLA N°4 — 4 April 2024");
    CHECK(render::export_file_name(f.meeting(), "pdf") == "2024-04-04-interdla-4.pdf");
}

TEST_CASE("export_recipients") {
    const Fixture f;
    const render::Recipients r = render::export_recipients(f.meeting(), f.config);
    // The series' members, each once (Jeanne and Jeanne Martin are one person).
    CHECK(r.to == std::vector<render::Mailbox>{{"Jeanne Martin", "jeanne@exemple.org"}, {"Paul Durand", "paul@exemple.org"}});
    CHECK(r.without_email == std::vector<std::string>{"Amina Diallo"});
    SUBCASE("without members: the attendees") {
        model::Config c = f.config;
        c.series.front().members.clear();
        const render::Recipients a = render::export_recipients(f.meeting(), c);
        CHECK(a.to.size() == 2);
        CHECK(a.without_email.empty());
    }
}

TEST_CASE("export_mail") {
    const Fixture f;
    const render::Mail mail = render::export_mail(f.meeting(), {{"Jeanne Martin", "jeanne@exemple.org"}}, "texte",
                                                  "<p>page</p>", "BEGIN:VCALENDAR\r\n", f.options);
    CHECK(mail.subject == "Compte rendu InterDLA N°4 — 4 avril 2024");
    CHECK(mail.attachments.size() == 1);
    CHECK(mail.attachments.front().file_name == "prochaines-dates.ics");
    CHECK(mail.date == 1712707200);
    CHECK(mail.message_id.ends_with("@dla"));
    // Another day: another message.
    render::ExportOptions later = f.options;
    later.today = *util::make_date(2024, 4, 11);
    CHECK(render::export_mail(f.meeting(), {}, "", "", "", later).message_id != mail.message_id);
    CHECK(render::export_mail(f.meeting(), {}, "", "", "", later).attachments.empty());
}
