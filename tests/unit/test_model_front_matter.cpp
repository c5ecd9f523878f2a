#include "dla/model/front_matter.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;
using model::Field;
using model::PersonField;

TEST_CASE("front_matter_fields") {
    const auto& fields = model::front_matter_fields();
    std::string keys;
    for (const auto& f : fields) keys += std::string(keys.empty() ? "" : " ") + std::string(f.key);
    CHECK(keys == "title series number date time format location theme attendees excused absent minute-taker agenda events");
    // field_spec finds a field at its enum's place.
    for (const auto& f : fields) CHECK(model::field_spec(f.field).key == f.key);
    CHECK(model::field_spec(Field::format).kind == model::FieldKind::format);
    CHECK(model::field_spec(Field::theme).kind == model::FieldKind::text);
}

TEST_CASE("front_matter_field") {
    CHECK(model::front_matter_field("title") == Field::title);
    CHECK(model::front_matter_field("minute-taker") == Field::minute_taker);
    CHECK(model::front_matter_field("minute_taker") == Field::minute_taker);
    CHECK(model::front_matter_field("Title") == std::nullopt);
    CHECK(model::front_matter_field("layout") == std::nullopt);
}

TEST_CASE("person_field") {
    CHECK(model::person_field("name") == PersonField::name);
    CHECK(model::person_field("nom") == PersonField::name);
    CHECK(model::person_field("structure") == PersonField::organisation);
    CHECK(model::person_field("organization") == PersonField::organisation);
    CHECK(model::person_field("rôle") == PersonField::role);
    CHECK(model::person_field("email") == std::nullopt);
}
