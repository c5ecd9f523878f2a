// The inline fields of a task item: owners, dates and id (GitHub, Obsidian Tasks, Dataview).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/util/date.hpp"

namespace dla::parse {

/// A date field found in the text, as written, for the caller to read.
struct DateField {
    std::string text;  // "2024-04-15", "22/04/2024"
    int offset = 0;    // byte offset in the item text
};

/// The pieces of one task line, after its checkbox.
struct ActionFields {
    std::string text;                 // what is left once the fields are taken out
    std::vector<std::string> owners;  // "@Claire" → "Claire"; "[owner:: Claire Collet]"
    std::optional<DateField> due;     // 📅 …, due: …, échéance : …, [due:: …], … avant le 24/09 (at the end)
    std::optional<DateField> done;    // ✅ …, [completion:: …]
    std::string id;                   // trailing ^id
    bool id_before_fields = false;    // the ^id is followed by fields (`^trame ✅ 2024-05-16`)
    std::vector<DateField> ignored_due;  // due-looking phrases not taken, as written: a second due
                                         // date (taken out), `avant le …` not at the end (left in)
};

/// Splits a task item's text (`Envoyer la trame @Claire 📅 2024-04-15 ^trame`). A date
/// runs as far as it reads as one with `reference` (the meeting's date) for a missing
/// year (`échéance : mardi 24 septembre`). `avant le`, `pour le`, `d'ici le`, `au plus
/// tard le` and a date end the due date when they end the text (once owners, id and other
/// fields are out) and no other due date is written. Brackets left around nothing
/// (`(échéance : 24/09)`) go with the field. A `^id` followed by fields only (a ✅ added
/// at the end of the line) is still the id, and `id_before_fields` says so.
[[nodiscard]] ActionFields split_action(std::string_view text, std::optional<util::Date> reference = std::nullopt);

}  // namespace dla::parse
