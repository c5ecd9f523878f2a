// Usage errors (a mistyped command, a refused option value…) said in the user's language:
// CLI11's English messages recognised by their class and shape, and worded from the catalogue.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "dla/util/i18n.hpp"

namespace dla::cli {

/// `e` in the words of the catalogue, naming the option and the value CLI11's message
/// names; nullopt when the class or the shape of the message is not one dla knows. `app`
/// is the parsed application: a positional argument is named by its placeholder (FILE).
[[nodiscard]] std::optional<std::string> localised_parse_error(const CLI::App& app, const CLI::ParseError& e,
                                                               util::Lang lang);

/// Prints `dla: error: …` and the way out on stderr, returns the exit code (2).
int usage_error(const CLI::App& app, const CLI::ParseError& e, int argc, const char* const* argv, util::Lang lang);

}  // namespace dla::cli
