// Queries over a collection of meetings: ordering, the newest, repository-wide checks.
#pragma once

#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/model/meeting.hpp"
#include "dla/util/i18n.hpp"

namespace dla::query {

/// The meetings sorted by date (undated last), then path.
[[nodiscard]] std::vector<const model::Meeting*> by_date(const std::vector<model::Meeting>& meetings);

/// The meeting with the latest date (ties: the last path); null when there is none.
[[nodiscard]] const model::Meeting* newest(const std::vector<model::Meeting>& meetings);

/// Checks that need every note at once: two notes of a series with the same number.
[[nodiscard]] std::vector<diag::Diagnostic> check_collection(const std::vector<model::Meeting>& meetings,
                                                             util::Lang lang);

}  // namespace dla::query
