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
    std::optional<DateField> due;     // 📅 …, due: …, échéance : …, [due:: …]
    std::optional<DateField> done;    // ✅ …, [completion:: …]
    std::string id;                   // trailing ^id
};

/// Splits a task item's text (`Envoyer la trame @Claire 📅 2024-04-15 ^trame`).
[[nodiscard]] ActionFields split_action(std::string_view text);

}  // namespace dla::parse
