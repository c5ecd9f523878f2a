#include "dla/util/i18n.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace dla::util;

namespace {

const char* const k_keys[] = {
#define DLA_MSG(key, fr, en) #key,
#include "dla/util/messages.def"
#undef DLA_MSG
};

// Number of `{}` placeholders; `{{` and `}}` are escaped braces, not placeholders.
int placeholders(std::string_view text) {
    int count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 2) == "{{" || text.substr(i, 2) == "}}") ++i;
        else if (text.substr(i, 2) == "{}") { ++count; ++i; }
    }
    return count;
}

}  // namespace

TEST_CASE("placeholders (test helper)") {
    CHECK(placeholders("") == 0);
    CHECK(placeholders("{} et {}") == 2);
    CHECK(placeholders("ou {{name, org, role}}") == 0);
    CHECK(placeholders("« {} » ou {{time, title}}") == 1);
    CHECK(placeholders("{{}}") == 0);
    CHECK(placeholders("{{{}}}") == 1);
}

TEST_CASE("text") {
    SUBCASE("every message in both languages, with the same placeholders") {
        REQUIRE(all_messages().size() == std::size(k_keys));
        for (Msg msg : all_messages()) {
            const std::string key = k_keys[static_cast<std::size_t>(msg)];
            CAPTURE(key);
            const std::string_view fr = text(msg, Lang::fr);
            const std::string_view en = text(msg, Lang::en);
            CHECK_FALSE(fr.empty());
            CHECK_FALSE(en.empty());
            CHECK(placeholders(fr) == placeholders(en));
        }
    }
    SUBCASE("no French quotation marks in an English text") {
        // « » in an English text is a French text left untranslated, or half translated.
        // (Accented letters are not checked: names such as présentiel or Sujet are values.)
        for (Msg msg : all_messages()) {
            const std::string key = k_keys[static_cast<std::size_t>(msg)];
            CAPTURE(key);
            const std::string_view en = text(msg, Lang::en);
            CHECK(en.find("«") == std::string_view::npos);
            CHECK(en.find("»") == std::string_view::npos);
        }
    }
    SUBCASE("a French and an English text") {
        CHECK(text(Msg::show_theme, Lang::fr) == "Thème");
        CHECK(text(Msg::show_theme, Lang::en) == "Theme");
        CHECK(text(Msg::date_empty, Lang::fr) == "date vide");
        CHECK(text(Msg::date_empty, Lang::en) == "empty date");
    }
}

TEST_CASE("all_messages") {
    const auto& all = all_messages();
    REQUIRE(all.size() == std::size(k_keys));
    for (std::size_t i = 0; i < all.size(); ++i) CHECK(static_cast<std::size_t>(all[i]) == i);
    CHECK(all.front() == Msg::date_empty);
}

TEST_CASE("tr") {
    CHECK(tr(Lang::fr, Msg::check_summary, "a", "b", "c") == "a : b, c");
    CHECK(tr(Lang::en, Msg::check_summary, "a", "b", "c") == "a: b, c");
    CHECK(tr(Lang::fr, Msg::expected_agenda_item) ==
          "« agenda » : chaque point s'écrit « HH:MM Titre » ou {time, title}");
}

TEST_CASE("count") {
    SUBCASE("French: singular for 0 and 1") {
        CHECK(count(Lang::fr, 0, Msg::count_note_checked) == "0 note vérifiée");
        CHECK(count(Lang::fr, 1, Msg::count_note_checked) == "1 note vérifiée");
        CHECK(count(Lang::fr, 3, Msg::count_note_checked) == "3 notes vérifiées");
        CHECK(count(Lang::fr, 2, Msg::count_attendee) == "2 présent·e·s");
        CHECK(tr(Lang::fr, Msg::check_summary, count(Lang::fr, 1, Msg::count_note_checked), count(Lang::fr, 4, Msg::count_error),
                 count(Lang::fr, 1, Msg::count_warning)) == "1 note vérifiée : 4 erreurs, 1 avertissement");
    }
    SUBCASE("English: singular for 1 only") {
        CHECK(count(Lang::en, 0, Msg::count_error) == "0 errors");
        CHECK(count(Lang::en, 1, Msg::count_error) == "1 error");
        CHECK(count(Lang::en, 2, Msg::count_person) == "2 people");
        CHECK(count(Lang::en, 1, Msg::count_person) == "1 person");
    }
    SUBCASE("every count message has two forms and no placeholder, no message writes (s)") {
        for (Msg msg : all_messages()) {
            const std::string key = k_keys[static_cast<std::size_t>(msg)];
            CAPTURE(key);
            for (Lang lang : {Lang::fr, Lang::en}) {
                const std::string_view t = text(msg, lang);
                CHECK(t.find("(s)") == std::string_view::npos);
                CHECK(t.find("(e)") == std::string_view::npos);
                if (!key.starts_with("count_")) continue;
                CHECK(std::count(t.begin(), t.end(), '|') == 1);
                CHECK(placeholders(t) == 0);
            }
        }
    }
}

TEST_CASE("Phrase::in") {
    SUBCASE("arguments filled in, in each language") {
        const Phrase p{Msg::date_no_such_day, {"2024-02-30"}};
        CHECK(p.in(Lang::fr) == "ce jour n'existe pas : 2024-02-30");
        CHECK(p.in(Lang::en) == "no such day: 2024-02-30");
    }
    SUBCASE("several arguments in order") {
        const Phrase p{Msg::date_wrong_weekday, {"11 juin 2024", "mardi", "lundi"}};
        CHECK(p.in(Lang::fr) == "le 11 juin 2024 est un mardi, pas un lundi");
        CHECK(p.in(Lang::en) == "11 juin 2024 is a mardi, not a lundi");
    }
    SUBCASE("no argument") { CHECK(Phrase{Msg::time_empty, {}}.in(Lang::fr) == "heure vide"); }
    SUBCASE("escaped braces") {
        CHECK(Phrase{Msg::expected_person, {"attendees"}}.in(Lang::en) ==
              "\"attendees\": each person is written \"Name (Organisation)\" or {name, org, role}");
    }
    SUBCASE("braces in an argument are not read as placeholders") {
        CHECK(Phrase{Msg::date_unreadable, {"{} {0}"}}.in(Lang::fr) == "date illisible : « {} {0} »");
    }
    SUBCASE("every message renders with as many arguments as placeholders") {
        for (Msg msg : all_messages()) {
            const std::string key = k_keys[static_cast<std::size_t>(msg)];
            CAPTURE(key);
            const Phrase p{msg, std::vector<std::string>(static_cast<std::size_t>(placeholders(text(msg, Lang::fr))), "X")};
            CHECK_NOTHROW((void)p.in(Lang::fr));
            CHECK_NOTHROW((void)p.in(Lang::en));
        }
    }
}

TEST_CASE("parse_lang") {
    // "fr", "en" or "none"; starting from each language, so that the value must be written.
    auto lang = [](std::string_view text) -> std::string {
        Lang from_fr = Lang::fr;
        Lang from_en = Lang::en;
        const bool found = parse_lang(text, from_fr);
        if (parse_lang(text, from_en) != found) return "inconsistent";
        if (!found) return from_fr == Lang::fr && from_en == Lang::en ? "none" : "written";
        if (from_fr != from_en) return "inconsistent";
        return from_fr == Lang::fr ? "fr" : "en";
    };
    SUBCASE("codes") {
        CHECK(lang("fr") == "fr");
        CHECK(lang("FR") == "fr");
        CHECK(lang("en") == "en");
        CHECK(lang("EN") == "en");
    }
    SUBCASE("locale names") {
        CHECK(lang("fr_FR.UTF-8") == "fr");
        CHECK(lang("fr-BE") == "fr");
        CHECK(lang("en-GB") == "en");
        CHECK(lang("en_US.UTF-8") == "en");
    }
    SUBCASE("neither") {
        CHECK(lang("de") == "none");
        CHECK(lang("") == "none");
        CHECK(lang("f") == "none");
        CHECK(lang("C") == "none");
        CHECK(lang("POSIX") == "none");
    }
}
