// JSON output: English snake_case field names, ISO dates, null for what is missing.
#pragma once

#include <string>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/model/meeting.hpp"

namespace dla::render {

/// The meetings as a JSON array (documented in docs/json.md), indented, ending in a newline.
[[nodiscard]] std::string meetings_json(const std::vector<const model::Meeting*>& meetings);

/// Diagnostics as `[{path, line, column, severity, rule, message}]`.
[[nodiscard]] std::string diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics);

}  // namespace dla::render
