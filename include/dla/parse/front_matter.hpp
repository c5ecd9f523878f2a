// The YAML front matter of a note: splitting it from the body and reading its fields.
#pragma once

#include <string>
#include <utility>
#include <optional>
#include <string_view>

#include "dla/diag/diagnostic.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::parse {

/// A note cut in two. `yaml` is empty when there is no front matter;
/// `body_first_line` is the file line where the body starts (1-based).
struct NoteParts {
    bool has_front_matter = false;
    bool closed = false;
    std::string_view yaml;
    std::string_view body;
    int yaml_first_line = 0;
    int body_first_line = 1;
};

/// Splits normalized text (LF only, no BOM) at the `---` … `---` (or `...`) lines.
[[nodiscard]] NoteParts split_front_matter(std::string_view text);

/// Reads the front-matter fields into `meeting`; problems go to `sink`. Dates without a
/// year (of `events`) are read from `date`, or without it from `fallback_date` (the file
/// name's). Invalid YAML is said once, then read key by key.
void read_front_matter(std::string_view yaml, int first_line, const model::Config& config,
                       model::Meeting& meeting, diag::Sink& sink,
                       std::optional<util::Date> fallback_date = std::nullopt);

/// An agenda line cut into its time and its title: `"9h – 11h : Atelier"` →
/// {"9h – 11h", "Atelier"}; {"", text} when it does not start with a time.
[[nodiscard]] std::pair<std::string, std::string> split_agenda_text(std::string_view text);

/// `Name (Organisation)` → {name, organisation}; `Name` alone has no organisation.
[[nodiscard]] model::Attendee parse_attendee(std::string_view text);

}  // namespace dla::parse
