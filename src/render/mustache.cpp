#include "dla/render/mustache.hpp"

#include <algorithm>
#include <regex>

#include "dla/render/html.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

namespace mustache = kainjow::mustache;
using util::Msg;
using util::tr;

namespace {

// kainjow says "Unclosed section \"x\" at 123" (a byte offset): in the user's words, at a line.
[[noreturn]] void syntax_error(std::string_view name, const std::string& text, const std::string& message,
                               util::Lang lang) {
    static const std::regex shape(R"re(^(.*?)(?: "([^"]*)")? at (\d+)$)re");
    std::smatch m;
    if (!std::regex_match(message, m, shape)) throw util::Failure({Msg::minutes_template_syntax, {std::string(name), "1", message}});
    const std::size_t offset = std::min<std::size_t>(std::stoul(m[3].str()), text.size());
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    const std::string kind = m[1].str(), tag = m[2].str();
    std::string what = message;  // a message the catalogue does not know is shown as the library words it
    if (kind == "Unclosed tag") what = tr(lang, Msg::minutes_mustache_unclosed_tag);
    else if (kind == "Unclosed section") what = tr(lang, Msg::minutes_mustache_unclosed_section, tag, tag);
    else if (kind == "Unopened section") what = tr(lang, Msg::minutes_mustache_unopened_section, tag);
    else if (kind == "Invalid set delimiter tag") what = tr(lang, Msg::minutes_mustache_delimiter);
    throw util::Failure({Msg::minutes_template_syntax, {std::string(name), std::to_string(line), what}});
}

// The Mustache rule for "standalone" lines, applied before kainjow sees the text: a line
// holding nothing but a section, inverted-section, end-of-section or comment tag (a comment
// may run over several lines) gives no output of its own, neither its indentation nor its
// line break. kainjow 4.1 does that for the sections it renders, but leaves an empty line
// for those it skips and for comments: a blank line in the middle of the front matter.
// Such a line becomes its tag alone, behind a k_mark that keeps kainjow from seeing a
// standalone line there; render_mustache removes the marks. Templates that change the
// delimiters are left to the library as they are.
constexpr char k_mark = '\x02';

std::string drop_standalone_lines(const std::string& text) {
    if (text.find("{{=") != std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    const std::size_t n = text.size();
    auto blank = [&](std::size_t i) { return i < n && (text[i] == ' ' || text[i] == '\t'); };
    for (std::size_t pos = 0; pos < n;) {
        std::size_t p = pos;
        while (blank(p)) ++p;
        if (text.compare(p, 2, "{{") == 0 && p + 2 < n && std::string_view("#^/!").find(text[p + 2]) != std::string_view::npos) {
            const std::size_t close = text.find("}}", p + 2);
            if (close != std::string::npos) {
                const std::size_t after = close + 2;
                std::size_t q = after;
                while (blank(q)) ++q;
                const bool one_line = text[p + 2] == '!' || text.find('\n', p) > close;
                if (one_line && (q == n || text[q] == '\n')) {
                    out += k_mark;
                    out.append(text, p, after - p);
                    pos = q == n ? n : q + 1;
                    continue;
                }
            }
        }
        const std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string::npos ? n : nl + 1;
        out.append(text, pos, end - pos);
        pos = end;
    }
    return out;
}

}  // namespace

std::string render_mustache(std::string_view template_text, std::string_view template_name,
                            const mustache::data& view, util::Lang lang, Escape escape) {
    const std::string text = util::normalize_newlines(template_text);
    // Checked as written, for the error to name the line the author sees.
    if (mustache::mustache as_written{text}; !as_written.is_valid())
        syntax_error(template_name, text, as_written.error_message(), lang);
    mustache::mustache tmpl{drop_standalone_lines(text)};
    if (!tmpl.is_valid()) syntax_error(template_name, text, tmpl.error_message(), lang);
    if (escape == Escape::none) tmpl.set_custom_escape([](const std::string& s) { return s; });
    else tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); });
    std::string out = tmpl.render(view);
    if (!tmpl.is_valid()) syntax_error(template_name, text, tmpl.error_message(), lang);
    std::erase(out, k_mark);
    return out;
}

}  // namespace dla::render
