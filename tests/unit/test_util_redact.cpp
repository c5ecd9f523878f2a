#include "dla/util/redact.hpp"

#include <doctest/doctest.h>

using namespace dla::util;

namespace {

std::string fr(std::string_view text) { return redact_contacts(text, Lang::fr); }

const std::string k_mail = "[courriel masqué]";
const std::string k_phone = "[téléphone masqué]";

}  // namespace

TEST_CASE("redact_contacts") {
    SUBCASE("e-mail addresses") {
        CHECK(fr("Contact : jeanne.martin@exemple.org.") == "Contact : [courriel masqué].");
        CHECK(fr("<paul+dla@asso-beta.exemple.fr>, amina_d@exemple.org") == "<[courriel masqué]>, [courriel masqué]");
        CHECK(fr("[écrire](mailto:jeanne@exemple.org)") == "[écrire](mailto:[courriel masqué])");
        CHECK(redact_contacts("jeanne@exemple.org", Lang::en) == "[email redacted]");
    }
    SUBCASE("every written form is hidden whole") {
        struct Case {
            const char* text;
            std::string expected;
        };
        const Case cases[] = {
            {"jean@café-associatif.fr", k_mail},
            {"claire @ lma-hdf.fr", k_mail},
            {"hélène.lanson@exemple.org", k_mail},
            {"«jean@exemple.org»", "«" + k_mail + "»"},
            {"Écrire à Zoé.Ñúñez@exemple.org.", "Écrire à " + k_mail + "."},
            {"06 12 34 56 78", k_phone},
            {"06.12.34.56.78", k_phone},
            {"06-12-34-56-78", k_phone},
            {"0612345678", k_phone},
            {"06 12.34.56.78", k_phone},
            {"06 12.34 56 78", k_phone},
            {"06  12  34  56  78", k_phone},
            {"06 1234 5678", k_phone},
            {"06\xC2\xA0" "12\xC2\xA0" "34\xC2\xA0" "56\xC2\xA0" "78", k_phone},  // no-break spaces
            {"Tél.06 12 34 56 78", "Tél." + k_phone},
            {"Tél. 06 12 34 56 78", "Tél. " + k_phone},
            {"(06) 12 34 56 78", k_phone},
            {"(0612345678)", "(" + k_phone + ")"},
            {"+33-6-12-34-56-78", k_phone},
            {"+33 6 12 34 56 78", k_phone},
            {"+33612345678", k_phone},
            {"0033 3 20 00 00 00", k_phone},
            {"+33 (0)6 12 34 56 78", k_phone},
            {"| Paul | 03 20 12 34 56 |", "| Paul | " + k_phone + " |"},
            {"jeanne@exemple.org\n06 12 34 56 78", k_mail + "\n" + k_phone},
        };
        for (const auto& c : cases) {
            CAPTURE(c.text);
            CHECK(fr(c.text) == c.expected);
        }
        CHECK(redact_contacts("call 06 12 34 56 78", Lang::en) == "call [phone redacted]");
    }
    SUBCASE("left alone: dates, amounts, times, ids, owners") {
        for (const char* text : {
                 "InterDLA N°4 du 2024-04-04 à 10:30",
                 "le 10/06/2024, le 04/04/2024, le 06.12.2024 10h30, 9h – 11h",
                 "le 06.12.2024 10 personnes",
                 "le 06 12 2024",
                 "5600€, 5 600 €, 0,60 €, 10h30, 10h – 11h30",
                 "DLA 02-80, 59, 60, 62 et R",
                 "SIRET 12345678901234, n° 061234567890",
                 "dossier 2024-06-0612345678, ^a1-0612345678, ref0612345678",
                 "06 12 34 56",
                 "06 12 34 56 789",
                 "@Claire 📅 2024-04-15 ^linkedin-trame",
                 "Relancer @ Claire, voir @Paul.Durand",
                 "jean@localhost, @exemple.org, a@b.c",
                 "",
             }) {
            CAPTURE(text);
            CHECK(fr(text) == text);
        }
    }
}
