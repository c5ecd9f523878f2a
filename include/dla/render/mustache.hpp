// Mustache templates (kainjow's library) shared by the renderers that a repository may
// override with its own template: new minutes (Markdown) and exported pages (HTML).
#pragma once

#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "dla/util/i18n.hpp"

namespace dla::render {

/// How `{{x}}` copies a value; `{{{x}}}` always copies it as it is.
enum class Escape {
    none,  // as it is (Markdown templates)
    html,  // `&`, `<`, `>`, `"`, `'` as entities (escape_html)
};

/// `template_text` (Mustache; CRLF read as LF) filled with `view`. A line holding only a
/// section, inverted-section, end-of-section or comment tag gives no output of its own
/// (the Mustache rule for standalone lines, which kainjow 4.1 applies only in part).
/// Throws util::Failure (`minutes_template_syntax`: `template_name:line: …`, in `lang`)
/// when the template is not valid Mustache.
[[nodiscard]] std::string render_mustache(std::string_view template_text, std::string_view template_name,
                                          const kainjow::mustache::data& view, util::Lang lang, Escape escape);

}  // namespace dla::render
