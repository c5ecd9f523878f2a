#include "dla/parse/legacy_front_matter.hpp"

#include <doctest/doctest.h>

using namespace dla;

TEST_CASE("source_front_matter") {
    SUBCASE("a key the note writes itself, or a synonym of one, is kept as a comment") {
        const auto fm = parse::legacy::source_front_matter(
            {"---", "title: Bureau", "author: Zoé", "minute_taker: Ana", "attendees: [a]", "---", "Texte"});
        REQUIRE(fm);
        CHECK(fm->lines == 6);
        CHECK(fm->title == "Bureau");
        CHECK(fm->kept == std::vector<std::string>{"author: Zoé", "# minute_taker: Ana", "# attendees: [a]"});
    }
}
