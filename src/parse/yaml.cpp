#include "dla/parse/yaml.hpp"

#include <algorithm>
#include <string>

#include <yaml-cpp/depthguard.h>

namespace dla::parse {

namespace {

// yaml-cpp's messages are English sentences: the common ones are said in the user's
// language, with a hint; the rare ones are shown as yaml-cpp wrote them.
std::string explain(const std::string& yaml_message, util::Lang lang) {
    using util::Msg;
    struct Known {
        const char* prefix;
        Msg msg;
    };
    static constexpr Known known[] = {
        {"illegal tab when looking for indentation", Msg::yaml_tab},
        {"illegal map value", Msg::yaml_map_value},
        {"end of map not found", Msg::yaml_unclosed},
        {"end of map flow not found", Msg::yaml_unclosed},
        {"end of sequence not found", Msg::yaml_unclosed},
        {"end of sequence flow not found", Msg::yaml_unclosed},
        {"illegal EOF in scalar", Msg::yaml_unclosed_quote},
        {"unknown escape character", Msg::yaml_escape},
        {"illegal block entry", Msg::yaml_block_entry},
        {"the referenced anchor is not defined", Msg::yaml_alias},
    };
    for (const auto& k : known)
        if (yaml_message.starts_with(k.prefix)) return util::tr(lang, k.msg);
    return util::tr(lang, Msg::yaml_syntax, yaml_message);
}

}  // namespace

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
        report(e.mark, explain(e.msg, lang));
    }
    return std::nullopt;
}

}  // namespace dla::parse
