#include "dla/render/news.hpp"

#include <fmt/format.h>

#include "dla/render/html.hpp"
#include "dla/render/show.hpp"
#include "dla/render/table.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

std::string scope_text(const ReportScope& scope) {
    std::vector<std::string> parts;
    if (!scope.series.empty()) parts.push_back(tr(scope.lang, Msg::report_series, scope.series));
    if (scope.since && scope.until)
        parts.push_back(tr(scope.lang, Msg::report_between, date_text(*scope.since, scope.lang), date_text(*scope.until, scope.lang)));
    else if (scope.since)
        parts.push_back(tr(scope.lang, Msg::report_since, date_text(*scope.since, scope.lang)));
    else if (scope.until)
        parts.push_back(tr(scope.lang, Msg::report_until, date_text(*scope.until, scope.lang)));
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string no_meeting_text(const ReportScope& scope) {
    const std::string where = scope_text(scope);
    return where.empty() ? tr(scope.lang, Msg::report_no_meeting) : tr(scope.lang, Msg::report_no_meeting_in, where);
}

std::string wrapped(std::string_view first, std::string_view next, const std::string& text, std::size_t width) {
    const std::size_t indent = std::max(util::utf8_length(first), util::utf8_length(next));
    // Never narrower than 20 columns: past that, the terminal's own wrapping reads better.
    const std::size_t room = width == 0 ? 0 : std::max<std::size_t>(20, width > indent ? width - indent : 0);
    std::string out;
    bool start = true;
    for (const auto& line : wrap_text(text, room)) {
        out += std::string(start ? first : next) + line + "\n";
        start = false;
    }
    return out;
}

std::string department_name(const query::NewsEntry& entry, util::Lang lang) {
    return entry.label.empty() && entry.department.empty() ? tr(lang, Msg::show_network)
           : entry.label.empty()                            ? entry.department
                                                            : entry.label;
}

namespace {

std::string meeting_ref(const model::Meeting& m, util::Lang lang) {
    const std::string title = m.title.empty() ? m.path : m.title;
    return m.date ? date_text(*m.date, lang) + " — " + title : title;
}

std::string silent_labels(const query::News& news) {
    std::vector<std::string> labels;
    for (const auto* d : news.silent) labels.push_back(d->label.empty() ? d->id : d->label);
    return fmt::format("{}", fmt::join(labels, ", "));
}

// The sentence when there is nothing to show, "" when there is something.
std::string nothing_text(const query::News& news, const ReportScope& scope, bool one_department) {
    if (scope.meetings == 0) return no_meeting_text(scope);
    if (!news.entries.empty()) return {};
    const std::string where = scope_text(scope);
    if (one_department && !news.silent.empty())
        return where.empty() ? tr(scope.lang, Msg::news_none_from, silent_labels(news))
                             : tr(scope.lang, Msg::news_none_from_in, silent_labels(news), where);
    return where.empty() ? tr(scope.lang, Msg::news_none) : tr(scope.lang, Msg::news_none_in, where);
}

std::string silent_text(const query::News& news, const ReportScope& scope) {
    const std::string where = scope_text(scope);
    return where.empty() ? tr(scope.lang, Msg::news_silent, silent_labels(news))
                         : tr(scope.lang, Msg::news_silent_in, where, silent_labels(news));
}

}  // namespace

std::string news_text(const query::News& news, const ReportScope& scope, bool one_department, const Style& style,
                      std::size_t width) {
    if (std::string nothing = nothing_text(news, scope, one_department); !nothing.empty()) return nothing + "\n";
    std::string out;
    std::string current;
    for (const auto& e : news.entries) {
        const std::string name = department_name(e, scope.lang);
        if (util::fold(e.department) != current || out.empty()) {
            if (!out.empty()) out += '\n';
            out += style.bold(name) + '\n';
            current = util::fold(e.department);
        }
        out += "  " + style.cyan(meeting_ref(*e.meeting, scope.lang)) + '\n';
        for (const auto& item : e.items) {
            out += wrapped("    • ", "      ", inline_text(item.text, style), width);
            for (const auto& child : item.children) out += wrapped("      – ", "        ", inline_text(child, style), width);
        }
    }
    if (!news.silent.empty() && !one_department) out += '\n' + wrapped("", "  ", silent_text(news, scope), width);
    return out;
}

std::string news_markdown(const query::News& news, const ReportScope& scope, bool one_department) {
    if (std::string nothing = nothing_text(news, scope, one_department); !nothing.empty())
        return escape_markdown(nothing) + "\n";
    std::string out;
    std::string current;
    for (const auto& e : news.entries) {
        if (util::fold(e.department) != current || out.empty()) {
            out += (out.empty() ? "## " : "\n## ") + escape_markdown(department_name(e, scope.lang)) + "\n";
            current = util::fold(e.department);
        }
        out += "\n### " + escape_markdown(meeting_ref(*e.meeting, scope.lang)) + "\n\n";
        for (const auto& item : e.items) {
            out += "- " + item.text + "\n";
            for (const auto& child : item.children) out += "  - " + child + "\n";
        }
    }
    if (!news.silent.empty() && !one_department) out += "\n*" + escape_markdown(silent_text(news, scope)) + "*\n";
    return out;
}

}  // namespace dla::render
