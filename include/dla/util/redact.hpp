// Hiding personal contact details (e-mail addresses, phone numbers) in printed text,
// for outputs shared beyond the network (`--redact`).
#pragma once

#include <string>
#include <string_view>

#include "dla/util/i18n.hpp"

namespace dla::util {

/// `text` with every e-mail address replaced by "[courriel masqué]" and every French
/// phone number by "[téléphone masqué]" ("[email redacted]", "[phone redacted]" in
/// English). Phone numbers are ten digits starting with 0 (`06 12 34 56 78`,
/// `06.12.34.56.78`, `06-12-34-56-78`, `0612345678`: one separator, the same
/// throughout) or +33 / 0033 and nine digits (`+33 6 12 34 56 78`, `+33 (0)6 12 34 56 78`),
/// neither inside a longer run of digits or letters. Dates (`2024-04-04`, `04/04/2024`,
/// `06.12.2024 10h30`), times, department numbers (`02-80`) and `N°4` are left alone.
/// The columns of a table stay aligned: after a replacement, the next runs of two spaces
/// or more on the same line are shortened or lengthened by the difference in width
/// (never below two spaces).
[[nodiscard]] std::string redact_contacts(std::string_view text, Lang lang);

}  // namespace dla::util
