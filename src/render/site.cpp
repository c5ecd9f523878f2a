#include "dla/render/site.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "dla/query/actions.hpp"
#include "dla/query/attendance.hpp"
#include "dla/query/calendar.hpp"
#include "dla/query/news.hpp"
#include "dla/query/scope.hpp"
#include "dla/query/summary.hpp"
#include "dla/render/attendance.hpp"
#include "dla/render/calendar.hpp"
#include "dla/render/export.hpp"
#include "dla/render/html.hpp"
#include "dla/render/ics.hpp"
#include "dla/render/news.hpp"
#include "dla/render/show.hpp"
#include "dla/render/summary.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

namespace {

constexpr std::size_t k_home_meetings = 10;  // the latest minutes on the home page
constexpr std::size_t k_home_dates = 5;      // the next dates on the home page

// The site's own pages, which no meeting page may take the name of.
const std::set<std::string> k_own_pages{"index.html", "reunions.html", "actions.html", "calendrier.html",
                                        "presences.html", "nouvelles.html"};

// The navigation's few rules, after the export page's stylesheet; hidden in print.
constexpr std::string_view k_site_css = R"(nav.site { display: flex; flex-wrap: wrap; gap: 4pt 14pt; margin: 0 0 12pt;
  padding-bottom: 6pt; border-bottom: 1px solid var(--rule); font-size: 9.5pt; }
nav.site a[rel="prev"] { margin-left: auto; }
strong.late { color: #b42318; }
@media print { nav.site { display: none; } }
)";

// A Markdown link to a page of the site; `href` is one of its file names (plain ASCII).
std::string link(std::string_view text, std::string_view href) {
    return "[" + escape_markdown(text) + "](" + std::string(href) + ")";
}

std::string meeting_label(const model::Meeting& m, util::Lang lang) {
    const std::string title = m.title.empty() ? m.path : m.title;
    return m.date ? title + " — " + date_text(*m.date, lang) : title;
}

// Which page shows which meeting.
using Pages = std::unordered_map<const model::Meeting*, std::string>;

// The meetings of one series (folded), by date then path; undated ones last.
std::vector<const model::Meeting*> series_order(const std::vector<model::Meeting>& meetings, std::string_view series) {
    std::vector<const model::Meeting*> out;
    for (const auto& m : meetings)
        if (util::fold(m.series) == util::fold(series)) out.push_back(&m);
    std::stable_sort(out.begin(), out.end(), [](const model::Meeting* a, const model::Meeting* b) {
        if (a->date.has_value() != b->date.has_value()) return a->date.has_value();
        if (a->date != b->date) return *a->date < *b->date;
        return a->path < b->path;
    });
    return out;
}

class Builder {
public:
    Builder(const std::vector<model::Meeting>& meetings, const model::Config& config, const SiteOptions& o)
        : m_meetings(meetings), m_config(config), m_o(o) {
        const auto files = site_meeting_files(meetings);
        for (std::size_t i = 0; i < meetings.size(); ++i) m_pages[&meetings[i]] = files[i];
        query::MeetingScope scope;
        scope.today = o.today;
        m_held = query::held_meetings(meetings, scope);
        m_tracked = query::track_actions(meetings, o.today);  // once: every meeting page digests its own
    }

    std::vector<SiteFile> files() {
        std::vector<SiteFile> out;
        for (const auto& m : m_meetings) out.push_back({m_pages.at(&m), meeting_page(m)});
        out.push_back({"index.html", home()});
        out.push_back({"reunions.html", meetings_page()});
        out.push_back({"actions.html", actions_page()});
        out.push_back({"calendrier.html", calendar_page()});
        out.push_back({"calendrier.ics", calendar_ics(upcoming(0), ics_options())});
        out.push_back({"presences.html", attendance_page()});
        out.push_back({"nouvelles.html", news_page()});
        out.push_back({"style.css", std::string(page_stylesheet()) + std::string(k_site_css)});
        std::sort(out.begin(), out.end(), [](const SiteFile& a, const SiteFile& b) { return a.name < b.name; });
        return out;
    }

private:
    const std::vector<model::Meeting>& m_meetings;
    const model::Config& m_config;
    const SiteOptions& m_o;
    Pages m_pages;
    std::vector<const model::Meeting*> m_held;
    std::vector<query::TrackedAction> m_tracked;  // the actions of every meeting, tracked once

    std::string t(Msg msg) const { return std::string(util::text(msg, m_o.lang)); }

    // The site's navigation, then the page's own links (previous, next meeting).
    std::vector<PageLink> navigation(std::vector<PageLink> extra = {}) const {
        std::vector<PageLink> links{{t(Msg::site_home), "index.html", "up"},
                                    {t(Msg::site_meetings), "reunions.html", ""},
                                    {t(Msg::site_actions), "actions.html", ""},
                                    {t(Msg::site_calendar), "calendrier.html", ""},
                                    {t(Msg::site_attendance), "presences.html", ""},
                                    {t(Msg::site_news), "nouvelles.html", ""}};
        links.insert(links.end(), extra.begin(), extra.end());
        return links;
    }

    std::string template_for(const std::string& name) const {
        if (auto it = m_o.templates.find(name); it != m_o.templates.end()) return it->second;
        if (auto it = m_o.templates.find("page"); it != m_o.templates.end()) return it->second;
        return site_page_template();
    }

    std::string template_name(const std::string& name) const {
        const bool own = m_o.templates.contains(name);
        return own || m_o.templates.contains("page") ? "templates/site/" + (own ? name : std::string("page")) + ".html"
                                                     : "site";
    }

    // A page of the site around `markdown`.
    std::string page(const std::string& kind, const std::string& title, const std::string& markdown) const {
        HtmlPage p;
        p.lang = m_o.lang == util::Lang::fr ? "fr" : "en";
        p.title = title;
        organisation_frame(p, m_config);
        p.links = navigation();
        p.body = markdown_to_html(markdown);
        return html_page(p, template_for(kind), template_name(kind));
    }

    std::string meeting_page(const model::Meeting& m) const {
        const auto series = series_order(m_meetings, m.series);
        const auto at = std::find(series.begin(), series.end(), &m) - series.begin();
        std::vector<PageLink> extra;
        if (at > 0) extra.push_back({tr(m_o.lang, Msg::site_previous, meeting_label(*series[at - 1], m_o.lang)),
                                     m_pages.at(series[at - 1]), "prev"});
        if (at + 1 < static_cast<std::ptrdiff_t>(series.size()))
            extra.push_back({tr(m_o.lang, Msg::site_next, meeting_label(*series[at + 1], m_o.lang)),
                             m_pages.at(series[at + 1]), "next"});
        ExportOptions options{m_o.lang, m_o.today, navigation(extra)};
        const query::Summary summary = query::summarise(m_meetings, {&m}, m_config, m_o.today, m_tracked);
        return export_html(m, summary, m_config, options, template_for("meeting"), template_name("meeting"));
    }

    std::vector<query::CalendarEvent> upcoming(std::size_t limit) const {
        query::CalendarOptions options;
        options.today = m_o.today;
        options.limit = limit;
        return query::upcoming_events(m_meetings, options);
    }

    IcsOptions ics_options() const {
        const std::string name = m_config.organisation.name.empty() ? "dla" : m_config.organisation.name;
        return {name, m_o.ics_stamp, m_o.lang, m_config.organisation.site, m_config.series};
    }

    std::string dates_markdown(std::size_t limit) const {
        const auto events = upcoming(limit);
        if (events.empty()) return tr(m_o.lang, Msg::calendar_none_upcoming, date_text(m_o.today, m_o.lang)) + "\n";
        return calendar_markdown_table(events, m_o.lang).markdown();
    }

    std::string meeting_item(const model::Meeting& m) const {
        return "- " + link(meeting_label(m, m_o.lang), m_pages.at(&m)) + "\n";
    }

    // One action: late mark, text, due date, owners, and the meetings that raised and followed it.
    std::string action_item(const query::TrackedAction& a) const {
        std::string line = "- ";
        if (a.overdue) line += "**" + t(Msg::site_late) + "** — ";
        line += escape_markdown(a.action.text);
        if (a.action.due) line += " — " + tr(m_o.lang, Msg::site_due, date_text(*a.action.due, m_o.lang));
        std::string owners;
        for (const auto& o : a.action.owners) owners += (owners.empty() ? "" : ", ") + query::owner_name(o, m_config);
        if (!owners.empty()) line += " — " + escape_markdown(owners);
        const model::Meeting& first = *a.first().meeting;
        line += "  \n  " + tr(m_o.lang, Msg::site_raised, link(meeting_label(first, m_o.lang), m_pages.at(&first)));
        std::string later;
        for (std::size_t i = 1; i < a.mentions.size(); ++i) {
            const model::Meeting& m = *a.mentions[i].meeting;
            later += (later.empty() ? "" : ", ") + link(meeting_label(m, m_o.lang), m_pages.at(&m));
        }
        if (!later.empty()) line += " ; " + tr(m_o.lang, Msg::site_followed, later);
        return line + "\n";
    }

    std::vector<query::TrackedAction> open_actions() const {
        return query::filter_actions(m_tracked, {}, m_config);
    }

    std::string home() const {
        std::string md = "## " + t(Msg::site_next_dates) + "\n\n" + dates_markdown(k_home_dates) + "\n" +
                         link(t(Msg::site_ics), "calendrier.ics") + "\n\n## " + t(Msg::site_overdue) + "\n\n";
        std::string late;
        for (const auto& a : open_actions())
            if (a.overdue) late += action_item(a);
        md += late.empty() ? t(Msg::site_no_overdue) + "\n" : late;
        md += "\n## " + t(Msg::site_last_meetings) + "\n\n";
        if (m_held.empty()) md += t(Msg::site_no_meeting) + "\n";
        for (std::size_t i = 0; i < std::min(m_held.size(), k_home_meetings); ++i)
            md += meeting_item(*m_held[m_held.size() - 1 - i]);
        md += "\n" + link(tr(m_o.lang, Msg::site_all_meetings, m_meetings.size()), "reunions.html") + "\n";
        const std::string title = m_config.organisation.name.empty() ? t(Msg::site_home) : m_config.organisation.name;
        return page("index", title, "# " + escape_markdown(title) + "\n\n" + md);
    }

    // Every meeting, series by series (dla.yaml's order, then the notes'), newest first.
    std::string meetings_page() const {
        std::string md = "# " + t(Msg::site_meetings) + "\n";
        std::vector<std::string> done;
        for (const auto& series : query::known_series(m_meetings, m_config)) {
            const auto list = series_order(m_meetings, series);
            if (list.empty()) continue;
            md += "\n## " + escape_markdown(series) + "\n\n";
            for (auto it = list.rbegin(); it != list.rend(); ++it) md += meeting_item(**it);
        }
        const auto loose = series_order(m_meetings, "");
        if (!loose.empty()) md += "\n## " + t(Msg::site_no_series) + "\n\n";
        for (auto it = loose.rbegin(); it != loose.rend(); ++it) md += meeting_item(**it);
        if (m_meetings.empty()) md += "\n" + t(Msg::site_no_meeting) + "\n";
        return page("meetings", t(Msg::site_meetings), md);
    }

    std::string actions_page() const {
        const auto actions = open_actions();
        std::string md = "# " + t(Msg::site_open_actions) + "\n\n";
        if (actions.empty()) return page("actions", t(Msg::site_open_actions), md + t(Msg::actions_none) + "\n");
        // By owner: each owner's name as dla actions shows it, sorted folded; no owner last.
        std::map<std::string, std::pair<std::string, std::string>> owners;  // folded name → name, items
        std::string unowned;
        for (const auto& a : actions) {
            std::set<std::string> seen;
            for (const auto& o : a.action.owners) {
                const std::string name = query::owner_name(o, m_config);
                if (!seen.insert(util::fold(name)).second) continue;
                auto& [shown, items] = owners[util::fold(name)];
                shown = name;
                items += action_item(a);
            }
            if (a.action.owners.empty()) unowned += action_item(a);
        }
        md += "## " + t(Msg::site_by_owner) + "\n";
        for (const auto& [key, entry] : owners) md += "\n### " + escape_markdown(entry.first) + "\n\n" + entry.second;
        if (!unowned.empty()) md += "\n### " + t(Msg::site_no_owner) + "\n\n" + unowned;
        // By department: dla.yaml's order, then the others as written, then none.
        md += "\n## " + t(Msg::site_by_department) + "\n";
        std::vector<std::string> ids;
        for (const auto& d : m_config.departments) ids.push_back(d.id);
        for (const auto& a : actions)
            if (std::find(ids.begin(), ids.end(), a.department) == ids.end()) ids.push_back(a.department);
        for (const auto& id : ids) {
            std::string items;
            for (const auto& a : actions)
                if (a.department == id) items += action_item(a);
            if (items.empty()) continue;
            const model::Department* d = model::find_department(m_config, id);
            const std::string label = id.empty() ? t(Msg::site_no_department) : d ? d->label : id;
            md += "\n### " + escape_markdown(label) + "\n\n" + items;
        }
        return page("actions", t(Msg::site_open_actions), md);
    }

    std::string calendar_page() const {
        const std::string md = "# " + t(Msg::site_calendar) + "\n\n" + link(t(Msg::site_ics), "calendrier.ics") +
                               "\n\n" + dates_markdown(0);
        return page("calendar", t(Msg::site_calendar), md);
    }

    ReportScope report_scope() const {
        ReportScope scope;
        scope.lang = m_o.lang;
        scope.meetings = m_held.size();
        return scope;
    }

    std::string attendance_page() const {
        std::string md = "# " + t(Msg::site_attendance) + "\n";
        const std::pair<query::AttendanceBy, Msg> parts[] = {{query::AttendanceBy::person, Msg::site_by_person},
                                                             {query::AttendanceBy::organisation, Msg::site_by_organisation},
                                                             {query::AttendanceBy::department, Msg::site_by_department}};
        for (const auto& [by, title] : parts)
            md += "\n## " + t(title) + "\n\n" +
                  attendance_markdown(query::attendance(m_held, m_config, by), by, report_scope());
        return page("attendance", t(Msg::site_attendance), md);
    }

    std::string news_page() const {
        const std::string md = "# " + t(Msg::site_news) + "\n\n" +
                               news_markdown(query::collect_news(m_held, m_config), report_scope(), false);
        return page("news", t(Msg::site_news), md);
    }
};

// A file name any web server serves as it is: the stem folded (case and accents aside),
// each run of anything but ASCII letters and digits one `-`: `Réunion été` → `reunion-ete`.
std::string web_name(std::string_view stem) {
    std::string out;
    for (char c : util::fold(stem)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "cr" : out;
}

}  // namespace

std::vector<std::string> site_meeting_files(const std::vector<model::Meeting>& meetings) {
    std::set<std::string> taken = k_own_pages;
    std::vector<std::string> out;
    for (const auto& m : meetings) {
        const std::string stem = web_name(std::filesystem::path(m.path).stem().string());
        std::string name = stem + ".html";
        for (int n = 2; taken.contains(name); ++n) name = stem + "-" + std::to_string(n) + ".html";
        taken.insert(name);
        out.push_back(name);
    }
    return out;
}

std::string site_page_template() {
    std::string text(default_page_template());
    const std::string inline_style = "<style>\n{{{style}}}</style>\n";
    const auto at = text.find(inline_style);
    if (at != std::string::npos) text.replace(at, inline_style.size(), "<link rel=\"stylesheet\" href=\"style.css\">\n");
    const std::string nav = "<nav>\n";
    if (const auto n = text.find(nav); n != std::string::npos) text.replace(n, nav.size(), "<nav class=\"site\">\n");
    return text;
}

std::vector<SiteFile> site_files(const std::vector<model::Meeting>& meetings, const model::Config& config,
                                 const SiteOptions& options) {
    return Builder(meetings, config, options).files();
}

}  // namespace dla::render
