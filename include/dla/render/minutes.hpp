// New minutes from a template: the plan of query/next_minutes as Mustache variables
// (documented in docs/templates.md), rendered with kainjow's Mustache library.
#pragma once

#include <string>
#include <string_view>

#include "dla/model/config.hpp"
#include "dla/query/next_minutes.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// The template used when the repository has none: the text of templates/default.md.
[[nodiscard]] std::string_view default_minutes_template();

/// `template_text` (Mustache) filled with the variables of `plan` (docs/templates.md), in
/// `lang` for dates, tables and labels. HTML escaping is off: `{{x}}` and `{{{x}}}` both
/// copy the value as it is. An empty value is false for `{{#x}}` sections. Throws
/// util::Failure (`minutes_template_syntax`: `template_name:line: …`) when the template is
/// not valid Mustache.
[[nodiscard]] std::string render_minutes(std::string_view template_text, std::string_view template_name,
                                         const query::MinutesPlan& plan, const model::Config& config, util::Lang lang);

}  // namespace dla::render
