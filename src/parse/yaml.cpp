#include "dla/parse/yaml.hpp"

#include <algorithm>
#include <string>

#include <yaml-cpp/depthguard.h>

namespace dla::parse {

std::optional<YAML::Node> load_yaml(std::string_view text, std::string_view path, int first_line,
                                    util::Lang lang, diag::Sink& sink) {
    auto report = [&](const YAML::Mark& mark, std::string message) {
        sink.report(path, first_line + std::max(0, mark.line), std::max(0, mark.column) + 1, "yaml-syntax",
                    std::move(message));
    };
    try {
        return YAML::Load(std::string(text));
    } catch (const YAML::DeepRecursion& e) {
        report(e.mark, util::tr(lang, util::Msg::yaml_too_deep));
    } catch (const YAML::Exception& e) {
        report(e.mark, util::tr(lang, util::Msg::yaml_syntax, e.msg));
    }
    return std::nullopt;
}

}  // namespace dla::parse
