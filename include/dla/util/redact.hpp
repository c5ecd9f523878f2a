// Hiding personal contact details (e-mail addresses, phone numbers) in printed text,
// for outputs shared beyond the network (`--redact`).
#pragma once

#include <string>
#include <string_view>

#include "dla/util/i18n.hpp"

namespace dla::util {

/// `text` with every e-mail address replaced by "[courriel masqué]" and every French
/// phone number by "[téléphone masqué]" ("[email redacted]", "[phone redacted]" in
/// English). To apply to values (a cell, a field), before they are laid out or
/// serialised: never to JSON or a table already written.
/// E-mail addresses: accented local parts and domains (`hélène@café-associatif.fr`),
/// and `claire @ lma-hdf.fr` (one space each side of the @).
/// Phone numbers: ten digits from 0, the first pair possibly in brackets (`(06) 12…`), or
/// +33 / 0033 (then `(0)` allowed) and nine digits; the digits in pairs, or in fours after
/// spaces (`06 1234 5678`), or all at once, separated by up to three spaces (no-break
/// ones too) with at most one dot or hyphen: `06 12.34.56.78`, `06  12  34  56  78`,
/// `+33-6-12-34-56-78`, `Tél.06 12 34 56 78`. Never inside a word or a longer number:
/// dates (`2024-04-04`, `10/06/2024`, `06.12.2024 10h30`), times, amounts, department
/// numbers (`02-80`), ids and `N°4` are left alone.
[[nodiscard]] std::string redact_contacts(std::string_view text, Lang lang);

}  // namespace dla::util
