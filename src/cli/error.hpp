// The one way dla says on stderr that something failed: `dla: error: …`, as main says a
// util::Failure (docs/robustness.md), and `dla: warning: …` for what did not stop it.
#pragma once

#include <iosfwd>
#include <string_view>

namespace dla::cli {

/// `dla: error: TEXT` and a newline on `out` (standard error unless a test passes its own).
void print_error(std::string_view text);
void print_error(std::string_view text, std::ostream& out);

/// `dla: warning: TEXT` and a newline.
void print_warning(std::string_view text);
void print_warning(std::string_view text, std::ostream& out);

}  // namespace dla::cli
