#include "dla/util/redact.hpp"

#include <doctest/doctest.h>

using namespace dla::util;

namespace {

std::string fr(std::string_view text) { return redact_contacts(text, Lang::fr); }

}  // namespace

TEST_CASE("redact_contacts") {
    SUBCASE("e-mail addresses") {
        CHECK(fr("Contact : jeanne.martin@exemple.org.") == "Contact : [courriel masqué].");
        CHECK(fr("<paul+dla@asso-beta.exemple.fr>, amina_d@exemple.org") == "<[courriel masqué]>, [courriel masqué]");
        CHECK(fr("[écrire](mailto:jeanne@exemple.org)") == "[écrire](mailto:[courriel masqué])");
        CHECK(redact_contacts("jeanne@exemple.org", Lang::en) == "[email redacted]");
    }
    SUBCASE("French phone numbers") {
        CHECK(fr("Tél. 06 12 34 56 78") == "Tél. [téléphone masqué]");
        CHECK(fr("06.12.34.56.78 ou 06-12-34-56-78") == "[téléphone masqué] ou [téléphone masqué]");
        CHECK(fr("(0612345678)") == "([téléphone masqué])");
        CHECK(fr("+33 6 12 34 56 78 ; +33612345678 ; 0033 3 20 00 00 00") ==
              "[téléphone masqué] ; [téléphone masqué] ; [téléphone masqué]");
        CHECK(fr("+33 (0)6 12 34 56 78") == "[téléphone masqué]");
        CHECK(fr("| Paul | 03 20 12 34 56 |") == "| Paul | [téléphone masqué] |");
        CHECK(redact_contacts("call 06 12 34 56 78", Lang::en) == "call [phone redacted]");
    }
    SUBCASE("the columns of a table stay aligned") {
        CHECK(fr("Nom    Téléphone           Ville\n"
                 "Paul   06 12 34 56 78      Lille\n"
                 "Jeanne jeanne@exemple.org  Arras  Béthune\n"
                 "Amina  0612345678  x  y\n") ==
              "Nom    Téléphone           Ville\n"
              "Paul   [téléphone masqué]  Lille\n"
              "Jeanne [courriel masqué]   Arras  Béthune\n"
              "Amina  [téléphone masqué]  x  y\n");
        CHECK(fr("a  06 12 34 56 78 b  c") == "a  [téléphone masqué] b  c");
    }
    SUBCASE("left alone") {
        CHECK(fr("InterDLA N°4 du 2024-04-04 à 10:30") == "InterDLA N°4 du 2024-04-04 à 10:30");
        CHECK(fr("le 04/04/2024, le 06.12.2024 10h30, 9h – 11h") == "le 04/04/2024, le 06.12.2024 10h30, 9h – 11h");
        CHECK(fr("DLA 02-80, 59, 60, 62 et R") == "DLA 02-80, 59, 60, 62 et R");
        CHECK(fr("SIRET 12345678901234, n° 061234567890") == "SIRET 12345678901234, n° 061234567890");
        CHECK(fr("06 12 34 56") == "06 12 34 56");
        CHECK(fr("06 12.34 56 78") == "06 12.34 56 78");
        CHECK(fr("@Claire 📅 2024-04-15 ^linkedin-trame") == "@Claire 📅 2024-04-15 ^linkedin-trame");
        CHECK(fr("") == "");
    }
}
