// The files `dla init` writes to start a repository of minutes: dla.yaml and .gitignore.
#pragma once

#include <string>

#include "dla/util/i18n.hpp"

namespace dla::render {

/// A dla.yaml for the DLA network of Hauts-de-France: its five departments, one series
/// `interdla`, an organisation header and an empty directory of people, every key
/// explained by a comment in `lang` (and `language:` set to `lang`). It loads without
/// any diagnostic.
[[nodiscard]] std::string starter_config(util::Lang lang);

/// A .gitignore keeping editors' and office suites' temporary files out of the
/// repository, commented in `lang`.
[[nodiscard]] std::string starter_gitignore(util::Lang lang);

}  // namespace dla::render
