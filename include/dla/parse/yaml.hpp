// Loading YAML with yaml-cpp, its errors turned into diagnostics at file lines.
#pragma once

#include <optional>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "dla/diag/diagnostic.hpp"
#include "dla/util/i18n.hpp"

namespace dla::parse {

/// The YAML document of `text`, which starts at line `first_line` of `path`;
/// nullopt, with a `yaml-syntax` diagnostic, when it does not parse, nests too deep, or
/// its aliases would expand it by more than 100,000 nodes (an alias bomb, or an alias
/// inside its own anchor): such a tree is refused, never expanded.
[[nodiscard]] std::optional<YAML::Node> load_yaml(std::string_view text, std::string_view path, int first_line,
                                                  util::Lang lang, diag::Sink& sink);

}  // namespace dla::parse
