#include "dla/edit/lines.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;

TEST_CASE("line_span") {
    const std::string note = "a\r\n- [ ] Envoyer  \t\r\nc\rd\n";
    SUBCASE("a line ending in CRLF, its blanks at the end left out of its text") {
        const auto span = edit::line_span(note, 2);
        REQUIRE(span);
        CHECK(note.substr(span->start, span->content_end - span->start) == "- [ ] Envoyer");
        CHECK(note.substr(span->start, span->end - span->start) == "- [ ] Envoyer  \t");
    }
    SUBCASE("a lone CR ends a line too") {
        const auto span = edit::line_span(note, 4);
        REQUIRE(span);
        CHECK(note.substr(span->start, span->end - span->start) == "d");
    }
    SUBCASE("past the last line") {
        CHECK(edit::line_span(note, 6) == std::nullopt);
        CHECK(edit::line_span(note, 0) == std::nullopt);
    }
}

TEST_CASE("with_line") {
    const std::string note = "\xEF\xBB\xBF# T\r\n- [ ] Envoyer la trame  \r\nfin";
    CHECK(edit::with_line(note, 2, "- [x] Envoyer la trame") == "\xEF\xBB\xBF# T\r\n- [x] Envoyer la trame\r\nfin");
    CHECK(edit::with_line(note, 3, "FIN") == "\xEF\xBB\xBF# T\r\n- [ ] Envoyer la trame  \r\nFIN");
    CHECK(edit::with_line(note, 4, "x") == std::nullopt);
}
