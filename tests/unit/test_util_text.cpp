#include "dla/util/text.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace dla::util;
using namespace std::string_literals;

namespace {

constexpr auto npos = std::string_view::npos;
const std::string k_replacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

TEST_CASE("trim") {
    SUBCASE("ASCII blanks at both ends") {
        CHECK(trim("  Jeanne Martin \t") == "Jeanne Martin");
        CHECK(trim("\r\n  a  b \n") == "a  b");
        CHECK(trim("\f\va\v") == "a");
    }
    SUBCASE("no-break spaces") {
        CHECK(trim("\xC2\xA0" "Association Alpha\xC2\xA0 ") == "Association Alpha");
        CHECK(trim(" \xC2\xA0\xC2\xA0") == "");
    }
    SUBCASE("inner blanks kept") { CHECK(trim("10 h\xC2\xA0" "30") == "10 h\xC2\xA0" "30"); }
    SUBCASE("empty and blank") {
        CHECK(trim("") == "");
        CHECK(trim(" \t\r\n") == "");
    }
    SUBCASE("a lone 0xC2 is not a space") { CHECK(trim("a\xC2") == "a\xC2"); }
    SUBCASE("the view points into the text") {
        const std::string text = "  abc  ";
        CHECK(trim(text).data() == text.data() + 2);
    }
}

TEST_CASE("split_trimmed") {
    SUBCASE("pieces trimmed, empty pieces dropped") {
        CHECK(split_trimmed(" beaucoup de demandes ;un collectif ; ; recrutement ;", ";") ==
              std::vector<std::string>{"beaucoup de demandes", "un collectif", "recrutement"});
    }
    SUBCASE("no separator") {
        CHECK(split_trimmed("  Jeanne Martin ", ",") == std::vector<std::string>{"Jeanne Martin"});
    }
    SUBCASE("empty and blank text") {
        CHECK(split_trimmed("", ",").empty());
        CHECK(split_trimmed(" , ,", ",").empty());
    }
    SUBCASE("separator of several characters") {
        CHECK(split_trimmed("10 et 11 juin et 12", " et ") == std::vector<std::string>{"10", "11 juin", "12"});
    }
}

TEST_CASE("starts_with_ci") {
    CHECK(starts_with_ci("fr_FR.UTF-8", "FR"));
    CHECK(starts_with_ci("DLA 59", "dla"));
    CHECK(starts_with_ci("abc", ""));
    CHECK_FALSE(starts_with_ci("ab", "abc"));
    CHECK_FALSE(starts_with_ci("Ebc", "abc"));
    // Only ASCII letters are compared without case.
    CHECK_FALSE(starts_with_ci("Échéance", "échéance"));
    CHECK(starts_with_ci("échéance", "éch"));
}

TEST_CASE("fold") {
    SUBCASE("accents, case, punctuation and apostrophes") {
        CHECK(fold("Tour d’actualités :") == "tour d actualites");
        CHECK(fold("TOUR D'ACTUALITES :") == "tour d actualites");
        CHECK(fold("tour d actualites") == "tour d actualites");
        CHECK(fold("Relevé de décisions") == "releve de decisions");
        CHECK(fold("ÉLÉONORE Ç à â ä è ê ë î ï ô ö ù û ü ÿ ñ") == "eleonore c a a a e e e i i o o u u u y n");
    }
    SUBCASE("degree sign of N°") {
        CHECK(fold("InterDLA N°4") == "interdla no4");
        CHECK(fold("InterDLA n° 4") == "interdla no 4");
    }
    SUBCASE("ligatures") {
        CHECK(fold("Œuvre du cœur") == "oeuvre du coeur");
        CHECK(fold("ŒUVRE") == "oeuvre");
        CHECK(fold("Lætitia") == "laetitia");
    }
    SUBCASE("dashes and runs of separators make one space") {
        CHECK(fold("DLA 02 – 80") == "dla 02 80");
        CHECK(fold("dla 02-80") == "dla 02 80");
        CHECK(fold("  «  Jeanne  »  ,;  Paul ! ") == "jeanne paul");
        CHECK(fold("10\xC2\xA0h") == "10 h");
    }
    SUBCASE("emoji are separators") {
        CHECK(fold("📅 Réunion ✅") == "reunion");
        CHECK(fold("Séminaire🎉finale") == "seminaire finale");
        CHECK(fold("Bravo 👍🏽 ❤️ !") == "bravo");
    }
    SUBCASE("letters of other scripts are kept, case folded, marks stripped") {
        CHECK(fold("Αθήνα") == "αθηνα");
        CHECK(fold("Réunion — Москва") == "reunion москва");
        CHECK(fold("東京、大阪") == "東京 大阪");
    }
    SUBCASE("NFD (as macOS types it) is NFC") {
        CHECK(fold("Coope\xCC\x81rative Beta") == "cooperative beta");
        CHECK(fold("Coope\xCC\x81rative Beta") == fold("Coopérative Beta"));
        CHECK(fold("E\xCC\x81LE\xCC\x81ONORE") == "eleonore");
    }
    SUBCASE("Unicode case folding and compatibility forms") {
        CHECK(fold("STRAßE") == "strasse");
        CHECK(fold("ＤＬＡ ５９") == "dla 59");  // full-width forms
        CHECK(fold("ﬁnances") == "finances");
    }
    SUBCASE("invalid bytes are separators") { CHECK(fold("a\xFF" "b") == "a b"); }
    SUBCASE("nothing to keep") {
        CHECK(fold("") == "");
        CHECK(fold(" :-– ") == "");
    }
}

TEST_CASE("fold: Latin Extended-A letters") {
    CHECK(fold("Dvořák") == "dvorak");
    CHECK(fold("Łukasz Wójcik") == "lukasz wojcik");
    CHECK(fold("Šimon Erdős") == "simon erdos");
}

TEST_CASE("invalid_utf8_offset") {
    SUBCASE("valid text") {
        CHECK(invalid_utf8_offset("") == npos);
        CHECK(invalid_utf8_offset("Réunion 📅 2024-04-15 ✅ Œ") == npos);
        CHECK(invalid_utf8_offset("\xF4\x8F\xBF\xBF") == npos);  // U+10FFFF, the last code point
        CHECK(invalid_utf8_offset("\xED\x9F\xBF") == npos);      // U+D7FF, just below the surrogates
    }
    SUBCASE("overlong forms") {
        CHECK(invalid_utf8_offset("ab\xC0\xAF") == 2);            // '/' in two bytes
        CHECK(invalid_utf8_offset("\xE0\x80\xAF") == 0);          // '/' in three bytes
        CHECK(invalid_utf8_offset("é\xF0\x80\x80\xAF") == 2);     // '/' in four bytes
    }
    SUBCASE("surrogates") {
        CHECK(invalid_utf8_offset("x\xED\xA0\x80") == 1);  // U+D800
        CHECK(invalid_utf8_offset("\xED\xBF\xBF") == 0);   // U+DFFF
    }
    SUBCASE("past U+10FFFF") {
        CHECK(invalid_utf8_offset("\xF4\x90\x80\x80") == 0);
        CHECK(invalid_utf8_offset("ok \xF8\x88\x80\x80\x80") == 3);
    }
    SUBCASE("truncated sequences") {
        CHECK(invalid_utf8_offset("ab\xE2\x82") == 2);
        CHECK(invalid_utf8_offset("\xC3") == 0);
        CHECK(invalid_utf8_offset("\xE2\x82" "A") == 0);
        CHECK(invalid_utf8_offset("\xF0\x9F\x93") == 0);
    }
    SUBCASE("stray bytes") {
        CHECK(invalid_utf8_offset("\x80") == 0);
        CHECK(invalid_utf8_offset("Lucie\xE9") == 5);  // Latin-1 "é"
        CHECK(invalid_utf8_offset("a\xFF") == 1);
    }
}

TEST_CASE("to_valid_utf8") {
    SUBCASE("valid text is unchanged") {
        CHECK(to_valid_utf8("") == "");
        CHECK(to_valid_utf8("Réunion 📅 Œ") == "Réunion 📅 Œ");
    }
    SUBCASE("each byte that starts no valid sequence becomes U+FFFD") {
        CHECK(to_valid_utf8("Lucie\xE9 Bernard") == "Lucie" + k_replacement + " Bernard");
        CHECK(to_valid_utf8("a\xC0\xAF" "b") == "a" + k_replacement + k_replacement + "b");
        CHECK(to_valid_utf8("\xED\xA0\x80") == k_replacement + k_replacement + k_replacement);
        CHECK(to_valid_utf8("\xF4\x90\x80\x80") == k_replacement + k_replacement + k_replacement + k_replacement);
    }
    SUBCASE("the result is valid") {
        CHECK(invalid_utf8_offset(to_valid_utf8("\xFF\xE2\x82\xC3 \xF0\x9F\x93")) == npos);
    }
}

TEST_CASE("normalize_newlines") {
    SUBCASE("BOM removed") {
        CHECK(normalize_newlines("\xEF\xBB\xBF---\n") == "---\n");
        CHECK(normalize_newlines("\xEF\xBB\xBF") == "");
    }
    SUBCASE("a BOM elsewhere is kept") { CHECK(normalize_newlines("a\xEF\xBB\xBF") == "a\xEF\xBB\xBF"); }
    SUBCASE("CRLF") { CHECK(normalize_newlines("---\r\ntitle: A\r\n---\r\n") == "---\ntitle: A\n---\n"); }
    SUBCASE("lone CR") { CHECK(normalize_newlines("a\rb\r") == "a\nb\n"); }
    SUBCASE("mixed") { CHECK(normalize_newlines("\xEF\xBB\xBF" "a\r\r\nb\n\rc") == "a\n\nb\n\nc"); }
    SUBCASE("LF unchanged") {
        CHECK(normalize_newlines("") == "");
        CHECK(normalize_newlines("a\n\nb") == "a\n\nb");
    }
}

TEST_CASE("utf8_length") {
    CHECK(utf8_length("") == 0);
    CHECK(utf8_length("abc") == 3);
    CHECK(utf8_length("Réunion") == 7);
    CHECK(utf8_length("Œuvre") == 5);
    CHECK(utf8_length("📅 ✅") == 3);
    CHECK(utf8_length("e\xCC\x81") == 2);  // e + combining acute: two code points
    CHECK(utf8_length("a\xFF" "b") == 3);
    CHECK(utf8_length("\xC0\xAF") == 2);  // invalid bytes count one each
}

TEST_CASE("display_width") {
    CHECK(display_width("") == 0);
    CHECK(display_width("Réunion") == 7);
    CHECK(display_width("Re\xCC\x81union") == 7);  // a combining mark takes no column
    CHECK(display_width("📅") == 2);                 // emoji: two columns
    CHECK(display_width("東京") == 4);                // East Asian wide: two each
    CHECK(display_width("a\xFF" "b") == 3);          // an invalid byte: one
}

TEST_CASE("column_of") {
    const std::string line = "- [ ] Réserver la salle @Paul 📅 2024-10-01";
    CHECK(column_of(line, 0) == 1);
    CHECK(column_of(line, line.find("Réserver")) == 7);
    CHECK(column_of(line, line.find("la salle")) == 16);  // "é" is one column
    CHECK(column_of(line, line.find("📅")) == 31);
    CHECK(column_of(line, line.find("2024")) == 33);     // "📅" is one column
    CHECK(column_of(line, line.size()) == 43);
    CHECK(column_of(line, 1000) == 43);  // past the end: just after the last column
    CHECK(column_of("", 0) == 1);
}

TEST_CASE("starts_like_formula") {
    for (const char* formula : {"=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx", "--", "=", "@"}) {
        CAPTURE(formula);
        CHECK(starts_like_formula(formula));
    }
    for (const char* text : {"", "-", " =1", "Relire = corriger", "'=1", "10h30", "—", "a@b"}) {
        CAPTURE(text);
        CHECK_FALSE(starts_like_formula(text));
    }
}

TEST_CASE("edit_distance") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("check", "check") == 0);
    CHECK(edit_distance("", "show") == 4);
    CHECK(edit_distance("show", "") == 4);
    CHECK(edit_distance("chekc", "check") == 2);
    CHECK(edit_distance("shw", "show") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("calendar", "calender") == 1);
    CHECK(edit_distance("é", "e") == 2);  // bytes, not code points
}
