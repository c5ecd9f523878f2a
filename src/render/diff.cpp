#include "dla/render/diff.hpp"

#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dla/render/show.hpp"

namespace dla::render {

using query::Change;
using query::ChangeKind;
using query::NoteDiff;
using query::NoteStatus;
using util::Lang;
using util::Msg;
using util::tr;

namespace {

// One change as a line: its sign, a label and what it is about.
struct Line {
    char sign = '~';  // + added, - taken out, ~ changed, ! warning
    std::string label;
    std::string text;
};

class Lines {
public:
    Lines(Lang lang, std::optional<int> year) : m_lang(lang), m_year(year) {}

    [[nodiscard]] Line line(const Change& c) const;

private:
    [[nodiscard]] std::string word(Msg msg) const { return std::string(tr(m_lang, msg)); }
    [[nodiscard]] std::string value(const query::Value& v, bool due = false) const;
    [[nodiscard]] std::string arrow(const query::Value& a, const query::Value& b, bool due = false) const {
        return value(a, due) + " → " + value(b, due);
    }
    [[nodiscard]] std::string days(util::DateRange r) const;
    [[nodiscard]] std::string field_name(const std::string& key) const;
    [[nodiscard]] std::string list_name(const std::string& list) const;
    [[nodiscard]] std::string action_facts(const Change& c) const;
    [[nodiscard]] std::string from_note(const Change& c) const;
    [[nodiscard]] std::string quoted(const std::string& s) const { return tr(m_lang, Msg::diff_quoted, s); }

    Lang m_lang;
    std::optional<int> m_year;  // the meeting's: dates of that year are written without it
};

// `Jeanne Martin (Association Alpha)`.
std::string who(const Change& c) {
    return c.person && !c.person->organisation.empty() ? c.subject + " (" + c.person->organisation + ")" : c.subject;
}

std::string owners_text(const std::vector<std::string>& owners) {
    std::vector<std::string> shown;
    for (const auto& o : owners) shown.push_back(o.find(' ') == std::string::npos ? "@" + o : o);
    return fmt::format("{}", fmt::join(shown, ", "));
}

std::string Lines::days(util::DateRange r) const {
    if (m_year && r.start.year == *m_year && r.end.year == *m_year)
        return m_lang == Lang::fr ? util::format_french_short(r) : util::format_english_short(r);
    return date_text(r, m_lang);
}

std::string Lines::value(const query::Value& v, bool due) const {
    if (std::holds_alternative<std::monostate>(v)) return word(due ? Msg::diff_no_due : Msg::diff_none);
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* d = std::get_if<util::Date>(&v))
        return due ? util::format_numeric(*d, !m_year || d->year != *m_year) : days({*d, *d});
    if (const auto* r = std::get_if<util::DateRange>(&v)) return days(*r);
    if (const auto* t = std::get_if<util::TimeRange>(&v))
        return t->end ? time_text(t->start, m_lang) + " – " + time_text(*t->end, m_lang) : time_text(t->start, m_lang);
    const auto& list = std::get<std::vector<std::string>>(v);
    return list.empty() ? word(Msg::diff_no_owner) : owners_text(list);
}

std::string Lines::field_name(const std::string& key) const {
    if (key == "title") return word(Msg::diff_field_title);
    if (key == "series") return word(Msg::diff_field_series);
    if (key == "number") return word(Msg::diff_field_number);
    if (key == "date") return word(Msg::diff_field_date);
    if (key == "time") return word(Msg::diff_field_time);
    if (key == "format") return word(Msg::diff_field_format);
    if (key == "location") return word(Msg::diff_field_location);
    if (key == "theme") return word(Msg::diff_field_theme);
    if (key == "minute-taker") return word(Msg::diff_field_minute_taker);
    if (key == "subject") return word(Msg::diff_field_subject);
    return key;
}

std::string Lines::list_name(const std::string& list) const {
    if (list == "excused") return word(Msg::diff_excused);
    if (list == "absent") return word(Msg::diff_absent);
    return word(Msg::diff_attendee);
}

// ` (@Paul, échéance 15/05, ^salle)`: who, by when, which id.
std::string Lines::action_facts(const Change& c) const {
    if (!c.action) return {};
    std::vector<std::string> facts;
    if (!c.action->owners.empty()) facts.push_back(owners_text(c.action->owners));
    if (c.action->due) facts.push_back(tr(m_lang, Msg::diff_due, value(*c.action->due, true)));
    if (!c.action->id.empty()) facts.push_back("^" + c.action->id);
    return facts.empty() ? std::string() : fmt::format(" ({})", fmt::join(facts, ", "));
}

// ` (suivi de 2024-03-14-interdla-3.md)` for an action last seen in another note.
std::string Lines::from_note(const Change& c) const {
    if (c.other_note.empty()) return {};
    return " " + tr(m_lang, Msg::diff_followed_from, std::filesystem::path(c.other_note).filename().string());
}

Line Lines::line(const Change& c) const {
    using enum ChangeKind;
    const bool removed = std::holds_alternative<std::monostate>(c.after);
    const bool added = std::holds_alternative<std::monostate>(c.before);
    switch (c.kind) {
    case field_changed:
        if (added) return {'+', field_name(c.field), value(c.after)};
        if (removed) return {'-', field_name(c.field), value(c.before)};
        return {'~', field_name(c.field), arrow(c.before, c.after)};
    case attendee_added: return {'+', list_name(c.field), who(c)};
    case attendee_removed: return {'-', list_name(c.field), who(c)};
    case attendee_moved:
        return {'~', c.subject, list_name(std::get<std::string>(c.before)) + " → " + list_name(std::get<std::string>(c.after))};
    case attendee_changed: return {'~', c.subject, arrow(c.before, c.after)};
    case agenda_added: return {'+', word(Msg::diff_agenda), added && removed ? c.subject : value(c.after) + " " + c.subject};
    case agenda_removed: return {'-', word(Msg::diff_agenda), added && removed ? c.subject : value(c.before) + " " + c.subject};
    case agenda_changed:
        if (c.field == "time") return {'~', tr(m_lang, Msg::diff_agenda_item, c.subject), arrow(c.before, c.after)};
        return {'~', word(Msg::diff_agenda), quoted(value(c.before)) + " → " + quoted(value(c.after))};
    case decision_added: return {'+', word(Msg::diff_decision), c.subject};
    case decision_removed: return {'-', word(Msg::diff_decision), c.subject};
    case decision_changed: return {'~', word(Msg::diff_decision), quoted(value(c.before)) + " → " + quoted(value(c.after))};
    case action_added: return {'+', word(Msg::diff_action), c.subject + action_facts(c)};
    case action_closed: return {'~', word(Msg::diff_action_closed), c.subject + from_note(c)};
    case action_reopened: return {'~', word(Msg::diff_action_reopened), c.subject + from_note(c)};
    case action_cancelled: return {'~', word(Msg::diff_action_cancelled), c.subject + from_note(c)};
    case action_redated: return {'~', tr(m_lang, Msg::diff_due, arrow(c.before, c.after, true)), c.subject + from_note(c)};
    case action_reassigned: return {'~', tr(m_lang, Msg::diff_owner, arrow(c.before, c.after)), c.subject + from_note(c)};
    case action_reworded:
        return {'~', word(Msg::diff_action_reworded), quoted(value(c.before)) + " → " + quoted(value(c.after)) + from_note(c)};
    case action_removed:
        return {'-', word(c.action && c.action->status == model::ActionStatus::cancelled ? Msg::diff_action_removed_cancelled
                                                                                       : Msg::diff_action_removed_done),
                c.subject + action_facts(c)};
    case action_moved:
        return {'-', tr(m_lang, Msg::diff_action_moved, std::filesystem::path(c.other_note).filename().string()),
                c.subject + action_facts(c)};
    case action_dropped: return {'!', word(Msg::diff_action_dropped), c.subject + action_facts(c)};
    case event_added: return {'+', word(Msg::diff_event), value(c.after) + " — " + (c.subject.empty() ? word(Msg::calendar_untitled) : c.subject)};
    case event_removed: return {'-', word(Msg::diff_event), value(c.before) + " — " + (c.subject.empty() ? word(Msg::calendar_untitled) : c.subject)};
    case event_moved: return {'~', c.subject.empty() ? word(Msg::calendar_untitled) : c.subject, arrow(c.before, c.after)};
    case event_changed: {
        const std::string when = c.event ? days(c.event->dates) : std::string();
        const std::string name = (c.subject.empty() ? word(Msg::calendar_untitled) : c.subject) + " (" + when + ")";
        return {'~', name, field_name(c.field == "time" ? "time" : c.field) + " " + arrow(c.before, c.after)};
    }
    case section_added: return {'+', {}, tr(m_lang, Msg::diff_section, c.subject)};
    case section_removed: return {'-', {}, tr(m_lang, Msg::diff_section, c.subject)};
    case section_changed: return {'~', tr(m_lang, Msg::diff_section, c.subject), word(Msg::diff_section_changed)};
    case other: return {'~', {}, word(Msg::diff_other)};
    }
    return {'~', {}, word(Msg::diff_other)};
}

std::string untitled(const NoteDiff& d, Lang lang) {
    return d.title.empty() ? std::string(tr(lang, Msg::show_untitled)) : d.title;
}

// `, 2 mai 2024 — nouvelle note`: the date, and what happened to the file.
std::string note_facts(const NoteDiff& d, Lang lang) {
    std::string facts;
    if (d.date) facts += ", " + date_text(*d.date, lang);
    switch (d.status) {
    case NoteStatus::added: facts += " — " + tr(lang, Msg::diff_note_added); break;
    case NoteStatus::removed: facts += " — " + tr(lang, Msg::diff_note_removed); break;
    case NoteStatus::renamed: facts += " — " + tr(lang, Msg::diff_note_renamed, d.old_path); break;
    case NoteStatus::modified: break;
    }
    return facts;
}

std::optional<int> year_of(const NoteDiff& d) { return d.date ? std::optional<int>(d.date->year) : std::nullopt; }

std::string summary(const std::vector<NoteDiff>& notes, Lang lang) {
    std::size_t changes = 0, warnings = 0;
    for (const auto& d : notes)
        for (const auto& c : d.changes) {
            ++changes;
            warnings += c.warning();
        }
    const std::string counted = util::count(lang, notes.size(), Msg::count_note_concerned);
    return warnings ? tr(lang, Msg::diff_summary_warnings, counted, util::count(lang, changes, Msg::count_change),
                         util::count(lang, warnings, Msg::count_open_action_deleted))
                    : tr(lang, Msg::diff_summary, counted, util::count(lang, changes, Msg::count_change));
}

std::string side_name(const load::Revision& r, Lang lang, bool code) {
    if (r.working_tree()) return std::string(tr(lang, Msg::diff_working_tree));
    return code ? "`" + r.name + "`" : r.name;
}

}  // namespace

std::string diff_text(const std::vector<NoteDiff>& notes, Lang lang, const Style& style) {
    if (notes.empty()) return tr(lang, Msg::diff_nothing) + "\n";
    std::string out;
    for (const auto& d : notes) {
        if (!out.empty()) out += '\n';
        out += style.bold(d.path) + " " + style.dim("— " + untitled(d, lang) + note_facts(d, lang)) + "\n";
        const Lines lines(lang, year_of(d));
        for (const auto& c : d.changes) {
            const Line l = lines.line(c);
            std::string text = "  " + std::string(1, l.sign) + " " +
                               (l.label.empty() ? l.text : tr(lang, Msg::label_value, l.label, l.text));
            switch (l.sign) {
            case '+': text = style.green(text); break;
            case '-': text = style.red(text); break;
            case '!': text = style.bold(style.red(text)); break;
            default: text = style.yellow(text); break;
            }
            out += text + "\n";
        }
    }
    return out + "\n" + summary(notes, lang) + "\n";
}

std::string diff_markdown(const std::vector<NoteDiff>& notes, const load::Revision& from, const load::Revision& to,
                          Lang lang) {
    std::string out = "### " + tr(lang, Msg::diff_markdown_title, side_name(from, lang, true), side_name(to, lang, true)) + "\n\n";
    if (notes.empty()) return out + tr(lang, Msg::diff_nothing) + "\n";
    for (const auto& d : notes) {
        out += "**" + untitled(d, lang) + "**" + note_facts(d, lang) + " (`" + d.path + "`)\n\n";
        if (d.changes.empty()) continue;
        const Lines lines(lang, year_of(d));
        for (const auto& c : d.changes) {
            const Line l = lines.line(c);
            // The signs of the terminal read as list markers in Markdown: symbols instead.
            const std::string mark = l.sign == '!' ? "⚠️ " : l.sign == '+' ? "➕ " : l.sign == '-' ? "➖ " : "✏️ ";
            out += "- " + mark + (l.label.empty() ? l.text : tr(lang, Msg::label_value, "**" + l.label + "**", l.text)) + "\n";
        }
        out += '\n';
    }
    return out + summary(notes, lang) + "\n";
}

std::string diff_json(const std::vector<NoteDiff>& notes, const load::Revision& from, const load::Revision& to) {
    using json = nlohmann::ordered_json;
    auto text = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
    auto time = [](const util::TimeRange& t) {
        return json{{"start", util::to_iso(t.start)}, {"end", t.end ? json(util::to_iso(*t.end)) : json(nullptr)}};
    };
    auto value = [&](const query::Value& v) -> json {
        if (const auto* s = std::get_if<std::string>(&v)) return *s;
        if (const auto* d = std::get_if<util::Date>(&v)) return util::to_iso(*d);
        if (const auto* r = std::get_if<util::DateRange>(&v))
            return json{{"start", util::to_iso(r->start)}, {"end", util::to_iso(r->end)}};
        if (const auto* t = std::get_if<util::TimeRange>(&v)) return time(*t);
        if (const auto* l = std::get_if<std::vector<std::string>>(&v)) return *l;
        return nullptr;
    };
    auto side = [&](const load::Revision& r) {
        return json{{"revision", text(r.name)}, {"commit", text(r.id)}};
    };
    json list = json::array();
    for (const auto& d : notes) {
        json changes = json::array();
        for (const auto& c : d.changes) {
            json j{{"kind", query::to_string(c.kind)}, {"warning", c.warning()}, {"subject", c.subject},
                   {"field", text(c.field)}, {"before", value(c.before)}, {"after", value(c.after)}};
            if (c.action) {
                const auto& a = *c.action;
                j["action"] = {{"id", text(a.id)}, {"text", a.text}, {"status", model::to_string(a.status)},
                               {"owners", a.owners}, {"due", a.due ? json(util::to_iso(*a.due)) : json(nullptr)}};
            }
            if (c.event) {
                const auto& e = *c.event;
                j["event"] = {{"start", util::to_iso(e.dates.start)}, {"end", util::to_iso(e.dates.end)},
                              {"time", e.time ? json(util::to_iso(*e.time)) : json(nullptr)},
                              {"format", text(e.format)}, {"location", text(e.location)}, {"subject", e.subject}};
            }
            if (c.person)
                j["person"] = {{"name", c.person->name}, {"org", text(c.person->organisation)}, {"role", text(c.person->role)}};
            j["other_note"] = text(c.other_note);
            j["line"] = c.line ? json(c.line) : json(nullptr);
            j["old_line"] = c.old_line ? json(c.old_line) : json(nullptr);
            changes.push_back(std::move(j));
        }
        list.push_back({{"path", d.path}, {"old_path", text(d.old_path)}, {"status", query::to_string(d.status)},
                        {"title", d.title}, {"date", d.date ? json(util::to_iso(*d.date)) : json(nullptr)},
                        {"changes", std::move(changes)}});
    }
    json out{{"from", side(from)}, {"to", side(to)}, {"notes", std::move(list)}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace dla::render
