#include "dla/edit/front_matter.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>

#include <yaml-cpp/yaml.h>

#include "dla/model/config.hpp"
#include "dla/model/front_matter.hpp"
#include "dla/parse/front_matter.hpp"
#include "dla/parse/yaml.hpp"
#include "dla/util/date.hpp"
#include "dla/util/text.hpp"

namespace dla::edit {

using util::Msg;
using util::tr;

namespace {

using Lines = std::vector<std::string>;

// A line of the file as written: its text and its end ("\n", "\r\n", "\r", or "" at the end).
struct FileLine {
    std::string_view text;
    std::string_view end;
};

// Cut as util::normalize_newlines cuts, so that line N here is line N of the parser.
std::vector<FileLine> file_lines(std::string_view text) {
    std::vector<FileLine> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        const std::size_t end_size = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
        out.push_back({text.substr(start, i - start), text.substr(i, end_size)});
        i += end_size - 1;
        start = i + 1;
    }
    if (start < text.size()) out.push_back({text.substr(start), {}});
    return out;
}

bool is_blank(std::string_view line) { return util::trim(line).empty(); }
// A comment line at the top level (an indented one belongs to the value above it).
bool is_top_comment(std::string_view line) { return line.starts_with('#'); }

// Words and forms that YAML readers take for something else than text: booleans and
// null in YAML 1.1 (Jekyll, Hugo), numbers, sexagesimal times (`10:00`).
bool reads_as_other_type(std::string_view text) {
    static constexpr std::array k_words = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
                                           ".inf", "-.inf", "+.inf", ".nan"};
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(k_words.begin(), k_words.end(), lower) != k_words.end()) return true;
    std::string_view s = text;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
    if (s.empty() || !(std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '.')) return false;
    return s.find_first_not_of("0123456789._:+-eExXoObBaAcCdDfF") == std::string_view::npos;
}

// The text of a plain or quoted scalar on its key's line, and the comment after it
// (with its spaces), when both can be told apart without doubt.
struct OneLine {
    std::string comment;
};
std::optional<OneLine> one_line_value(const YAML::Node& node, std::string_view line) {
    if (!node.IsScalar() || node.Mark().is_null()) return std::nullopt;
    const auto column = static_cast<std::size_t>(std::max(0, node.Mark().column));
    if (column >= line.size()) return std::nullopt;
    const std::string_view raw = line.substr(column);
    if (raw.starts_with('|') || raw.starts_with('>')) return std::nullopt;  // a block of text: kept
    if (node.Tag() == "?") {
        // A plain scalar cannot hold " #": what follows it is a comment.
        const std::string& value = node.Scalar();
        if (!raw.starts_with(value)) return std::nullopt;
        const std::string_view rest = raw.substr(value.size());
        if (is_blank(rest)) return OneLine{};
        if (util::trim(rest).starts_with('#') && (rest[0] == ' ' || rest[0] == '\t'))
            return OneLine{std::string(rest)};
        return std::nullopt;
    }
    // Quoted: a '#' may be inside or after the quotes; either way it stays as written. So
    // does a value with a tag (`!x`) or an anchor (`&x`), which a quote does not start.
    if (!raw.starts_with('"') && !raw.starts_with('\'')) return std::nullopt;
    if (raw.find('#') != std::string_view::npos) return std::nullopt;
    return OneLine{};
}

// The comment of a key line whose value starts on the next line (`attendees:  # présents`):
// "" for none, nullopt when something else follows the colon.
std::optional<std::string> key_line_comment(std::string_view line, std::size_t key_end) {
    const auto colon = line.find(':', key_end);
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string_view rest = line.substr(colon + 1);
    if (is_blank(rest)) return std::string();
    if (util::trim(rest).starts_with('#') && (rest[0] == ' ' || rest[0] == '\t')) return std::string(rest);
    return std::nullopt;
}

// `Name (Organisation)`, or `{name: …, org: …, role: …}` when there is a role; nullopt for
// what the note reader would not take for a person.
std::optional<std::string> person_item(const YAML::Node& n) {
    std::string name, org, role;
    if (n.IsScalar()) {
        const model::Attendee a = parse::parse_attendee(n.Scalar());
        name = a.name;
        org = a.organisation;
    } else if (n.IsMap()) {
        for (const auto& kv : n) {
            if (!kv.first.IsScalar() || !kv.second.IsScalar()) return std::nullopt;
            const auto field = model::person_field(kv.first.Scalar());
            const std::string v(util::trim(kv.second.Scalar()));
            if (!field) return std::nullopt;  // a field dla does not read: kept as written
            if (*field == model::PersonField::name) name = v;
            else if (*field == model::PersonField::organisation) org = v;
            else role = v;
        }
    } else {
        return std::nullopt;
    }
    if (name.empty()) return std::nullopt;
    if (role.empty()) return yaml_scalar(org.empty() ? name : name + " (" + org + ")");
    YAML::Emitter e;
    e << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << name;
    if (!org.empty()) e << YAML::Key << "org" << YAML::Value << org;
    e << YAML::Key << "role" << YAML::Value << role << YAML::EndMap;
    return std::string(e.c_str());
}

// `"10:30 Présentation"`: the time in ISO, then the title.
std::optional<std::string> agenda_item(const YAML::Node& n) {
    if (!n.IsScalar()) return std::nullopt;
    const auto [time, title] = parse::split_agenda_text(util::trim(n.Scalar()));
    if (time.empty()) return yaml_scalar(title, true);
    const auto parsed = util::parse_time_range(time);
    const auto* range = std::get_if<util::TimeRange>(&parsed);
    if (!range) return std::nullopt;
    std::string text = util::to_iso(range->start);
    if (range->end) text += "-" + util::to_iso(*range->end);
    return yaml_scalar(title.empty() ? text : text + " " + title, true);
}

// One top-level key and its lines. (Its value stays in a list of its own: assigning a
// YAML::Node writes through it into the document, so blocks that are sorted hold none.)
struct Block {
    std::string key;        // as written; the one written in its place once rewritten
    std::size_t index = 0;  // in the note, and in the list of values
    Lines lead;             // the comment lines right above the key
    Lines lines;            // the key line and its value's lines
    Lines trail;            // comment lines after the value, before a blank line
    bool rewritten = false;
};

// The canonical lines of a block, its key written `key`, or nullopt to keep them as written.
std::optional<Lines> canonical(const Block& b, const YAML::Node& v, const std::string& key) {
    const auto field = model::front_matter_field(b.key);
    if (v.IsNull() || !field) return std::nullopt;
    const std::string_view key_line = b.lines.front();
    auto scalar_line = [&](const std::string& text) -> std::optional<Lines> {
        if (b.lines.size() != 1) return std::nullopt;
        auto one = one_line_value(v, key_line);
        if (!one) return std::nullopt;
        return Lines{key + ": " + text + one->comment};
    };
    auto list = [&](auto item) -> std::optional<Lines> {
        if (!v.IsSequence()) return std::nullopt;
        std::optional<std::string> comment;
        if (v.Style() == YAML::EmitterStyle::Flow) {
            // `excused: []`, `[a, b]` on one line or more: rewritten only without a comment.
            for (const auto& l : b.lines)
                if (l.find('#') != std::string::npos) return std::nullopt;
            comment = std::string();
        } else {
            comment = key_line_comment(key_line, b.key.size());
            for (std::size_t i = 1; comment && i < b.lines.size(); ++i)
                if (b.lines[i].find('#') != std::string::npos) return std::nullopt;  // a comment among the items
        }
        if (!comment) return std::nullopt;
        if (v.size() == 0) return Lines{key + ": []" + *comment};
        Lines out{key + ":" + *comment};
        for (const auto& n : v) {
            auto text = item(n);
            if (!text) return std::nullopt;
            out.push_back("  - " + *text);
        }
        return out;
    };

    switch (model::field_spec(*field).kind) {
    case model::FieldKind::text:
    case model::FieldKind::format:
        if (!v.IsScalar()) return std::nullopt;
        return scalar_line(yaml_scalar(util::trim(v.Scalar())));
    case model::FieldKind::number: {
        if (!v.IsScalar()) return std::nullopt;
        const std::string s(util::trim(v.Scalar()));
        int n = 0;
        auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        if (ec != std::errc() || ptr != s.data() + s.size() || n < 0) return std::nullopt;
        return scalar_line(std::to_string(n));
    }
    case model::FieldKind::date: {
        if (!v.IsScalar()) return std::nullopt;
        const std::string s(util::trim(v.Scalar()));
        if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) return std::nullopt;  // a Hugo date-time: kept
        const auto parsed = util::parse_date(s, std::nullopt);
        const auto* d = std::get_if<util::Date>(&parsed);
        if (!d) return std::nullopt;
        return scalar_line(util::to_iso(*d));
    }
    case model::FieldKind::time: {
        if (!v.IsScalar()) return std::nullopt;
        const auto parsed = util::parse_time_range(util::trim(v.Scalar()));
        const auto* r = std::get_if<util::TimeRange>(&parsed);
        if (!r) return std::nullopt;
        return scalar_line(yaml_scalar(util::to_iso(r->start) + (r->end ? "-" + util::to_iso(*r->end) : ""), true));
    }
    case model::FieldKind::people: return list(person_item);
    case model::FieldKind::agenda: return list(agenda_item);
    case model::FieldKind::person: {
        const auto text = person_item(v);
        if (!text) return std::nullopt;
        if (v.IsScalar()) return scalar_line(*text);
        // A mapping written over several lines becomes one line, without comments to lose.
        for (const auto& l : b.lines)
            if (l.find('#') != std::string::npos) return std::nullopt;
        return Lines{key + ": " + *text};
    }
    case model::FieldKind::events: return std::nullopt;
    }
    return std::nullopt;
}

// Where `key` goes: its field's place in the schema (a synonym as its field), else after them all.
std::size_t rank(const std::string& key) {
    const auto field = model::front_matter_field(key);
    return field ? static_cast<std::size_t>(*field) : model::front_matter_fields().size();
}

bool same_node(const YAML::Node& a, const YAML::Node& b) {
    if (a.Type() != b.Type()) return false;
    if (a.IsScalar()) return a.Scalar() == b.Scalar();
    if (a.IsSequence() || a.IsMap()) {
        if (a.size() != b.size()) return false;
        auto i = a.begin(), j = b.begin();
        for (; i != a.end(); ++i, ++j) {
            if (a.IsSequence() ? !same_node(*i, *j) : !(same_node(i->first, j->first) && same_node(i->second, j->second)))
                return false;
        }
    }
    return true;
}

// What the note reader makes of a front matter, lines aside.
model::Meeting reading(std::string_view yaml, std::vector<std::string>& rules) {
    model::Meeting m;
    diag::Sink sink;
    parse::read_front_matter(yaml, 2, model::Config{}, m, sink);
    for (const auto& d : sink.diagnostics()) rules.push_back(d.rule_id);
    std::sort(rules.begin(), rules.end());
    m.field_lines.clear();
    for (auto* list : {&m.attendees, &m.excused, &m.absent})
        for (auto& a : *list) a.line = 0;
    if (m.minute_taker) m.minute_taker->line = 0;
    for (auto& a : m.agenda) a.line = 0;
    for (auto& e : m.events) e.line = 0;
    return m;
}

// True when `after` says what `before` says: every key rewritten reads the same to dla, every
// other key is the same YAML, and the reader finds no problem it did not find before (it may
// find fewer: a date not written in ISO is one that formatting solves).
bool same_meaning(std::string_view before_yaml, const YAML::Node& before, std::string_view after_yaml,
                  const std::vector<Block>& blocks, const std::vector<YAML::Node>& values) {
    std::optional<YAML::Node> loaded;
    try {
        loaded.emplace(YAML::Load(std::string(after_yaml)));
    } catch (const YAML::Exception&) {
        return false;
    }
    const YAML::Node& after = *loaded;
    if (!after.IsMap() || after.size() != before.size()) return false;
    for (const auto& b : blocks) {
        const YAML::Node now = after[b.key];
        if (!now) return false;
        if (!b.rewritten && !same_node(values[b.index], now)) return false;
    }
    std::vector<std::string> rules_before, rules_after;
    return reading(before_yaml, rules_before) == reading(after_yaml, rules_after) &&
           std::includes(rules_before.begin(), rules_before.end(), rules_after.begin(), rules_after.end());
}

std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    const int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    const auto nl = before.rfind('\n');
    const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    return {line, util::column_of(text.substr(start), offset - start)};
}

diag::Diagnostic problem(std::string_view path, int line, int column, std::string_view rule, std::string message) {
    diag::Sink sink;
    sink.report(path, line, column, rule, std::move(message));
    return sink.take().front();
}

}  // namespace

std::string yaml_scalar(std::string_view text, bool quote) {
    const std::string s(text);
    if (!quote && !s.empty() && !reads_as_other_type(s)) {
        YAML::Emitter plain;
        plain << s;
        if (plain.good() && s == plain.c_str()) {
            try {
                const YAML::Node back = YAML::Load("k: " + s);
                if (back["k"].IsScalar() && back["k"].Scalar() == s) return s;
            } catch (const YAML::Exception&) {
                // not plain then
            }
        }
    }
    YAML::Emitter quoted;
    quoted << YAML::DoubleQuoted << s;
    return quoted.c_str();
}

FormattedNote format_front_matter(std::string_view path, std::string_view bytes, util::Lang lang) {
    FormattedNote out{std::string(bytes), false, {}, false};
    if (auto bad = util::invalid_utf8_offset(bytes); bad != std::string_view::npos) {
        auto [line, column] = position_of(bytes, bad);
        out.problems.push_back(problem(path, line, column, "not-utf8", tr(lang, Msg::not_utf8)));
        return out;
    }
    const std::string_view bom = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(0, 3) : std::string_view();
    const std::string_view text = bytes.substr(bom.size());
    const std::string normalized = util::normalize_newlines(text);
    const parse::NoteParts parts = parse::split_front_matter(normalized);
    if (!parts.has_front_matter || !parts.closed) {
        const bool empty = util::trim(text).empty();
        out.problems.push_back(problem(path, 1, 1, parts.has_front_matter ? "front-matter-unclosed" : "front-matter-missing",
                                       tr(lang, empty ? Msg::file_empty
                                                : parts.has_front_matter ? Msg::front_matter_unclosed
                                                                         : Msg::front_matter_missing)));
        return out;
    }
    diag::Sink sink;
    const auto loaded = parse::load_yaml(parts.yaml, path, parts.yaml_first_line, lang, sink);
    if (!loaded) {
        out.problems = sink.take();
        return out;
    }
    const YAML::Node& root = *loaded;
    if (root.IsNull()) return out;  // nothing in it, or only comments
    if (!root.IsMap()) {
        out.problems.push_back(problem(path, parts.yaml_first_line, 1, "front-matter-not-mapping",
                                       tr(lang, root.IsSequence() ? Msg::front_matter_is_list : Msg::front_matter_is_scalar)));
        return out;
    }
    // `{title: …, date: …}` on one line has no lines to move: it stays as written.
    if (root.Style() == YAML::EmitterStyle::Flow) return out;

    Lines yaml;
    for (const auto& l : file_lines(parts.yaml)) yaml.emplace_back(l.text);
    std::vector<Block> blocks;
    std::vector<YAML::Node> values;
    std::map<std::string, int> seen;
    for (const auto& kv : root) {
        if (!kv.first.IsScalar() || kv.first.Mark().is_null() || kv.first.Mark().column != 0) return out;
        const std::string key = kv.first.Scalar();
        const int line = parts.yaml_first_line + kv.first.Mark().line;
        if (auto it = seen.find(key); it != seen.end()) {
            out.problems.push_back(problem(path, line, 1, "duplicate-field", tr(lang, Msg::duplicate_field, key, it->second)));
            return out;
        }
        seen[key] = line;
        blocks.push_back({key, blocks.size(), {}, {}, {}, false});
        values.push_back(kv.second);
    }

    // Each key's lines: from its line to the next key's, less the comments right above that
    // key, which go with it. The comments above the first key stay at the top: they are
    // about the note as often as about that key. Blank lines between keys are dropped.
    std::vector<std::size_t> starts;
    for (const auto& kv : root) starts.push_back(static_cast<std::size_t>(kv.first.Mark().line));
    auto lead_start = [&](std::size_t k) {
        std::size_t s = starts[k];
        while (k > 0 && s > starts[k - 1] + 1 && is_top_comment(yaml[s - 1])) --s;
        return s;
    };
    Lines head;
    for (std::size_t l = 0; l < lead_start(0); ++l)
        if (!is_blank(yaml[l])) head.push_back(yaml[l]);
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        Block& b = blocks[k];
        for (std::size_t l = lead_start(k); l < starts[k]; ++l) b.lead.push_back(yaml[l]);
        const std::size_t end = k + 1 < blocks.size() ? lead_start(k + 1) : yaml.size();
        std::size_t value_end = end;
        while (value_end > starts[k] + 1 && (is_blank(yaml[value_end - 1]) || is_top_comment(yaml[value_end - 1]))) --value_end;
        for (std::size_t l = starts[k]; l < value_end; ++l) b.lines.push_back(yaml[l]);
        for (std::size_t l = value_end; l < end; ++l)
            if (!is_blank(yaml[l])) b.trail.push_back(yaml[l]);
    }

    // A synonym (`minute_taker`) becomes its field's key (`minute-taker`), unless both are there.
    for (auto& b : blocks) {
        const auto field = model::front_matter_field(b.key);
        const std::string own(field ? model::field_spec(*field).key : std::string_view(b.key));
        const std::string key = seen.contains(own) ? b.key : own;
        if (auto lines = canonical(b, values[b.index], key)) {
            b.lines = std::move(*lines);
            b.key = key;
            b.rewritten = true;
        }
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) { return rank(a.key) < rank(b.key); });

    Lines result = head;
    for (const auto& b : blocks)
        for (const Lines* part : {&b.lead, &b.lines, &b.trail}) result.insert(result.end(), part->begin(), part->end());
    std::string new_yaml;
    for (const auto& l : result) new_yaml += l + "\n";
    if (!same_meaning(parts.yaml, root, new_yaml, blocks, values)) {
        out.unsafe = true;
        return out;
    }

    // The front matter's lines end as its first line does; the rest is the file as it was.
    const auto lines = file_lines(text);
    const std::size_t closing = static_cast<std::size_t>(parts.body_first_line - 2);
    const std::string_view newline = lines[0].end;
    std::string formatted(bom);
    formatted += std::string(lines[0].text) + std::string(newline);
    for (const auto& l : result) formatted += l + std::string(newline);
    const std::size_t body_offset =
        static_cast<std::size_t>(lines[closing].text.data() - text.data());  // the closing line, as written
    formatted += text.substr(body_offset);
    out.changed = formatted != bytes;
    out.text = std::move(formatted);
    return out;
}

}  // namespace dla::edit
