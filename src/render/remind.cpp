#include "dla/render/remind.hpp"

#include <algorithm>
#include <array>
#include <set>

#include <fmt/format.h>

#include "dla/parse/markdown.hpp"
#include "dla/render/show.hpp"
#include "dla/util/hash.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using util::Msg;
using util::tr;

namespace {

std::size_t overdue_count(const query::Reminder& r) {
    return static_cast<std::size_t>(std::count_if(r.actions.begin(), r.actions.end(), [](const auto& t) { return t.overdue; }));
}

// `Tue Apr  9 00:00:00 2024`, the date of an mbox `From ` line (asctime, always English).
std::string asctime_text(util::Date date) {
    static constexpr std::array<std::string_view, 7> days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return fmt::format("{} {} {:2} 00:00:00 {}", days[static_cast<std::size_t>(util::weekday(date))],
                       months[static_cast<std::size_t>(date.month - 1)], date.day, date.year);
}

// mboxrd: `From ` after any number of '>' at the start of a line.
bool needs_quoting(std::string_view line) {
    const std::size_t first = line.find_first_not_of('>');
    return first != std::string_view::npos && line.substr(first).starts_with("From ");
}

}  // namespace

std::string reminder_subject(const query::Reminder& r, const RemindOptions& o) {
    const std::string count = util::count(o.lang, r.actions.size(), Msg::count_action);
    const std::size_t overdue = overdue_count(r);
    return tr(o.lang, Msg::remind_subject, overdue ? tr(o.lang, Msg::actions_count, count, overdue) : count);
}

std::string reminder_text(const query::Reminder& r, const RemindOptions& o) {
    std::string out = tr(o.lang, Msg::remind_greeting, r.name) + "\n\n";
    out += tr(o.lang, Msg::remind_intro, date_text(util::add_days(o.today, o.days), o.lang)) + "\n";
    for (const query::TrackedAction& t : r.actions) {
        const model::Action& a = t.action;
        out += "\n- " + parse::markdown::inline_text(a.text) + "\n";
        if (a.due) {
            out += "  " + tr(o.lang, Msg::remind_due, date_text(*a.due, o.lang));
            if (t.overdue) out += " — " + tr(o.lang, Msg::actions_overdue);
            out += "\n";
        }
        const model::Meeting& m = *t.first().meeting;
        const std::string meeting = m.title.empty() ? m.path
                                  : m.date ? tr(o.lang, Msg::remind_meeting_of, m.title, date_text(*m.date, o.lang))
                                           : m.title;
        out += "  " + tr(o.lang, Msg::remind_raised, meeting, fmt::format("{}:{}", m.path, t.first().line)) + "\n";
        out += "  " + tr(o.lang, Msg::remind_id, t.id) + "\n";
    }
    out += "\n" + tr(o.lang, Msg::remind_closing) + "\n\n-- \n" + tr(o.lang, Msg::remind_signature) + "\n";
    return out;
}

Mail reminder_mail(const query::Reminder& r, const RemindOptions& o, bool draft) {
    Mail mail;
    mail.to = {{r.name, r.address}};
    mail.subject = reminder_subject(r, o);
    mail.text = reminder_text(r, o);
    std::string seed = "remind\n" + util::to_iso(o.today) + "\n" + r.address;
    for (const auto& t : r.actions) seed += "\n" + t.id;
    mail.message_id = fmt::format("{:016x}@dla", util::fnv1a_64(seed));
    mail.boundary_seed = fmt::format("{:016x}", util::fnv1a_64("boundary\n" + seed));
    mail.date = static_cast<std::int64_t>(util::to_days(o.today)) * 86400;
    mail.draft = draft;
    return mail;
}

std::vector<std::string> reminder_file_names(const std::vector<query::Reminder>& reminders) {
    std::vector<std::string> names;
    std::set<std::string> taken;
    for (const auto& r : reminders) {
        std::string stem;
        for (char c : util::fold(r.name)) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) stem += c;
            else if (!stem.empty() && stem.back() != '-') stem += '-';
        }
        while (!stem.empty() && stem.back() == '-') stem.pop_back();
        if (stem.empty()) stem = "owner";
        std::string name = stem + ".eml";
        for (int n = 2; taken.contains(name); ++n) name = fmt::format("{}-{}.eml", stem, n);
        taken.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

std::string unix_newlines(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (!(bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')) out += bytes[i];
    return out;
}

std::string mbox_bytes(const std::vector<std::string>& messages, util::Date sent) {
    const std::string from_line = "From dla@localhost " + asctime_text(sent) + "\n";
    std::string out;
    for (const std::string& message : messages) {
        out += from_line;
        const std::string text = unix_newlines(message);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            end = end == std::string::npos ? text.size() : end + 1;
            const std::string_view line(text.data() + start, end - start);
            if (needs_quoting(line)) out += '>';
            out += line;
            start = end;
        }
        if (!out.empty() && out.back() != '\n') out += '\n';
        out += '\n';
    }
    return out;
}

}  // namespace dla::render
