// The front matter's schema: the keys dla reads, the other spellings it accepts for them
// and the order `dla fmt` writes them in. The note reader (parse) and the note writer
// (edit) both go by this one list.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace dla::model {

/// A field of the front matter that dla reads.
enum class Field { title, series, number, date, time, format, location, theme,
                   attendees, excused, absent, minute_taker, agenda, events };

/// What a field's value is: one line of text, a number, a date, a time or time range, a
/// format (text from a known list), a list of people, one person, the agenda's list, the
/// events' list.
enum class FieldKind { text, number, date, time, format, people, person, agenda, events };

/// One field: the key `dla fmt` writes, its kind, and the other keys read as it.
struct FieldSpec {
    Field field;
    std::string_view key;
    FieldKind kind;
    std::vector<std::string_view> synonyms;
};

/// Every field, in the order `dla fmt` writes them: title, series, number, date, time,
/// format, location, theme, attendees, excused, absent, minute-taker (also read as
/// `minute_taker`), agenda, events.
[[nodiscard]] const std::vector<FieldSpec>& front_matter_fields();

/// The field `key` names, written as its key or one of its synonyms (exact spelling);
/// nullopt for a key dla does not read (`layout`, `tags`… of Jekyll, Hugo or Obsidian).
[[nodiscard]] std::optional<Field> front_matter_field(std::string_view key);

/// The spec of `field`: its key (`minute-taker` for Field::minute_taker), kind, synonyms.
[[nodiscard]] const FieldSpec& field_spec(Field field);

/// A field of a person written as a mapping (`{name: …, org: …, role: …}`).
enum class PersonField { name, organisation, role };

/// The person field `key` names: name (`nom`), org (`organisation`, `organization`,
/// `structure`), role (`rôle`); nullopt for another key.
[[nodiscard]] std::optional<PersonField> person_field(std::string_view key);

}  // namespace dla::model
