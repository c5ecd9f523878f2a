// Finding the template of new minutes in the repository's templates/ folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/load/repository.hpp"

namespace dla::load {

/// The folder of the templates: `templates/` at the root of the repository.
[[nodiscard]] std::filesystem::path templates_dir(const Repository& repo);

/// The names of the templates (`interdla` for templates/interdla.md), sorted; for messages.
[[nodiscard]] std::vector<std::string> template_names(const Repository& repo);

/// The template to fill for new minutes of `series`:
/// - with `name` (--template): templates/<name>.md (`name` may end in `.md`). Throws
///   util::Failure: `minutes_template_name` when `name` is empty, holds a `/` or `\`, or
///   starts with a dot (`../../etc/passwd`); `minutes_template_missing` (listing the
///   templates there are) when there is no such file; `minutes_template_outside` when a
///   symbolic link leads it out of templates/;
/// - without: templates/<series>.md, else templates/default.md, else nullopt (the built-in
///   template), each under the same rules.
[[nodiscard]] std::optional<std::filesystem::path> find_template(const Repository& repo, std::string_view name,
                                                                 std::string_view series);

/// templates/<file> (`export.html`, `reference.docx`) when the repository has it; nothing
/// otherwise. Throws util::Failure (`minutes_template_outside`) when a symbolic link leads
/// it out of templates/, as find_template.
[[nodiscard]] std::optional<std::filesystem::path> find_template_file(const Repository& repo, const std::string& file);

}  // namespace dla::load
