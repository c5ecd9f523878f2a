#include "dla/render/summary.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dla/render/actions.hpp"
#include "dla/render/calendar.hpp"
#include "dla/render/html.hpp"
#include "dla/render/show.hpp"
#include "dla/render/table.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

namespace {

// Two lines of news when the output is not a terminal: about what an e-mail shows.
constexpr std::size_t k_plain_width = 100;
// One or two lines of news in a document: two lines of an A4 page, after the department.
constexpr std::size_t k_brief_length = 150;

std::string long_date(util::Date d, util::Lang lang) {
    return lang == util::Lang::fr ? util::format_long_french(d) : util::format_long_english(d);
}

std::string times(const std::optional<util::Time>& start, const std::optional<util::Time>& end, util::Lang lang) {
    if (!start) return {};
    return end ? time_text(*start, lang) + " – " + time_text(*end, lang) : time_text(*start, lang);
}

std::string title_of(const model::Meeting& m) { return m.title.empty() ? m.path : m.title; }

// `InterDLA N°4 — 16 mai 2024`.
std::string meeting_ref(const model::Meeting& m, util::Lang lang) {
    return m.date ? title_of(m) + " — " + date_text(*m.date, lang) : title_of(m);
}

// Date, times, format and place of one meeting: `jeudi 16 mai 2024, 10h – 12h, hybride`.
std::vector<std::string> facts(const model::Meeting& m, util::Lang lang) {
    std::vector<std::string> out;
    if (m.date) out.push_back(long_date(*m.date, lang));
    if (m.time) out.push_back(times(m.time, m.end_time, lang));
    if (!m.format.empty()) out.push_back(m.format);
    return out;
}

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
    return fmt::format("{}", fmt::join(parts, sep));
}

// `Actions décidées (3)`; no count when there is none, as the line below says so.
std::string heading(Msg label, std::size_t count, util::Lang lang) {
    return count ? fmt::format("{} ({})", tr(lang, label), count) : std::string(tr(lang, label));
}

std::string organisation_label(const std::string& organisation, std::size_t count, util::Lang lang) {
    return fmt::format("{} ({})", organisation.empty() ? tr(lang, Msg::show_no_org) : organisation, count);
}

std::vector<std::string> names(const query::OrganisationGroup& g) {
    std::vector<std::string> out;
    for (const auto& p : g.people) out.push_back(p.name);
    return out;
}

std::string silent_labels(const query::Summary& s) {
    std::vector<std::string> labels;
    for (const auto* d : s.silent) labels.push_back(d->label.empty() ? d->id : d->label);
    return joined(labels, ", ");
}

std::string news_label(const query::DepartmentBrief& b, util::Lang lang) {
    if (b.label.empty() && b.department.empty()) return tr(lang, Msg::show_network);
    return b.label.empty() ? b.department : b.label;
}

// The period's meetings: date, title, format, theme, number present.
Table meetings_table(const query::Summary& s, util::Lang lang, bool markdown) {
    auto text = [&](const std::string& v) { return markdown ? escape_markdown(v) : v; };
    Table table({{tr(lang, Msg::calendar_col_date)},
                 {tr(lang, Msg::actions_col_meeting), Align::left, true},
                 {tr(lang, Msg::calendar_col_format)},
                 {tr(lang, Msg::show_theme), Align::left, true},
                 {tr(lang, Msg::show_attendees), Align::right}});
    for (std::size_t i = 0; i < s.meetings.size(); ++i) {
        const model::Meeting* m = s.meetings[i];
        const std::size_t present = i < s.attendee_counts.size() ? s.attendee_counts[i] : m->attendees.size();
        table.add_row({m->date ? date_text(*m->date, lang) : "", text(title_of(*m)), text(m->format), text(m->theme),
                       std::to_string(present)});
    }
    return table;
}

// Actions with their status, due date, owners, text, and the meeting that raised them when asked.
Table actions_digest(const std::vector<query::TrackedAction>& actions, const model::Config& config, util::Lang lang,
                     bool with_meeting, bool markdown) {
    std::vector<Column> columns = {{tr(lang, Msg::actions_col_status)},
                                   {tr(lang, Msg::actions_col_due)},
                                   {tr(lang, Msg::actions_col_owner), Align::left, true},
                                   {tr(lang, Msg::actions_col_action), Align::left, true}};
    if (with_meeting) columns.push_back({tr(lang, Msg::actions_col_meeting), Align::left, true});
    Table table(std::move(columns));
    for (const auto& t : actions) {
        const auto& due = t.action.due;
        Cell status = action_status_cell(t, lang);
        if (markdown && t.overdue) status.text = "**" + status.text + "**";  // what a reader must see first
        std::vector<Cell> row = {status,
                                 {due ? (markdown ? date_text(*due, lang) : util::to_iso(*due)) : "",
                                  t.overdue ? Tone::alert : Tone::plain},
                                 markdown ? escape_markdown(action_owners_text(t.action, config))
                                          : action_owners_text(t.action, config),
                                 // A table cell measures its text: plain, without a terminal's codes.
                                 markdown ? t.action.text : inline_text(t.action.text, Style(false))};
        if (with_meeting) {
            const std::string ref = meeting_ref(*t.first().meeting, lang);
            row.emplace_back(markdown ? escape_markdown(ref) : ref);
        }
        table.add_row(std::move(row));
    }
    return table;
}

// The events with their plain-text fields escaped, for a Markdown table.
std::vector<query::CalendarEvent> escaped(std::vector<query::CalendarEvent> events) {
    for (auto& c : events) {
        c.event.subject = escape_markdown(c.event.subject);
        c.event.format = escape_markdown(c.event.format);
        c.event.location = escape_markdown(c.event.location);
    }
    return events;
}

std::string indented(const std::string& block, std::string_view prefix) {
    std::string out;
    std::size_t pos = 0;
    while (pos < block.size()) {
        std::size_t nl = block.find('\n', pos);
        if (nl == std::string::npos) nl = block.size();
        const std::string_view line(block.data() + pos, nl - pos);
        if (!line.empty()) out += prefix;
        out += line;
        out += '\n';
        pos = nl + 1;
    }
    return out;
}

std::size_t room(std::size_t width, std::size_t indent) { return width > indent ? width - indent : 0; }

}  // namespace

std::string news_brief(const std::string& text, std::size_t width, std::size_t lines) {
    constexpr std::string_view k_more = " …";
    std::vector<std::string> cut = wrap_text(text, width);
    if (width == 0 || cut.size() <= lines) return joined(cut, "\n");
    cut.resize(lines);
    // The last line makes room for " …", at a word boundary.
    cut.back() = wrap_text(cut.back(), width - std::min(width - 1, k_more.size())).front() + std::string(k_more);
    return joined(cut, "\n");
}

std::string summary_text(const query::Summary& s, const model::Config& config, const SummaryOptions& o,
                         const Style& style, std::size_t width) {
    const util::Lang lang = o.scope.lang;
    if (s.meetings.empty()) return no_meeting_text(o.scope) + "\n";
    std::string out;
    auto section = [&](const std::string& title) { out += "\n" + style.bold(title) + "\n"; };
    auto line = [&](std::string_view first, std::string_view next, const std::string& text) {
        out += wrapped(first, next, text, width);
    };

    // The meeting, or the period and its meetings.
    if (!o.period) {
        const model::Meeting& m = *s.meetings.front();
        const auto f = facts(m, lang);
        out += style.bold(title_of(m)) + (f.empty() ? "" : " — " + joined(f, ", ")) + "\n";
        if (!m.location.empty()) line("", "  ", tr(lang, Msg::label_value, tr(lang, Msg::show_location), m.location));
        if (!m.theme.empty()) line("", "  ", tr(lang, Msg::label_value, tr(lang, Msg::show_theme), m.theme));
    } else {
        out += style.bold(tr(lang, Msg::summary_period, scope_text(o.scope))) + " — " +
               util::count(lang, s.meetings.size(), Msg::count_meeting) + "\n\n";
        out += indented(meetings_table(s, lang, false).terminal(room(width, 2), style), "  ");
    }

    // Who came, who was excused, who wrote the minutes.
    section(heading(Msg::show_attendees, s.present_count, lang));
    for (const auto& g : s.present)
        line("  ", "      ", tr(lang, Msg::label_value, organisation_label(g.organisation, g.people.size(), lang), joined(names(g), ", ")));
    if (s.present.empty()) line("  ", "  ", tr(lang, Msg::show_none));
    if (s.excused.empty()) {
        out += "\n";
        line("", "  ", tr(lang, Msg::label_value, tr(lang, Msg::show_excused), tr(lang, Msg::show_none)));
    } else {
        section(heading(Msg::show_excused, s.excused_count, lang));
        for (const auto& g : s.excused)
            line("  ", "      ", tr(lang, Msg::label_value, organisation_label(g.organisation, g.people.size(), lang), joined(names(g), ", ")));
    }
    if (!o.period && s.minute_taker) {
        const auto& mt = *s.minute_taker;
        if (!s.excused.empty()) out += "\n";
        line("", "  ", tr(lang, Msg::label_value, tr(lang, Msg::show_minute_taker),
                         mt.organisation.empty() ? mt.name : mt.name + " (" + mt.organisation + ")"));
    }

    // Agenda and decisions, under each meeting's name for a period.
    section(tr(lang, Msg::show_agenda));
    bool any = false;
    for (const auto* m : s.meetings) {
        if (m->agenda.empty()) continue;
        any = true;
        const std::string indent = o.period ? "    " : "  ";
        if (o.period) out += "  " + style.cyan(meeting_ref(*m, lang)) + "\n";
        std::size_t time_width = 0;
        for (const auto& a : m->agenda) time_width = std::max(time_width, util::utf8_length(times(a.time, a.end_time, lang)));
        for (const auto& a : m->agenda) {
            std::string t = times(a.time, a.end_time, lang);
            t += std::string(time_width - util::utf8_length(t) + 2, ' ');
            line(indent + t, indent + std::string(time_width + 2, ' '), a.title);
        }
    }
    if (!any) line("  ", "  ", tr(lang, Msg::summary_no_agenda));

    section(tr(lang, Msg::show_decisions));
    any = false;
    for (const auto* m : s.meetings) {
        if (m->decisions.empty()) continue;
        any = true;
        const std::string indent = o.period ? "    " : "  ";
        if (o.period) out += "  " + style.cyan(meeting_ref(*m, lang)) + "\n";
        for (const auto& d : m->decisions) line(indent + "• ", indent + "  ", inline_text(d.text, style));
    }
    if (!any) line("  ", "  ", tr(lang, Msg::summary_no_decisions));

    // Actions.
    section(heading(Msg::summary_actions_raised, s.raised.size(), lang));
    if (s.raised.empty()) line("  ", "  ", tr(lang, Msg::summary_no_actions));
    else out += indented(actions_digest(s.raised, config, lang, o.period, false).terminal(room(width, 2), style), "  ");
    section(heading(Msg::summary_actions_open, s.still_open.size(), lang));
    if (s.still_open.empty()) line("  ", "  ", tr(lang, Msg::summary_no_open_actions));
    else out += indented(actions_digest(s.still_open, config, lang, true, false).terminal(room(width, 2), style), "  ");

    // News, two lines a department.
    section(tr(lang, Msg::show_news));
    const std::size_t news_room = std::max<std::size_t>(20, room(width ? width : k_plain_width, 4));
    for (const auto& b : s.news) {
        out += "  " + style.cyan(news_label(b, lang)) + "\n";
        out += indented(news_brief(b.text, news_room, 2), "    ");
    }
    // Without any news, naming every department as silent would say it twice.
    if (s.news.empty()) line("  ", "  ", tr(lang, Msg::summary_no_news));
    else if (!s.silent.empty()) line("  ", "    ", tr(lang, Msg::news_silent, silent_labels(s)));

    // The next dates.
    section(tr(lang, Msg::show_events));
    if (s.next_dates.empty()) line("  ", "  ", tr(lang, Msg::summary_no_dates, date_text(o.today, lang)));
    else out += indented(calendar_table(s.next_dates, lang, o.today).terminal(room(width, 2), style), "  ");
    return out;
}

namespace {

// `**Thème** : …` in `lang`.
std::string bold_label(Msg label, const std::string& value, util::Lang lang) {
    return tr(lang, Msg::label_value, "**" + std::string(tr(lang, label)) + "**", value);
}

std::string section_markdown(const std::string& title) { return "\n## " + escape_markdown(title) + "\n\n"; }

// `- **BGE Picardie (2)** : Mélanie Chassin, Sonia Benamar` per organisation.
std::string groups_markdown(const std::vector<query::OrganisationGroup>& groups, util::Lang lang) {
    std::string out;
    for (const auto& g : groups) {
        std::vector<std::string> people;
        for (const auto& n : names(g)) people.push_back(escape_markdown(n));
        out += "- " + tr(lang, Msg::label_value, "**" + escape_markdown(organisation_label(g.organisation, g.people.size(), lang)) + "**",
                         joined(people, ", ")) + "\n";
    }
    return out;
}

}  // namespace

std::string summary_head_markdown(const query::Summary& s, const SummaryOptions& o) {
    const util::Lang lang = o.scope.lang;
    auto md = [](const std::string& text) { return escape_markdown(text); };
    if (s.meetings.empty()) {
        const std::string title = o.period ? tr(lang, Msg::summary_period, scope_text(o.scope)) : tr(lang, Msg::summary_title);
        return "# " + md(title) + "\n\n" + md(no_meeting_text(o.scope)) + "\n";
    }
    std::string out;
    if (!o.period) {
        const model::Meeting& m = *s.meetings.front();
        out += "# " + md(title_of(m)) + "\n\n";
        std::vector<std::string> f;
        for (const auto& fact : facts(m, lang)) f.push_back(md(fact));
        if (!m.location.empty()) f.push_back(md(m.location));
        std::vector<std::string> lines;
        if (!f.empty()) lines.push_back(joined(f, " · "));
        if (!m.theme.empty()) lines.push_back(bold_label(Msg::show_theme, md(m.theme), lang));
        if (!lines.empty()) out += joined(lines, "  \n") + "\n";
    } else {
        out += "# " + md(tr(lang, Msg::summary_period, scope_text(o.scope))) + "\n\n";
        out += md(util::count(lang, s.meetings.size(), Msg::count_meeting)) + "\n\n";
        out += meetings_table(s, lang, true).markdown();
    }
    return out;
}

std::string summary_people_markdown(const query::Summary& s, const SummaryOptions& o) {
    const util::Lang lang = o.scope.lang;
    std::string out = section_markdown(heading(Msg::show_attendees, s.present_count, lang));
    out += groups_markdown(s.present, lang);
    if (s.present.empty()) out += escape_markdown(tr(lang, Msg::show_none)) + "\n";
    if (s.excused.empty()) out += "\n" + bold_label(Msg::show_excused, escape_markdown(tr(lang, Msg::show_none)), lang) + "\n";
    else out += section_markdown(heading(Msg::show_excused, s.excused_count, lang)) + groups_markdown(s.excused, lang);
    if (!o.period && s.minute_taker) {
        const auto& mt = *s.minute_taker;
        out += "\n" + bold_label(Msg::show_minute_taker,
                                  escape_markdown(mt.organisation.empty() ? mt.name : mt.name + " (" + mt.organisation + ")"),
                                  lang) + "\n";
    }
    return out;
}

std::string summary_agenda_markdown(const query::Summary& s, const SummaryOptions& o) {
    const util::Lang lang = o.scope.lang;
    std::string out = section_markdown(tr(lang, Msg::show_agenda));
    bool any = false;
    for (const auto* m : s.meetings) {
        if (m->agenda.empty()) continue;
        if (o.period) out += std::string(any ? "\n" : "") + "### " + escape_markdown(meeting_ref(*m, lang)) + "\n\n";
        any = true;
        Table agenda({{tr(lang, Msg::calendar_col_time)}, {tr(lang, Msg::calendar_col_subject)}});
        for (const auto& a : m->agenda) agenda.add_row({times(a.time, a.end_time, lang), escape_markdown(a.title)});
        out += agenda.markdown();
    }
    if (!any) out += escape_markdown(tr(lang, Msg::summary_no_agenda)) + "\n";
    return out;
}

std::string summary_actions_markdown(const query::Summary& s, const model::Config& config, const SummaryOptions& o) {
    const util::Lang lang = o.scope.lang;
    std::string out = section_markdown(heading(Msg::summary_actions_raised, s.raised.size(), lang));
    out += s.raised.empty() ? escape_markdown(tr(lang, Msg::summary_no_actions)) + "\n"
                            : actions_digest(s.raised, config, lang, o.period, true).markdown();
    out += section_markdown(heading(Msg::summary_actions_open, s.still_open.size(), lang));
    out += s.still_open.empty() ? escape_markdown(tr(lang, Msg::summary_no_open_actions)) + "\n"
                                : actions_digest(s.still_open, config, lang, true, true).markdown();
    return out;
}

std::string summary_dates_markdown(const query::Summary& s, const SummaryOptions& o) {
    const util::Lang lang = o.scope.lang;
    return section_markdown(tr(lang, Msg::show_events)) +
           (s.next_dates.empty() ? escape_markdown(tr(lang, Msg::summary_no_dates, date_text(o.today, lang))) + "\n"
                                 : calendar_markdown_table(escaped(s.next_dates), lang).markdown());
}

std::string summary_markdown(const query::Summary& s, const model::Config& config, const SummaryOptions& o) {
    const util::Lang lang = o.scope.lang;
    std::string out = summary_head_markdown(s, o);
    if (s.meetings.empty()) return out;
    out += summary_people_markdown(s, o) + summary_agenda_markdown(s, o);

    out += section_markdown(tr(lang, Msg::show_decisions));
    bool any = false;
    for (const auto* m : s.meetings) {
        if (m->decisions.empty()) continue;
        if (o.period) out += std::string(any ? "\n" : "") + "### " + escape_markdown(meeting_ref(*m, lang)) + "\n\n";
        any = true;
        for (const auto& d : m->decisions) out += "- " + d.text + "\n";
    }
    if (!any) out += escape_markdown(tr(lang, Msg::summary_no_decisions)) + "\n";

    out += summary_actions_markdown(s, config, o);

    out += section_markdown(tr(lang, Msg::show_news));
    for (const auto& b : s.news)
        out += "- " + tr(lang, Msg::label_value, "**" + escape_markdown(news_label(b, lang)) + "**",
                         escape_markdown(news_brief(b.text, k_brief_length, 1))) + "\n";
    if (s.news.empty()) out += escape_markdown(tr(lang, Msg::summary_no_news)) + "\n";
    else if (!s.silent.empty()) out += "\n*" + escape_markdown(tr(lang, Msg::news_silent, silent_labels(s))) + "*\n";

    return out + summary_dates_markdown(s, o);
}

void organisation_frame(HtmlPage& page, const model::Config& config) {
    const model::Organisation& org = config.organisation;
    for (const auto& l : util::split_trimmed(org.header, "\n")) page.header_lines.push_back(l);
    if (page.header_lines.empty()) {
        if (!org.name.empty()) page.header_lines.push_back(org.name);
        if (!org.region.empty()) page.header_lines.push_back(org.region);
    }
    for (const auto& l : util::split_trimmed(org.footer, "\n")) page.footer_lines.push_back(l);
}

std::string summary_html(const query::Summary& s, const model::Config& config, const SummaryOptions& o) {
    const util::Lang lang = o.scope.lang;
    HtmlPage page;
    page.lang = lang == util::Lang::fr ? "fr" : "en";
    page.title = o.period            ? tr(lang, Msg::summary_period, scope_text(o.scope))
                 : s.meetings.empty() ? tr(lang, Msg::summary_title)
                                      : meeting_ref(*s.meetings.front(), lang);
    organisation_frame(page, config);
    page.header_aside.push_back(tr(lang, Msg::summary_made_on, date_text(o.today, lang)));
    page.body = markdown_to_html(summary_markdown(s, config, o));
    return html_page(page);
}

}  // namespace dla::render
