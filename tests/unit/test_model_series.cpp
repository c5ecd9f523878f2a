#include "dla/model/series.hpp"

#include <doctest/doctest.h>

using namespace dla;

namespace {
const model::Series k_interdla{"interdla", "InterDLA N°{number}", std::nullopt, "", "", {}};
const model::Series k_copil{"copil", "Comité de pilotage n°{number} ({number})", std::nullopt, "", "", {}};
const model::Series k_bare{"comite-appui", "", std::nullopt, "", "", {}};
}  // namespace

TEST_CASE("series_title") {
    CHECK(model::series_title(k_interdla, 7) == "InterDLA N°7");
    CHECK(model::series_title(k_copil, 12) == "Comité de pilotage n°12 (12)");
    CHECK(model::series_title(k_bare, 3) == "");
}

TEST_CASE("series_name") {
    CHECK(model::series_name(k_interdla) == "interdla");
    CHECK(model::series_name(k_copil) == "comite de pilotage");
    CHECK(model::series_name(k_bare) == "comite appui");
}

TEST_CASE("note_path") {
    CHECK(model::note_path("notes", util::Date{2024, 4, 4}, "interdla", 4) == "notes/2024/2024-04-04-interdla-4.md");
    CHECK(model::note_path("cr", util::Date{2025, 1, 9}, "copil", std::nullopt) == "cr/2025/2025-01-09-copil.md");
}

TEST_CASE("meeting_format") {
    SUBCASE("the words of dla check and of dla import, one list") {
        CHECK(model::meeting_format("visio") == "visio");
        CHECK(model::meeting_format("Visioconférence") == "visio");
        CHECK(model::meeting_format("online") == "visio");
        CHECK(model::meeting_format("remote") == "visio");
        CHECK(model::meeting_format("Teams") == "visio");
        CHECK(model::meeting_format("à distance") == "visio");
        CHECK(model::meeting_format("Présentiel") == "présentiel");
        CHECK(model::meeting_format("in person") == "présentiel");
        CHECK(model::meeting_format("sur place") == "présentiel");
        CHECK(model::meeting_format("hybrid") == "hybride");
        CHECK(model::meeting_format("Mixte") == "hybride");
        CHECK(model::meeting_format("présentiel et visio") == "hybride");
    }
    SUBCASE("the whole text, nothing after it") {
        CHECK(model::meeting_format("Visio matin") == "");
        CHECK(model::meeting_format("visionnage") == "");
        CHECK(model::meeting_format("") == "");
    }
}

TEST_CASE("meeting_format_at_start") {
    CHECK(model::meeting_format_at_start("Visio matin") == "visio");
    CHECK(model::meeting_format_at_start("visio") == "visio");
    CHECK(model::meeting_format_at_start("Présentiel (St Laurent Blangy)") == "présentiel");
    CHECK(model::meeting_format_at_start("presentiel") == "présentiel");
    CHECK(model::meeting_format_at_start("Présentiel et visio") == "hybride");
    CHECK(model::meeting_format_at_start("in person") == "présentiel");
    CHECK(model::meeting_format_at_start("Hybride") == "hybride");
    CHECK(model::meeting_format_at_start("distanciel") == "visio");
    CHECK(model::meeting_format_at_start("teams") == "visio");
    CHECK(model::meeting_format_at_start("visionnage") == "");
    CHECK(model::meeting_format_at_start("") == "");
}
