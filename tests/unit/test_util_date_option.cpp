#include <doctest/doctest.h>

#include "dla/util/date_option.hpp"

using namespace dla::util;

namespace {

std::string read(std::string_view text, Date today) {
    auto parsed = parse_date_option(text, today);
    if (const auto* d = std::get_if<Date>(&parsed)) return to_iso(*d);
    return "error: " + std::get<DateError>(parsed).in(Lang::fr);
}

}  // namespace

TEST_CASE("parse_date_option") {
    const Date today{2024, 6, 1};
    SUBCASE("every form of docs/format.md, with its year") {
        CHECK(read("2024-04-01", today) == "2024-04-01");
        CHECK(read("01/04/2024", today) == "2024-04-01");
        CHECK(read("1er avril 2024", today) == "2024-04-01");
        CHECK(read("lundi 1er avril 2024", today) == "2024-04-01");
        CHECK(read("1 April 2024", today) == "2024-04-01");
        CHECK(read("2019-04-01", today) == "2019-04-01");  // a year written is kept, however far
    }
    SUBCASE("without a year: the nearest to --today") {
        CHECK(read("1er janvier", today) == "2024-01-01");
        CHECK(read("01/04", today) == "2024-04-01");
        CHECK(read("1er avril", today) == "2024-04-01");
        CHECK(read("30 novembre", today) == "2024-11-30");
        CHECK(read("8 janvier", Date{2026, 12, 3}) == "2027-01-08");
        CHECK(read("20 décembre", Date{2025, 1, 10}) == "2024-12-20");
    }
    SUBCASE("a weekday chooses among the years around today") {
        CHECK(read("mardi 2 avril", today) == "2024-04-02");
        CHECK(read("mercredi 2 avril", Date{2025, 6, 1}) == "2025-04-02");
    }
    SUBCASE("errors") {
        CHECK(read("31/02", today) == "error: ce jour n'existe pas : 2024-02-31");
        CHECK(read("bientôt", today).starts_with("error: "));
        CHECK(read("10 au 12 juin", today).starts_with("error: "));
    }
}
