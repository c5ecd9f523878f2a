#include <doctest/doctest.h>

#include "dla/model/config.hpp"

using namespace dla;

namespace {

model::Config directory() {
    model::Config c;
    c.departments = {{"59", "DLA 59 Nord", "Association Alpha", {"Nord"}}, {"62", "DLA 62", "", {"Nord"}}};
    c.people = {{"Jeanne Martin", "Association Alpha", {"Jeanne"}, ""},
                {"Jeanne Petit", "Coopérative Béta", {"Jeanne", "JP"}, ""},
                {"Paul Durand", "  ", {}, ""}};
    model::index_directory(c);
    return c;
}

}  // namespace

TEST_CASE("index_directory: names folded, the first of two equal names wins") {
    const model::Config c = directory();
    REQUIRE(model::find_person(c, "JEANNE martin") != nullptr);
    CHECK(model::find_person(c, "jeanne")->name == "Jeanne Martin");  // as in file order
    CHECK(model::find_person(c, "jp")->name == "Jeanne Petit");
    CHECK(model::find_person(c, "Jeanne Dupont") == nullptr);
    CHECK(model::find_person(c, "") == nullptr);
    CHECK(model::find_department(c, "dla 62")->id == "62");
    CHECK(model::find_department(c, "nord")->id == "59");
    CHECK(model::find_department(c, "DLA 59 NORD")->id == "59");
    CHECK(model::find_department(c, "60") == nullptr);
    CHECK(model::is_organisation(c, "cooperative beta"));
    CHECK(model::is_organisation(c, "association alpha"));
    CHECK_FALSE(model::is_organisation(c, ""));  // Paul's blank organisation names nothing
    CHECK_FALSE(model::is_organisation(c, "Jeanne Martin"));
}

TEST_CASE("index_directory: made anew when the directory changes") {
    model::Config c = directory();
    c.people.push_back({"Amina Diallo", "Réseau Gamma", {"Amina"}, ""});
    CHECK(model::find_person(c, "Amina") == nullptr);  // not indexed yet
    model::index_directory(c);
    CHECK(model::find_person(c, "Amina")->name == "Amina Diallo");
    CHECK(model::is_organisation(c, "reseau gamma"));
}

namespace {

model::Config two_margaux() {
    model::Config c;
    c.people = {{"Margaux Krebs", "Coopérative Beta", {"Margaux K"}, ""},
                {"Margaux Pellet", "Réseau Gamma", {}, ""},
                {"Claire Collet", "Réseau Gamma", {"Claire"}, ""},
                {"Élodie Roux", "Coopérative Beta", {}, ""}};
    model::index_directory(c);
    return c;
}

std::vector<std::string> names(const std::vector<const model::Person*>& people) {
    std::vector<std::string> out;
    for (const auto* p : people) out.push_back(p->name);
    return out;
}

}  // namespace

TEST_CASE("match_person") {
    const model::Config c = two_margaux();
    SUBCASE("an alias names its person") {
        CHECK(model::match_person(c, "Margaux K").person->name == "Margaux Krebs");
        CHECK(model::match_person(c, "margaux krebs").person->name == "Margaux Krebs");
    }
    SUBCASE("NFD is NFC") {
        CHECK(model::match_person(c, "E\xCC\x81lodie Roux").person->name == "Élodie Roux");
        CHECK(model::match_person(c, "E\xCC\x81lodie").person->name == "Élodie Roux");  // the one Élodie
    }
    SUBCASE("a first name of two people is ambiguous") {
        const model::PersonMatch m = model::match_person(c, "Margaux");
        CHECK(m.person == nullptr);
        CHECK(names(m.candidates) == std::vector<std::string>{"Margaux Krebs", "Margaux Pellet"});
        CHECK(model::find_person(c, "Margaux") == nullptr);
        CHECK(model::one_of({"Margaux Krebs", "Margaux Pellet"}, util::Lang::fr) == "Margaux Krebs ou Margaux Pellet");
        CHECK(model::one_of({"A", "B", "C"}, util::Lang::en) == "A, B or C");
    }
    SUBCASE("a last name of one person names them") { CHECK(model::match_person(c, "Pellet").person->name == "Margaux Pellet"); }
    SUBCASE("unknown, with the close names") {
        const model::PersonMatch m = model::match_person(c, "Clarie");
        CHECK(m.person == nullptr);
        CHECK(m.candidates.empty());
        CHECK(m.suggestions == std::vector<std::string>{"Claire"});
        CHECK(model::match_person(c, "Margaux Krebz").suggestions == std::vector<std::string>{"Margaux Krebs"});
        CHECK(model::match_person(c, "Zorro").suggestions.empty());
    }
    SUBCASE("person_key and canonical_name merge aliases") {
        CHECK(model::person_key(c, "Margaux K") == model::person_key(c, "MARGAUX KREBS"));
        CHECK(model::canonical_name(c, "Margaux K") == "Margaux Krebs");
        CHECK(model::canonical_name(c, " Sam Inconnu ") == "Sam Inconnu");
        CHECK(model::person_key(c, "Sam Inconnu") == "sam inconnu");
    }
}
