#include "dla/render/export.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "dla/render/show.hpp"
#include "dla/render/summary.hpp"
#include "dla/util/hash.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

namespace {

SummaryOptions summary_options(const query::Summary& summary, const ExportOptions& o) {
    SummaryOptions options;
    options.scope.lang = o.lang;
    options.scope.meetings = summary.meetings.size();
    options.today = o.today;
    return options;
}

// Every section as the author wrote it, in order; a level-1 heading goes under the title.
std::string sections_markdown(const model::Meeting& m) {
    std::string out;
    for (const auto& s : m.sections) {
        std::string body = s.markdown;
        while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
        if (!s.title.empty()) out += "\n" + std::string(static_cast<std::size_t>(std::max(s.level, 2)), '#') + " " + s.title + "\n";
        if (!body.empty()) out += "\n" + body + "\n";
    }
    return out;
}

// The next dates from today, unless the note has its own table of them (« Prochaines
// dates », « See you soon »): the minutes then say them as their author wrote them.
std::string dates_markdown(const model::Meeting& m, const query::Summary& summary, const SummaryOptions& options) {
    for (const auto& s : m.sections)
        if (s.kind == "events") return {};
    return summary_dates_markdown(summary, options);
}

std::string hex(std::uint64_t value) { return fmt::format("{:016x}", value); }

}  // namespace

std::string export_markdown(const model::Meeting& meeting, const query::Summary& summary, const model::Config& config,
                            const ExportOptions& o) {
    const SummaryOptions options = summary_options(summary, o);
    return summary_head_markdown(summary, options) + summary_people_markdown(summary, options) +
           summary_agenda_markdown(summary, options) + sections_markdown(meeting) +
           summary_actions_markdown(summary, config, options) + dates_markdown(meeting, summary, options);
}

std::string export_html(const model::Meeting& meeting, const query::Summary& summary, const model::Config& config,
                        const ExportOptions& o, std::string_view template_text, std::string_view template_name) {
    const SummaryOptions options = summary_options(summary, o);
    HtmlPage page;
    page.lang = o.lang == util::Lang::fr ? "fr" : "en";
    page.title = export_subject(meeting, o.lang);
    organisation_frame(page, config);
    if (meeting.date) page.header_aside.push_back(date_text(*meeting.date, o.lang));
    page.links = o.links;
    page.parts = {{"head", markdown_to_html(summary_head_markdown(summary, options))},
                  {"people", markdown_to_html(summary_people_markdown(summary, options))},
                  {"agenda", markdown_to_html(summary_agenda_markdown(summary, options))},
                  {"sections", markdown_to_html(sections_markdown(meeting))},
                  {"actions", markdown_to_html(summary_actions_markdown(summary, config, options))},
                  {"dates", markdown_to_html(dates_markdown(meeting, summary, options))}};
    page.body = markdown_to_html(export_markdown(meeting, summary, config, o));
    return html_page(page, template_text, template_name);
}

std::string export_subject(const model::Meeting& meeting, util::Lang lang) {
    const std::string title = meeting.title.empty() ? meeting.path : meeting.title;
    return tr(lang, Msg::export_subject, meeting.date ? title + " — " + date_text(*meeting.date, lang) : title);
}

std::string export_file_name(const model::Meeting& meeting, std::string_view extension) {
    std::string stem = std::filesystem::path(meeting.path).stem().string();
    if (stem.empty()) stem = "compte-rendu";
    return stem + "." + std::string(extension);
}

Recipients export_recipients(const model::Meeting& meeting, const model::Config& config) {
    std::vector<std::string> names;
    for (const auto& s : config.series)
        if (util::fold(s.id) == util::fold(meeting.series)) names = s.members;
    if (names.empty())
        for (const auto& a : meeting.attendees) names.push_back(a.name);
    Recipients out;
    std::vector<std::string> seen;
    for (const auto& name : names) {
        const model::Person* person = model::find_person(config, name);
        const std::string shown = person ? person->name : name;
        const std::string key = model::person_key(config, name);
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(key);
        if (person && !person->email.empty()) out.to.push_back({person->name, person->email});
        else out.without_email.push_back(shown);
    }
    return out;
}

Mail export_mail(const model::Meeting& meeting, const std::vector<Mailbox>& recipients, std::string markdown,
                 std::string html, std::string calendar, const ExportOptions& o) {
    Mail mail;
    mail.to = recipients;
    mail.subject = export_subject(meeting, o.lang);
    mail.text = std::move(markdown);
    mail.html = std::move(html);
    if (!calendar.empty())
        mail.attachments.push_back({tr(o.lang, Msg::export_ics_file_name), "text/calendar", std::move(calendar)});
    const std::string seed = meeting.path + "\n" + util::to_iso(o.today);
    mail.message_id = hex(util::fnv1a_64(seed)) + "@dla";
    mail.boundary_seed = hex(util::fnv1a_64("boundary\n" + seed));
    mail.date = static_cast<std::int64_t>(util::to_days(o.today)) * 86400;
    return mail;
}

}  // namespace dla::render
