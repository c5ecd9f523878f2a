#include "dla/query/news.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dla/parse/note.hpp"

using namespace dla;

namespace {

model::Config network() {
    model::Config c;
    c.departments = {{"59", "DLA 59 Nord", "", {}}, {"62", "DLA 62 Pas-de-Calais", "", {}}, {"60", "DLA 60 Oise", "", {"Oise"}}};
    model::index_directory(c);
    return c;
}

model::Meeting note(const std::string& date, const std::string& body) {
    diag::Sink sink;
    return parse::parse_note("notes/" + date + ".md", "---\ntitle: InterDLA du " + date + "\ndate: " + date + "\n---\n\n" + body,
                             network(), sink);
}

// "59 2024-03-14 a | b" per entry: what a CHECK compares.
std::vector<std::string> show(const query::News& news) {
    std::vector<std::string> out;
    for (const auto& e : news.entries) {
        std::string s = (e.department.empty() ? "-" : e.department) + " " + util::to_iso(*e.meeting->date);
        for (std::size_t i = 0; i < e.items.size(); ++i) s += (i ? " | " : " ") + e.items[i].text;
        out.push_back(s);
    }
    return out;
}

std::vector<std::string> silent(const query::News& news) {
    std::vector<std::string> out;
    for (const auto* d : news.silent) out.push_back(d->id);
    return out;
}

// Built on first use: parsing at static-initialisation time would run before the parser's own statics.
const std::vector<model::Meeting>& meetings_fixture() {
    static const std::vector<model::Meeting> meetings = {
    note("2024-05-16", "## Tour d'actualités\n\n### DLA 62\n\n- Comité d'appui le 23 mai\n\n### DLA 59\n\n- Demandes en hausse\n"
                       "\n**Intéressés par les collectifs :** Jeanne\n"),
    note("2024-03-14", "## Tour d'actualités\n\n- **DLA 59** : Deux collectifs ; Une arrivée\n- **DLA 75** : Hors réseau\n"),
    note("2024-04-04", "## Tour d'actualités\n\n### DLA 59\n\n### DLA 62\n\n- Dialogue de gestion\n"),
    };
    return meetings;
}

std::vector<const model::Meeting*> pointers() {
    std::vector<const model::Meeting*> out;
    for (const auto& m : meetings_fixture()) out.push_back(&m);
    return out;
}

}  // namespace

TEST_CASE("collect_news") {
    const model::Config config = network();  // `silent` points into it
    SUBCASE("by department in dla.yaml's order, newest first; unknown ones, then the network, last") {
        const auto news = query::collect_news(pointers(), config);
        CHECK(show(news) == std::vector<std::string>{
                                "59 2024-05-16 Demandes en hausse",
                                "59 2024-03-14 Deux collectifs | Une arrivée",
                                "62 2024-05-16 Comité d'appui le 23 mai",
                                "62 2024-04-04 Dialogue de gestion",
                                "DLA 75 2024-03-14 Hors réseau",
                                "- 2024-05-16 **Intéressés par les collectifs :** Jeanne",
                            });
        CHECK(news.entries[0].label == "DLA 59 Nord");
        CHECK(news.entries[4].label == "DLA 75");
        CHECK(news.entries[5].label.empty());
        CHECK(silent(news) == std::vector<std::string>{"60"});
    }
    SUBCASE("an empty subsection is no news") {
        const auto news = query::collect_news({&meetings_fixture()[2]}, config);
        CHECK(show(news) == std::vector<std::string>{"62 2024-04-04 Dialogue de gestion"});
        CHECK(silent(news) == std::vector<std::string>{"59", "60"});
    }
    SUBCASE("one department, by id, label or alias") {
        CHECK(show(query::collect_news(pointers(), config, "62")).size() == 2);
        CHECK(show(query::collect_news(pointers(), config, "DLA 62 Pas-de-Calais")).size() == 2);
        const auto oise = query::collect_news(pointers(), config, "Oise");
        CHECK(oise.entries.empty());
        CHECK(silent(oise) == std::vector<std::string>{"60"});
        const auto other = query::collect_news(pointers(), config, "dla 75");
        CHECK(show(other) == std::vector<std::string>{"DLA 75 2024-03-14 Hors réseau"});
        CHECK(other.silent.empty());
    }
    SUBCASE("no meeting") {
        const auto news = query::collect_news({}, config);
        CHECK(news.entries.empty());
        CHECK(silent(news) == std::vector<std::string>{"59", "62", "60"});
    }
}

TEST_CASE("plain_text") {
    CHECK(query::plain_text("**recrutement** en cours <https://exemple.org/a>") == "recrutement en cours https://exemple.org/a");
    CHECK(query::plain_text("*En cours* Premier `emploi`") == "En cours Premier emploi");
    CHECK(query::plain_text("[le guide](https://exemple.org)") == "le guide (https://exemple.org)");
    CHECK(query::plain_text("") == "");
    CHECK(query::plain_text("1. pas une liste") == "1. pas une liste");
    CHECK(query::plain_text("# dossiers") == "# dossiers");
}
