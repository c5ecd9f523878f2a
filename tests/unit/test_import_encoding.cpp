// load/encoding: what `dla import` reads.
#include "dla/load/encoding.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla::load;
using namespace std::string_literals;

TEST_CASE("decode_text") {
    SUBCASE("UTF-8 is kept") {
        auto d = decode_text("Présent.e.s : Jeanne\n");
        REQUIRE(d);
        CHECK(d->text == "Présent.e.s : Jeanne\n");
        CHECK(d->encoding == Encoding::utf8);
        CHECK_FALSE(d->crlf);
    }
    SUBCASE("a UTF-8 BOM is dropped") {
        auto d = decode_text("\xEF\xBB\xBF# Réunion\n");
        REQUIRE(d);
        CHECK(d->text == "# Réunion\n");
        CHECK(d->encoding == Encoding::utf8_bom);
    }
    SUBCASE("CR LF and lone CR become LF; a form feed a line break") {
        auto d = decode_text("a\r\nb\rc\fd");
        REQUIRE(d);
        CHECK(d->text == "a\nb\nc\nd");
        CHECK(d->crlf);
    }
    SUBCASE("Windows-1252 is converted, curly quotes and euro sign included") {
        auto d = decode_text("R\xE9union du 14/05 \x96 co\xFBt 5\x80 \x92ok\x92\r\n");
        REQUIRE(d);
        CHECK(d->text == "Réunion du 14/05 – coût 5€ ’ok’\n");
        CHECK(d->encoding == Encoding::windows1252);
    }
    SUBCASE("bytes Windows-1252 leaves undefined are read as Latin-1") {
        auto d = decode_text("a\x81z\xE9");
        REQUIRE(d);
        CHECK(d->text == "a\xC2\x81zé");
    }
    SUBCASE("UTF-16 with its BOM, both byte orders") {
        auto le = decode_text("\xFF\xFE" "R\0\xE9\0\r\0\n\0"s);
        REQUIRE(le);
        CHECK(le->text == "Ré\n");
        CHECK(le->encoding == Encoding::utf16);
        auto be = decode_text("\xFE\xFF" "\0R\0\xE9"s);
        REQUIRE(be);
        CHECK(be->text == "Ré");
    }
    SUBCASE("binary is refused") {
        CHECK_FALSE(decode_text("PK\x03\x04\0\0\x08\0"s));
        CHECK_FALSE(decode_text("\x7F" "ELF\x02\x01\x01\0"s));
        std::string controls(200, 'a');
        controls[10] = '\x01';
        controls[20] = '\x02';
        controls[30] = '\x1B';
        CHECK_FALSE(decode_text(controls));
    }
    SUBCASE("a rare control byte in long text is text") {
        std::string text(300, 'a');
        text[5] = '\x0B';
        CHECK(decode_text(text));
    }
    SUBCASE("empty is text") {
        auto d = decode_text("");
        REQUIRE(d);
        CHECK(d->text.empty());
    }
}

TEST_CASE("encoding_name") {
    CHECK(encoding_name(Encoding::windows1252) == "Windows-1252");
    CHECK(encoding_name(Encoding::utf16) == "UTF-16");
}
