#include "dla/util/hash.hpp"

#include <doctest/doctest.h>

using namespace dla;

TEST_CASE("fnv1a_32") {
    // The reference values of the FNV authors.
    CHECK(util::fnv1a_32("") == 0x811c9dc5u);
    CHECK(util::fnv1a_32("a") == 0xe40c292cu);
    CHECK(util::fnv1a_32("foobar") == 0xbf9cf968u);
}

TEST_CASE("fnv1a_64") {
    CHECK(util::fnv1a_64("") == 0xcbf29ce484222325ULL);
    CHECK(util::fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(util::fnv1a_64("foobar") == 0x85944171f73967e8ULL);
}
