#include "dla/parse/front_matter.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "dla/model/front_matter.hpp"
#include "dla/model/series.hpp"
#include "dla/parse/yaml.hpp"
#include "dla/util/text.hpp"

namespace dla::parse {

using util::Msg;
using util::tr;

NoteParts split_front_matter(std::string_view text) {
    NoteParts parts;
    parts.body = text;
    auto line_end = [&](std::size_t from) {
        auto nl = text.find('\n', from);
        return nl == std::string_view::npos ? text.size() : nl;
    };
    std::size_t first_end = line_end(0);
    if (util::trim(text.substr(0, first_end)) != "---" || text.substr(0, 3) != "---") return parts;
    parts.has_front_matter = true;
    parts.yaml_first_line = 2;
    std::size_t pos = std::min(first_end + 1, text.size());
    const std::size_t yaml_start = pos;
    int line = 2;
    while (pos < text.size()) {
        std::size_t end = line_end(pos);
        auto content = util::trim(text.substr(pos, end - pos));
        if ((content == "---" || content == "...") && text[pos] != ' ') {
            parts.closed = true;
            parts.yaml = text.substr(yaml_start, pos - yaml_start);
            parts.body = text.substr(std::min(end + 1, text.size()));
            parts.body_first_line = line + 1;
            return parts;
        }
        pos = end + 1;
        ++line;
    }
    parts.yaml = text.substr(yaml_start);
    parts.body = {};
    parts.body_first_line = line;
    return parts;
}

model::Attendee parse_attendee(std::string_view text) {
    model::Attendee a;
    text = util::trim(text);
    if (text.ends_with(')')) {
        auto open = text.rfind('(');
        if (open != std::string_view::npos && open > 0) {
            a.name = std::string(util::trim(text.substr(0, open)));
            a.organisation = std::string(util::trim(text.substr(open + 1, text.size() - open - 2)));
            return a;
        }
    }
    a.name = std::string(text);
    return a;
}

namespace {

bool is_dash(std::string_view w) { return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94"; }

// `10h`, `10h30`, `10:30`, `9h-11h`: a word that can only be (part of) a time.
bool is_time_word(std::string_view w) {
    if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
    bool marker = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        if (c == 'h' || c == 'H' || c == ':') marker = true;
        else if (std::isdigit(static_cast<unsigned char>(c)) || c == '-') continue;
        else if (w.substr(i).starts_with("\xE2\x80\x93")) i += 2;  // en dash
        else return false;
    }
    return marker;
}

}  // namespace

// How many words from `i` make one time written with spaces ("10 h 30", "9 h"), or 0.
static std::size_t spaced_time_words(const std::vector<std::string>& words, std::size_t i) {
    auto digits = [](const std::string& w, std::size_t max) {
        return !w.empty() && w.size() <= max &&
               std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    };
    if (i + 1 >= words.size() || !digits(words[i], 2) || (words[i + 1] != "h" && words[i + 1] != "H")) return 0;
    return i + 2 < words.size() && digits(words[i + 2], 2) && words[i + 2].size() == 2 ? 3 : 2;
}

std::pair<std::string, std::string> split_agenda_text(std::string_view text) {
    const auto words = util::split_trimmed(text, " ");
    std::size_t n = 0;
    bool ends_with_time = false;
    if (n < words.size() && (words[n] == "de" || words[n] == "De") && n + 1 < words.size() &&
        (is_time_word(words[n + 1]) || spaced_time_words(words, n + 1)))
        ++n;
    while (n < words.size()) {
        if (is_time_word(words[n])) { ++n; ends_with_time = true; continue; }
        if (std::size_t k = spaced_time_words(words, n)) { n += k; ends_with_time = true; continue; }
        // A connector counts only between two times: "9h – 11h", "9h à 11h".
        const bool connector = is_dash(words[n]) || words[n] == "\xC3\xA0" || words[n] == "a" || words[n] == "to";
        const bool time_follows = n + 1 < words.size() && (is_time_word(words[n + 1]) || spaced_time_words(words, n + 1));
        if (connector && n > 0 && time_follows) { ++n; ends_with_time = false; continue; }
        break;
    }
    if (n == 0 || !ends_with_time) return {"", std::string(util::trim(text))};
    std::string time;
    for (std::size_t i = 0; i < n; ++i) time += (i ? " " : "") + words[i];
    std::string title;
    for (std::size_t i = n; i < words.size(); ++i) title += (title.empty() ? "" : " ") + words[i];
    std::string_view rest = title;
    while (!rest.empty() && (rest.front() == ':' || rest.front() == '-')) rest = util::trim(rest.substr(1));
    if (rest.starts_with("\xE2\x80\x93")) rest = util::trim(rest.substr(3));
    return {time, std::string(rest)};
}

namespace {

// Reads the fields of one front matter, reporting at file lines.
class FieldReader {
public:
    FieldReader(int first_line, const model::Config& config, model::Meeting& meeting, diag::Sink& sink,
                std::optional<util::Date> fallback_date)
        : m_first_line(first_line), m_lang(config.language), m_meeting(meeting), m_sink(sink),
          m_fallback_date(fallback_date) {}

    void read(const YAML::Node& root);

private:
    int line_of(const YAML::Node& n) const { return n.Mark().is_null() ? m_first_line : m_first_line + n.Mark().line; }
    int column_of(const YAML::Node& n) const { return n.Mark().is_null() ? 1 : n.Mark().column + 1; }

    void report(const YAML::Node& at, std::string_view rule, std::string message) {
        m_sink.report(m_meeting.path, line_of(at), column_of(at), rule, std::move(message));
    }

    std::optional<std::string> text(const std::string& key, const YAML::Node& n) {
        if (n.IsNull()) return std::string();
        if (!n.IsScalar()) {
            report(n, "wrong-type", tr(m_lang, Msg::expected_text, key));
            return std::nullopt;
        }
        return std::string(util::trim(n.Scalar()));
    }

    void read_date(const std::string& key, const YAML::Node& n);
    void read_time(const std::string& key, const YAML::Node& n);
    void read_number(const std::string& key, const YAML::Node& n);
    void read_format(const std::string& key, const YAML::Node& n);
    std::optional<model::Attendee> person(const std::string& key, const YAML::Node& n);
    void read_people(const std::string& key, const YAML::Node& n, std::vector<model::Attendee>& into);
    void read_agenda(const YAML::Node& n);
    void read_events(const YAML::Node& n);

    int m_first_line;
    util::Lang m_lang;
    model::Meeting& m_meeting;
    diag::Sink& m_sink;
    std::optional<util::Date> m_fallback_date;  // for dates without a year, when there is no `date`
};

void FieldReader::read(const YAML::Node& root) {
    std::optional<YAML::Node> events;  // read last: a date without a year needs `date`, wherever it is written
    for (const auto& kv : root) {
        const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
        const YAML::Node& value = kv.second;
        if (auto seen = m_meeting.field_lines.find(key); seen != m_meeting.field_lines.end())
            report(kv.first, "duplicate-field", tr(m_lang, Msg::duplicate_field, key, seen->second));
        m_meeting.field_lines[key] = line_of(kv.first);
        const std::optional<model::Field> field = model::front_matter_field(key);
        if (!field) continue;  // layout, tags, aliases… belong to Jekyll, Hugo or Obsidian: kept in the file, ignored
        switch (*field) {
        case model::Field::title: if (auto t = text(key, value)) m_meeting.title = *t; break;
        case model::Field::series: if (auto t = text(key, value)) m_meeting.series = *t; break;
        case model::Field::location: if (auto t = text(key, value)) m_meeting.location = *t; break;
        case model::Field::theme: if (auto t = text(key, value)) m_meeting.theme = *t; break;
        case model::Field::number: read_number(key, value); break;
        case model::Field::date: read_date(key, value); break;
        case model::Field::time: read_time(key, value); break;
        case model::Field::format: read_format(key, value); break;
        case model::Field::attendees: read_people(key, value, m_meeting.attendees); break;
        case model::Field::excused: read_people(key, value, m_meeting.excused); break;
        case model::Field::absent: read_people(key, value, m_meeting.absent); break;
        case model::Field::minute_taker: if (!value.IsNull()) m_meeting.minute_taker = person(key, value); break;
        case model::Field::agenda: read_agenda(value); break;
        case model::Field::events: events = value; break;
        }
    }
    if (events) read_events(*events);
}

void FieldReader::read_date(const std::string& key, const YAML::Node& n) {
    auto t = text(key, n);
    if (!t || t->empty()) return;
    std::string_view s = *t;
    // Hugo and Jekyll write `2024-04-04T10:00:00+02:00` or `2024-04-04 10:00`.
    if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ') && s[4] == '-') {
        auto time = util::parse_time(s.substr(11, 5));
        if (auto* tm = std::get_if<util::Time>(&time); tm && !m_meeting.time) m_meeting.time = *tm;
        s = s.substr(0, 10);
    }
    auto parsed = util::parse_date(s, std::nullopt);
    if (auto* d = std::get_if<util::Date>(&parsed)) {
        m_meeting.date = *d;
        if (!std::holds_alternative<util::Date>(util::parse_iso_date(s)))
            report(n, "date-not-iso", tr(m_lang, Msg::date_not_iso, key, util::to_iso(*d)));
    } else report(n, "invalid-date", tr(m_lang, Msg::field_invalid, key, std::get<util::DateError>(parsed).in(m_lang)));
}

void FieldReader::read_time(const std::string& key, const YAML::Node& n) {
    auto t = text(key, n);
    if (!t || t->empty()) return;
    auto parsed = util::parse_time_range(*t);
    if (auto* r = std::get_if<util::TimeRange>(&parsed)) {
        m_meeting.time = r->start;
        m_meeting.end_time = r->end;
    } else {
        report(n, "invalid-time", tr(m_lang, Msg::field_invalid, key, std::get<util::DateError>(parsed).in(m_lang)));
    }
}

void FieldReader::read_number(const std::string& key, const YAML::Node& n) {
    auto t = text(key, n);
    if (!t || t->empty()) return;
    int value = 0;
    auto [ptr, ec] = std::from_chars(t->data(), t->data() + t->size(), value);
    if (ec != std::errc() || ptr != t->data() + t->size() || value < 0)
        report(n, "wrong-type", tr(m_lang, Msg::expected_number, key, *t));
    else
        m_meeting.number = value;
}

void FieldReader::read_format(const std::string& key, const YAML::Node& n) {
    auto t = text(key, n);
    if (!t || t->empty()) return;
    m_meeting.format = *t;
    if (model::meeting_format(*t).empty()) report(n, "unknown-format", tr(m_lang, Msg::unknown_format, *t));
}

std::optional<model::Attendee> FieldReader::person(const std::string& key, const YAML::Node& n) {
    if (n.IsScalar()) {
        model::Attendee a = parse_attendee(n.Scalar());
        a.line = line_of(n);
        if (!a.name.empty()) return a;
    } else if (n.IsMap()) {
        model::Attendee a;
        a.line = line_of(n);
        for (const auto& kv : n) {
            const std::string k = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
            if (!kv.second.IsScalar()) continue;
            const std::string v(util::trim(kv.second.Scalar()));
            const auto field = model::person_field(k);
            if (field == model::PersonField::name) a.name = v;
            else if (field == model::PersonField::organisation) a.organisation = v;
            else if (field == model::PersonField::role) a.role = v;
        }
        if (!a.name.empty()) return a;
    }
    report(n, "wrong-type", tr(m_lang, Msg::expected_person, key));
    return std::nullopt;
}

void FieldReader::read_people(const std::string& key, const YAML::Node& n, std::vector<model::Attendee>& into) {
    if (n.IsNull()) return;
    if (!n.IsSequence()) {
        report(n, "wrong-type", tr(m_lang, Msg::expected_list, key));
        return;
    }
    for (const auto& item : n)
        if (auto a = person(key, item)) into.push_back(std::move(*a));
}

void FieldReader::read_agenda(const YAML::Node& n) {
    if (n.IsNull()) return;
    if (!n.IsSequence()) {
        report(n, "wrong-type", tr(m_lang, Msg::expected_list, "agenda"));
        return;
    }
    for (const auto& item : n) {
        model::AgendaItem a;
        a.line = line_of(item);
        std::string time_text;
        if (item.IsScalar()) {
            const std::string s(util::trim(item.Scalar()));
            auto [time, title] = split_agenda_text(s);
            time_text = time;
            a.title = title;
        } else if (item.IsMap() && item["title"] && item["title"].IsScalar()) {
            a.title = std::string(util::trim(item["title"].Scalar()));
            if (item["time"] && item["time"].IsScalar()) time_text = item["time"].Scalar();
        } else {
            report(item, "wrong-type", tr(m_lang, Msg::expected_agenda_item));
            continue;
        }
        if (!time_text.empty()) {
            auto parsed = util::parse_time_range(time_text);
            if (auto* r = std::get_if<util::TimeRange>(&parsed)) {
                a.time = r->start;
                a.end_time = r->end;
            } else {
                report(item, "invalid-time", tr(m_lang, Msg::field_invalid, "agenda", std::get<util::DateError>(parsed).in(m_lang)));
            }
        }
        m_meeting.agenda.push_back(std::move(a));
    }
}

void FieldReader::read_events(const YAML::Node& n) {
    if (n.IsNull()) return;
    if (!n.IsSequence()) {
        report(n, "wrong-type", tr(m_lang, Msg::expected_list, "events"));
        return;
    }
    for (const auto& item : n) {
        if (!item.IsMap() || !item["date"] || !item["date"].IsScalar()) {
            report(item, "wrong-type", tr(m_lang, Msg::expected_event));
            continue;
        }
        model::Event e;
        e.line = line_of(item);
        e.date_text = std::string(util::trim(item["date"].Scalar()));
        auto parsed = util::parse_date_range(e.date_text, m_meeting.date ? m_meeting.date : m_fallback_date);
        if (auto* r = std::get_if<util::DateRange>(&parsed)) {
            e.dates = *r;
        } else {
            report(item["date"], "invalid-event-date",
                   tr(m_lang, Msg::invalid_event_date, std::get<util::DateError>(parsed).in(m_lang)));
            continue;
        }
        auto scalar = [&](const char* k) {
            return item[k] && item[k].IsScalar() ? std::string(util::trim(item[k].Scalar())) : std::string();
        };
        if (auto t = scalar("time"); !t.empty()) {
            auto pt = util::parse_time_range(t);
            if (auto* r = std::get_if<util::TimeRange>(&pt)) { e.time = r->start; e.end_time = r->end; }
            else report(item["time"], "invalid-time", tr(m_lang, Msg::invalid_event_time, std::get<util::DateError>(pt).in(m_lang)));
        }
        e.format = scalar("format");
        e.location = scalar("location");
        e.subject = scalar("subject");
        m_meeting.events.push_back(std::move(e));
    }
}

}  // namespace

namespace {

void read_fields(const YAML::Node& root, int first_line, const model::Config& config, model::Meeting& meeting,
                 diag::Sink& sink, std::optional<util::Date> fallback_date) {
    try {
        FieldReader(first_line, config, meeting, sink, fallback_date).read(root);
    } catch (const YAML::Exception& e) {
        // yaml-cpp throws on lookups into a node of another kind: a wrong type, reported.
        sink.report(meeting.path, first_line + std::max(0, e.mark.line), std::max(0, e.mark.column) + 1,
                    "wrong-type", tr(config.language, Msg::yaml_syntax, e.msg));
    }
}

// One top-level `key: …` of a front matter and the lines under it.
struct KeyLines {
    std::string key;
    std::string_view text;
    int line;           // file line of the key
    std::size_t value;  // offset in `text` of what follows `key:`
};

// The top-level keys of a front matter that is not valid YAML, found line by line: a
// line at column 0 that is not a comment, a list item, a flow or a document marker
// and reads `key:` followed by a blank or the line's end starts one.
std::vector<KeyLines> top_level_keys(std::string_view yaml, int first_line) {
    std::vector<KeyLines> out;
    std::size_t pos = 0;
    for (int line = first_line; pos < yaml.size(); ++line) {
        std::size_t end = yaml.find('\n', pos);
        if (end == std::string_view::npos) end = yaml.size();
        const std::string_view l = yaml.substr(pos, end - pos);
        std::size_t colon = l.find(':');
        while (colon != std::string_view::npos && colon + 1 < l.size() && l[colon + 1] != ' ' && l[colon + 1] != '\t')
            colon = l.find(':', colon + 1);
        const bool starts = !l.empty() && std::string_view(" \t#-.{[]}&*!|>%@`'\"").find(l[0]) == std::string_view::npos &&
                            colon != std::string_view::npos && !util::trim(l.substr(0, colon)).empty();
        if (starts) out.push_back(KeyLines{std::string(util::trim(l.substr(0, colon))), {}, line, colon + 1});
        if (!out.empty()) {
            const char* from = out.back().text.empty() ? l.data() : out.back().text.data();
            out.back().text = std::string_view(from, static_cast<std::size_t>(l.data() + l.size() - from));
        }
        pos = end + 1;
    }
    return out;
}

// After a YAML error (reported once by load_yaml), each top-level key is read on its own:
// one mistake costs its own field, not the others. A key that does not read alone still
// counts as written (no « missing date » on top of the error); a one-line text field
// (`theme: Rentrée 2024 : priorités`) is read as written.
void recover_fields(std::string_view yaml, int first_line, const model::Config& config, model::Meeting& meeting,
                    diag::Sink& sink, std::optional<util::Date> fallback_date) {
    auto keys = top_level_keys(yaml, first_line);
    // `events` last, as FieldReader does: its dates without a year need `date`.
    std::stable_partition(keys.begin(), keys.end(), [](const KeyLines& k) { return k.key != "events"; });
    for (const auto& k : keys) {
        diag::Sink quiet;  // the error is the one already said
        auto alone = load_yaml(k.text, meeting.path, k.line, config.language, quiet);
        if (alone && alone->IsMap()) {
            read_fields(*alone, k.line, config, meeting, sink, fallback_date);
            continue;
        }
        const auto field = model::front_matter_field(k.key);
        if (util::trim(k.text).find('\n') == std::string_view::npos && field &&
            model::field_spec(*field).kind == model::FieldKind::text) {
            YAML::Node as_written;
            as_written[k.key] = std::string(util::trim(k.text.substr(k.value)));
            read_fields(as_written, k.line, config, meeting, sink, fallback_date);
        } else {
            meeting.field_lines.try_emplace(k.key, k.line);
        }
    }
}

}  // namespace

void read_front_matter(std::string_view yaml, int first_line, const model::Config& config,
                       model::Meeting& meeting, diag::Sink& sink, std::optional<util::Date> fallback_date) {
    const util::Lang lang = config.language;
    auto loaded = load_yaml(yaml, meeting.path, first_line, lang, sink);
    if (!loaded) {
        recover_fields(yaml, first_line, config, meeting, sink, fallback_date);
        return;
    }
    const YAML::Node& root = *loaded;
    if (root.IsNull()) return;
    if (root.IsSequence()) {
        sink.report(meeting.path, first_line, 1, "front-matter-not-mapping", tr(lang, Msg::front_matter_is_list));
        return;
    }
    if (root.IsScalar()) {
        sink.report(meeting.path, first_line, 1, "front-matter-not-mapping", tr(lang, Msg::front_matter_is_scalar));
        return;
    }
    read_fields(root, first_line, config, meeting, sink, fallback_date);
}

}  // namespace dla::parse
