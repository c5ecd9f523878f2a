#include "dla/render/show.hpp"

#include <map>

#include <fmt/format.h>

#include "dla/parse/markdown.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

std::string date_text(util::DateRange range, util::Lang lang) {
    return lang == util::Lang::fr ? util::format_french(range) : util::format_english(range);
}

std::string date_text(util::Date date, util::Lang lang) { return util::format_date(date, lang); }

std::string time_text(util::Time time, util::Lang lang) {
    return lang == util::Lang::fr ? util::format_french(time) : util::to_iso(time);
}

std::string inline_text(std::string_view markdown, const Style& style) {
    // The codes of Style::bold, opened and closed around each strong span.
    return style.color() ? parse::markdown::inline_text(markdown, "\x1b[1m", "\x1b[0m") : parse::markdown::inline_text(markdown);
}

namespace {

std::string long_date(util::Date d, util::Lang lang) {
    return lang == util::Lang::fr ? util::format_long_french(d) : util::format_long_english(d);
}

std::string times(const std::optional<util::Time>& start, const std::optional<util::Time>& end, util::Lang lang) {
    if (!start) return {};
    std::string s = time_text(*start, lang);
    if (end) s += " – " + time_text(*end, lang);
    return s;
}

class Writer {
public:
    Writer(util::Lang lang, const Style& style) : m_lang(lang), m_style(style) {}

    void heading(Msg label, std::size_t count) {
        m_out += "\n" + m_style.bold(fmt::format("{} ({})", tr(m_lang, label), count)) + "\n";
    }
    void heading(Msg label) { m_out += "\n" + m_style.bold(std::string(tr(m_lang, label))) + "\n"; }
    void line(std::string_view s) { (m_out += s) += '\n'; }
    [[nodiscard]] std::string take() { return std::move(m_out); }
    [[nodiscard]] std::string where(int line) const { return m_style.dim(tr(m_lang, Msg::show_line, line)); }

private:
    util::Lang m_lang;
    const Style& m_style;
    std::string m_out;
};

std::string person(const model::Attendee& a) {
    std::string s = a.name;
    if (!a.organisation.empty()) s += " (" + a.organisation + ")";
    if (!a.role.empty()) s += ", " + a.role;
    return s;
}

void people_by_organisation(Writer& w, const std::vector<model::Attendee>& people, util::Lang lang) {
    // Organisations in order of first appearance, as the minutes list them.
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;
    for (const auto& a : people) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == a.organisation; });
        if (it == groups.end()) it = groups.insert(groups.end(), {a.organisation, {}});
        it->second.push_back(a.role.empty() ? a.name : a.name + ", " + a.role);
    }
    for (const auto& [org, names] : groups)
        w.line("  " + tr(lang, Msg::label_value, org.empty() ? tr(lang, Msg::show_no_org) : org,
                         fmt::format("{}", fmt::join(names, ", "))));
}

}  // namespace

std::string meeting_text(const model::Meeting& m, util::Lang lang, const Style& style) {
    Writer w(lang, style);
    std::string head = m.title.empty() ? tr(lang, Msg::show_untitled) : m.title;
    std::vector<std::string> facts;
    if (m.date) facts.push_back(long_date(*m.date, lang));
    if (m.time) facts.push_back(times(m.time, m.end_time, lang));
    if (!m.format.empty()) facts.push_back(m.format);
    w.line(style.bold(head) + (facts.empty() ? "" : " — " + fmt::format("{}", fmt::join(facts, ", "))));
    if (!m.theme.empty()) w.line(tr(lang, Msg::label_value, tr(lang, Msg::show_theme), m.theme));
    if (!m.location.empty()) w.line(tr(lang, Msg::label_value, tr(lang, Msg::show_location), m.location));
    w.line(style.dim(tr(lang, Msg::label_value, tr(lang, Msg::show_file), m.path)));

    w.heading(Msg::show_attendees, m.attendees.size());
    people_by_organisation(w, m.attendees, lang);
    if (!m.excused.empty()) {
        w.heading(Msg::show_excused, m.excused.size());
        people_by_organisation(w, m.excused, lang);
    }
    if (!m.absent.empty()) {
        w.heading(Msg::show_absent, m.absent.size());
        people_by_organisation(w, m.absent, lang);
    }
    if (m.minute_taker) {
        w.line("");
        w.line(tr(lang, Msg::label_value, tr(lang, Msg::show_minute_taker), person(*m.minute_taker)));
    }

    if (!m.agenda.empty()) {
        w.heading(Msg::show_agenda, m.agenda.size());
        for (const auto& a : m.agenda) w.line(fmt::format("  {:<14} {}", times(a.time, a.end_time, lang), a.title));
    }
    if (!m.news.empty()) {
        w.heading(Msg::show_news, m.news.size());
        for (const auto& d : m.news) {
            w.line("  " + style.cyan(d.label.empty() ? tr(lang, Msg::show_network) : d.label));
            for (const auto& item : d.items) {
                w.line("    • " + inline_text(item.text, style));
                for (const auto& c : item.children) w.line("      – " + inline_text(c, style));
            }
        }
    }
    if (!m.decisions.empty()) {
        w.heading(Msg::show_decisions, m.decisions.size());
        for (const auto& d : m.decisions) w.line("  • " + inline_text(d.text, style));
    }
    if (!m.actions.empty()) {
        w.heading(Msg::show_actions, m.actions.size());
        for (const auto& a : m.actions) {
            const char* box = a.status == model::ActionStatus::done ? "[x]" : a.status == model::ActionStatus::cancelled ? "[-]" : "[ ]";
            std::vector<std::string> facts_a;
            if (!a.owners.empty()) facts_a.push_back("@" + fmt::format("{}", fmt::join(a.owners, ", @")));
            if (a.due) facts_a.push_back(tr(lang, Msg::show_due, date_text(*a.due, lang)));
            if (a.done_on) facts_a.push_back(tr(lang, Msg::show_done_on, date_text(*a.done_on, lang)));
            if (!a.id.empty()) facts_a.push_back("^" + a.id);
            w.line(fmt::format("  {} {}{}", box, inline_text(a.text, style), facts_a.empty() ? "" : " — " + fmt::format("{}", fmt::join(facts_a, ", "))));
        }
    }
    if (!m.events.empty()) {
        w.heading(Msg::show_events, m.events.size());
        for (const auto& e : m.events) {
            std::string when = date_text(e.dates, lang);
            if (e.time) when += ", " + times(e.time, e.end_time, lang);
            std::string what = e.subject;
            if (!e.format.empty()) what = e.format + (what.empty() ? "" : " — " + what);
            if (!e.location.empty()) what += " (" + e.location + ")";
            w.line(fmt::format("  {:<26} {}", when, what));
        }
    }
    if (!m.sections.empty()) {
        w.heading(Msg::show_sections, m.sections.size());
        for (const auto& s : m.sections)
            w.line(fmt::format("  {:<5} {}", s.line, s.title.empty() ? tr(lang, Msg::show_untitled) : s.title));
    }
    return w.take();
}

}  // namespace dla::render
