#include "dla/render/site.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"

using namespace dla;

namespace {

model::Config network() {
    model::Config c;
    c.organisation.name = "Réseau Exemple";
    c.series = {{"interdla", "InterDLA N°{number}", std::nullopt, "visio", "", {}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""}};
    model::index_directory(c);
    return c;
}

std::string note(int number, const std::string& date, const std::string& body) {
    return "---\ntitle: InterDLA N°" + std::to_string(number) + "\nseries: interdla\nnumber: " + std::to_string(number) +
           "\ndate: " + date + "\nattendees:\n  - Jeanne Martin (Association Alpha)\n---\n\n" + body;
}

struct Fixture {
    model::Config config = network();
    std::vector<model::Meeting> meetings;
    render::SiteOptions options{util::Lang::fr, *util::make_date(2024, 4, 10)};
    Fixture() {
        diag::Sink sink;
        // Out of date order: the series' order is the dates', not the list's.
        meetings.push_back(parse::parse_note("notes/2024-03-07-interdla-3.md",
                                             note(3, "2024-03-07", "## Actions\n\n- [ ] Relire la fiche @Jeanne 📅 2024-03-30 ^fiche\n"),
                                             config, sink));
        meetings.push_back(parse::parse_note("notes/2024-02-01-interdla-2.md", note(2, "2024-02-01", "## Sujet\n\nTexte.\n"),
                                             config, sink));
        meetings.push_back(parse::parse_note("notes/2024-04-04-interdla-4.md",
                                             note(4, "2024-04-04", "## Suivi des actions\n\n- [ ] Relire la fiche ^fiche\n"),
                                             config, sink));
    }
    [[nodiscard]] std::string file(const std::string& name) const {
        const auto files = render::site_files(meetings, config, options);
        const auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.name == name; });
        REQUIRE(it != files.end());
        return it->bytes;
    }
};

}  // namespace

TEST_CASE("site_meeting_files") {
    diag::Sink sink;
    const model::Config config = network();
    std::vector<model::Meeting> meetings;
    for (const char* path : {"notes/2024/a.md", "notes/2025/a.md", "notes/index.md", "notes/Réunion été.md", "notes/Réunion_Été.md", "notes/Ωμέγα.md"})
        meetings.push_back(parse::parse_note(path, note(1, "2024-01-01", ""), config, sink));
    CHECK(render::site_meeting_files(meetings) ==
          std::vector<std::string>{"a.html", "a-2.html", "index-2.html", "reunion-ete.html", "reunion-ete-2.html", "cr.html"});
}

TEST_CASE("site_page_template") {
    const std::string t = render::site_page_template();
    CHECK(t.find("<link rel=\"stylesheet\" href=\"style.css\">\n") != std::string::npos);
    CHECK(t.find("{{{style}}}") == std::string::npos);
    CHECK(t.find("<nav class=\"site\">") != std::string::npos);
}

TEST_CASE("site_files") {
    const Fixture f;
    const auto files = render::site_files(f.meetings, f.config, f.options);
    std::vector<std::string> names;
    for (const auto& file : files) names.push_back(file.name);
    CHECK(names == std::vector<std::string>{"2024-02-01-interdla-2.html", "2024-03-07-interdla-3.html",
                                            "2024-04-04-interdla-4.html", "actions.html", "calendrier.html",
                                            "calendrier.ics", "index.html", "nouvelles.html", "presences.html",
                                            "reunions.html", "style.css"});
    SUBCASE("the same bytes twice") {
        const auto again = render::site_files(f.meetings, f.config, f.options);
        for (std::size_t i = 0; i < files.size(); ++i) CHECK(files[i].bytes == again[i].bytes);
    }
    SUBCASE("a meeting's page: its minutes, home, the previous and next meetings of its series") {
        const std::string page = f.file("2024-03-07-interdla-3.html");
        CHECK(page.find("<a href=\"index.html\" rel=\"up\">Accueil</a>") != std::string::npos);
        CHECK(page.find("<a href=\"2024-02-01-interdla-2.html\" rel=\"prev\">← InterDLA N°2 — 1er février 2024</a>") !=
              std::string::npos);
        CHECK(page.find("<a href=\"2024-04-04-interdla-4.html\" rel=\"next\">InterDLA N°4 — 4 avril 2024 →</a>") !=
              std::string::npos);
        CHECK(page.find("Relire la fiche") != std::string::npos);
        CHECK(page.find("<style>") == std::string::npos);
        CHECK(f.file("2024-02-01-interdla-2.html").find("rel=\"prev\"") == std::string::npos);
        CHECK(f.file("2024-04-04-interdla-4.html").find("rel=\"next\"") == std::string::npos);
    }
    SUBCASE("the actions: overdue marked, linked to the meeting that raised it and the one that followed it") {
        const std::string page = f.file("actions.html");
        CHECK(page.find("<h3>Jeanne Martin</h3>\n<ul>\n<li><strong>en retard</strong> — Relire la fiche — échéance 30 mars "
                        "2024 — Jeanne Martin<br />\nsoulevée : <a href=\"2024-03-07-interdla-3.html\">InterDLA N°3 — 7 "
                        "mars 2024</a> ; suivie : <a href=\"2024-04-04-interdla-4.html\">InterDLA N°4 — 4 avril "
                        "2024</a></li>\n</ul>\n") != std::string::npos);
    }
    SUBCASE("the home page: overdue actions and the latest minutes, newest first") {
        const std::string page = f.file("index.html");
        const auto four = page.find("<li><a href=\"2024-04-04-interdla-4.html\">");
        const auto two = page.find("<li><a href=\"2024-02-01-interdla-2.html\">");
        CHECK(four < two);
        CHECK(two != std::string::npos);
        CHECK(page.find("<strong>en retard</strong> — Relire la fiche") != std::string::npos);
        CHECK(page.find("<a href=\"calendrier.ics\">") != std::string::npos);
    }
    SUBCASE("a repository's template for one kind of page") {
        render::SiteOptions options = f.options;
        options.templates["actions"] = "<p>{{title}}</p>{{{body}}}";
        const auto custom = render::site_files(f.meetings, f.config, options);
        CHECK(custom[3].bytes.starts_with("<p>Actions ouvertes</p><h1>Actions ouvertes</h1>"));
        CHECK(custom[6].bytes == files[6].bytes);  // index.html: the built-in template
    }
}
