#include "dla/render/import.hpp"

#include <algorithm>
#include <vector>

#include "dla/edit/front_matter.hpp"
#include "dla/model/series.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using edit::yaml_scalar;

namespace {

using parse::legacy::Block;

std::string person(const model::Attendee& a) {
    return a.organisation.empty() ? a.name : a.name + " (" + a.organisation + ")";
}

void people(std::string& out, std::string_view key, const std::vector<model::Attendee>& list) {
    if (list.empty()) return;
    out += std::string(key) + ":\n";
    for (const auto& a : list) out += "  - " + yaml_scalar(person(a)) + "\n";
}

std::string front_matter(const parse::legacy::LegacyMinutes& m) {
    std::string out = "---\n";
    out += "title: " + yaml_scalar(m.title) + "\n";
    if (!m.series.empty()) out += "series: " + yaml_scalar(m.series) + "\n";
    if (m.number) out += "number: " + std::to_string(*m.number) + "\n";
    if (m.date) out += "date: " + util::to_iso(*m.date) + "\n";
    if (!m.time.empty()) out += "time: " + yaml_scalar(m.time, true) + "\n";
    if (!m.format.empty()) out += "format: " + yaml_scalar(m.format) + "\n";
    if (!m.location.empty()) out += "location: " + yaml_scalar(m.location) + "\n";
    if (!m.theme.empty()) out += "theme: " + yaml_scalar(m.theme) + "\n";
    people(out, "attendees", m.attendees);
    people(out, "excused", m.excused);
    people(out, "absent", m.absent);
    if (m.minute_taker) out += "minute-taker: " + yaml_scalar(person(*m.minute_taker)) + "\n";
    if (!m.agenda.empty()) {
        out += "agenda:\n";
        for (const auto& a : m.agenda)
            out += "  - " + yaml_scalar(a.time.empty() ? a.title : a.time + " " + a.title, true) + "\n";
    }
    if (!m.events.empty()) {
        out += "events:\n";
        for (const auto& e : m.events) {
            out += "  - date: " + util::to_iso(e.date) + "\n";
            if (!e.time.empty()) out += "    time: " + yaml_scalar(e.time, true) + "\n";
            out += "    subject: " + yaml_scalar(e.subject) + "\n";
        }
    }
    for (const auto& line : m.front_matter_kept) out += line + "\n";
    out += "---\n";
    return out;
}

std::string table(const std::vector<std::vector<std::string>>& rows) {
    std::string out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out += "|";
        for (const auto& c : rows[r]) out += " " + (c.empty() ? std::string() : c) + (c.empty() ? "|" : " |");
        out += "\n";
        if (r == 0) {
            out += "|";
            for (std::size_t c = 0; c < rows[r].size(); ++c) out += "---|";
            out += "\n";
        }
    }
    return out;
}

std::string section_body(const std::vector<Block>& blocks) {
    std::string out;
    const Block* previous = nullptr;
    std::vector<std::size_t> text_columns;  // of the list's items open at each depth
    for (const auto& b : blocks) {
        // Items of one list stay together; every other block stands apart.
        const bool same_list = previous && previous->kind == Block::Kind::bullet && b.kind == Block::Kind::bullet;
        if (previous && !same_list) out += "\n";
        if (!same_list) text_columns.clear();
        switch (b.kind) {
        case Block::Kind::heading: out += std::string(static_cast<std::size_t>(b.depth), '#') + " " + b.text + "\n"; break;
        case Block::Kind::bullet: {
            // A sub-item starts where its parent's text starts (3 columns under « 1. », 4
            // under « 10. »): CommonMark reads it as nested only then.
            const auto depth = static_cast<std::size_t>(std::max(b.depth, 0));
            const std::size_t indent = depth == 0 ? 0
                                     : depth <= text_columns.size() ? text_columns[depth - 1]
                                     : (text_columns.empty() ? 0 : text_columns.back()) + 2 * (depth - text_columns.size());
            text_columns.resize(depth);
            text_columns.push_back(indent + util::display_width(b.marker) + 1);
            out += std::string(indent, ' ') + b.marker + " " + b.text + "\n";
            break;
        }
        case Block::Kind::paragraph: out += b.text + "\n"; break;
        case Block::Kind::table: out += table(b.rows); break;
        }
        previous = &b;
    }
    return out;
}

}  // namespace

std::string imported_note(const parse::legacy::LegacyMinutes& minutes, util::Lang lang) {
    std::string body;
    for (const auto& s : minutes.sections) {
        if (s.blocks.empty() && s.title.empty()) continue;
        body += "\n";
        if (!s.title.empty()) body += "## " + s.title + "\n\n";
        body += section_body(s.blocks);
    }
    const std::string text = front_matter(minutes) + body;
    // The front matter as `dla fmt` writes it (the body is left as it is).
    auto formatted = edit::format_front_matter("import", text, lang);
    return formatted.problems.empty() && !formatted.unsafe ? formatted.text : text;
}

std::string imported_note_path(const parse::legacy::LegacyMinutes& minutes, const std::string& notes_dir) {
    return model::note_path(notes_dir, minutes.date.value_or(util::Date{}), minutes.series, minutes.number);
}

}  // namespace dla::render
