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
