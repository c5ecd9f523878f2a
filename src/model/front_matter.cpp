#include "dla/model/front_matter.hpp"

#include <algorithm>

namespace dla::model {

const std::vector<FieldSpec>& front_matter_fields() {
    static const std::vector<FieldSpec> fields = {
        {Field::title, "title", FieldKind::text, {}},
        {Field::series, "series", FieldKind::text, {}},
        {Field::number, "number", FieldKind::number, {}},
        {Field::date, "date", FieldKind::date, {}},
        {Field::time, "time", FieldKind::time, {}},
        {Field::format, "format", FieldKind::format, {}},
        {Field::location, "location", FieldKind::text, {}},
        {Field::theme, "theme", FieldKind::text, {}},
        {Field::attendees, "attendees", FieldKind::people, {}},
        {Field::excused, "excused", FieldKind::people, {}},
        {Field::absent, "absent", FieldKind::people, {}},
        {Field::minute_taker, "minute-taker", FieldKind::person, {"minute_taker"}},
        {Field::agenda, "agenda", FieldKind::agenda, {}},
        {Field::events, "events", FieldKind::events, {}},
    };
    return fields;
}

std::optional<Field> front_matter_field(std::string_view key) {
    for (const auto& f : front_matter_fields())
        if (f.key == key || std::find(f.synonyms.begin(), f.synonyms.end(), key) != f.synonyms.end()) return f.field;
    return std::nullopt;
}

const FieldSpec& field_spec(Field field) {
    // The list is in the enum's order (a unit test holds it so).
    return front_matter_fields()[static_cast<std::size_t>(field)];
}

std::optional<PersonField> person_field(std::string_view key) {
    if (key == "name" || key == "nom") return PersonField::name;
    if (key == "org" || key == "organisation" || key == "organization" || key == "structure") return PersonField::organisation;
    if (key == "role" || key == "rôle") return PersonField::role;
    return std::nullopt;
}

}  // namespace dla::model
