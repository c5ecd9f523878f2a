// The one rule for dates typed on the command line (--since, --until, --from, --to,
// --due-before, --due-after, --date): every form of docs/format.md, the year from --today.
#pragma once

#include <string_view>

#include "dla/util/date.hpp"

namespace dla::util {

/// A date option's value: any one-day form parse_date reads (`2024-04-01`, `01/04/2024`,
/// `1er avril 2024`, `1er avril`, `mardi 2 avril`, `01/04`…). A date written without its
/// year takes the year that puts it nearest `today` (six months either way): `1er janvier`
/// typed on 2024-06-01 is 2024-01-01, `8 janvier` typed on 2026-12-03 is 2027-01-08; a
/// weekday must match the year chosen. Errors as parse_date's (a range, a day that does
/// not exist, trailing text…).
[[nodiscard]] Parsed<Date> parse_date_option(std::string_view text, Date today);

}  // namespace dla::util
