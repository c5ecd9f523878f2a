#include "dla/parse/note.hpp"
#include "dla/parse/yaml.hpp"
#include "dla/util/text.hpp"

namespace dla::parse {

using util::Msg;
using util::tr;

namespace {

class ConfigReader {
public:
    ConfigReader(std::string_view path, diag::Sink& sink, std::optional<util::Lang> lang, util::Lang fallback)
        : m_path(path), m_sink(sink), m_lang(lang.value_or(fallback)), m_forced(lang.has_value()) {}

    void read(const YAML::Node& root, model::Config& c);

private:
    void report(const YAML::Node& at, std::string message) {
        m_sink.report(m_path, at.Mark().is_null() ? 1 : at.Mark().line + 1,
                      at.Mark().is_null() ? 1 : at.Mark().column + 1, "config-invalid", std::move(message));
    }
    std::string text(const YAML::Node& map, const char* key) {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) return {};
        if (!n.IsScalar()) {
            report(n, tr(m_lang, Msg::expected_text, key));
            return {};
        }
        return std::string(util::trim(n.Scalar()));
    }
    std::vector<std::string> texts(const YAML::Node& map, const char* key) {
        std::vector<std::string> out;
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) return out;
        if (n.IsScalar()) return {std::string(util::trim(n.Scalar()))};
        if (!n.IsSequence()) {
            report(n, tr(m_lang, Msg::expected_list, key));
            return out;
        }
        for (const auto& item : n) {
            if (item.IsScalar()) out.emplace_back(util::trim(item.Scalar()));
            else report(item, tr(m_lang, Msg::expected_text, key));
        }
        return out;
    }
    // A yes/no value (`true`, `false`); anything else is reported and reads as false.
    bool flag(const YAML::Node& map, const char* key) {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) return false;
        bool value = false;
        if (n.IsScalar() && YAML::convert<bool>::decode(n, value)) return value;
        report(n, tr(m_lang, Msg::config_expected_bool, key));
        return false;
    }
    // Calls `each` on every mapping of the list `key`.
    template <typename F>
    void entries(const YAML::Node& root, const char* key, F each) {
        const YAML::Node n = root[key];
        if (!n || n.IsNull()) return;
        if (!n.IsSequence()) {
            report(n, tr(m_lang, Msg::expected_list, key));
            return;
        }
        for (const auto& item : n) {
            if (!item.IsMap()) report(item, tr(m_lang, Msg::config_entry_expected_map, key));
            else each(item);
        }
    }

    std::string_view m_path;
    diag::Sink& m_sink;
    util::Lang m_lang;
    bool m_forced;
};

void ConfigReader::read(const YAML::Node& root, model::Config& c) {
    if (auto lang = text(root, "language"); !lang.empty()) {
        if (!util::parse_lang(lang, c.language)) report(root["language"], tr(m_lang, Msg::config_unknown_language, lang));
        if (!m_forced) m_lang = c.language;
    }
    if (auto notes = text(root, "notes"); !notes.empty()) c.notes_dir = notes;
    c.default_series = text(root, "default-series");
    if (const YAML::Node org = root["organisation"]; org && !org.IsNull()) {
        if (!org.IsMap()) report(org, tr(m_lang, Msg::config_expected_map, "organisation"));
        else c.organisation = {text(org, "name"), text(org, "region"), text(org, "header"), text(org, "footer"), text(org, "site")};
    }
    entries(root, "series", [&](const YAML::Node& n) {
        model::Series s{text(n, "id"), text(n, "title"), std::nullopt, text(n, "format"), text(n, "location"), texts(n, "members")};
        if (auto t = text(n, "time"); !t.empty()) {
            auto parsed = util::parse_time(t);
            if (auto* time = std::get_if<util::Time>(&parsed)) s.time = *time;
            else report(n["time"], tr(m_lang, Msg::field_invalid, "time", std::get<util::DateError>(parsed).in(m_lang)));
        }
        // A length reads like a time of day: `3h`, `1h30`, `2:00` (at least a minute).
        if (auto d = text(n, "duration"); !d.empty()) {
            auto parsed = util::parse_time(d);
            const auto* length = std::get_if<util::Time>(&parsed);
            if (length && length->hour * 60 + length->minute > 0) s.duration = length->hour * 60 + length->minute;
            else report(n["duration"], tr(m_lang, Msg::config_bad_duration, d));
        }
        if (s.id.empty()) report(n, tr(m_lang, Msg::config_missing_id, "series", "id"));
        else c.series.push_back(std::move(s));
    });
    entries(root, "departments", [&](const YAML::Node& n) {
        model::Department d{text(n, "id"), text(n, "label"), text(n, "organisation"), texts(n, "aliases"), text(n, "email")};
        if (d.id.empty()) report(n, tr(m_lang, Msg::config_missing_id, "departments", "id"));
        else c.departments.push_back(std::move(d));
    });
    entries(root, "people", [&](const YAML::Node& n) {
        model::Person p{text(n, "name"), text(n, "organisation"), texts(n, "aliases"), text(n, "email")};
        if (p.name.empty()) report(n, tr(m_lang, Msg::config_missing_id, "people", "name"));
        else c.people.push_back(std::move(p));
    });
    if (const YAML::Node r = root["remind"]; r && !r.IsNull()) {
        if (!r.IsMap()) report(r, tr(m_lang, Msg::config_expected_map, "remind"));
        else c.remind_send = flag(r, "send");
    }
    if (const YAML::Node h = root["headings"]; h && !h.IsNull()) {
        if (!h.IsMap()) report(h, tr(m_lang, Msg::config_expected_map, "headings"));
        else c.headings = {texts(h, "news"), texts(h, "decisions"), texts(h, "events"), texts(h, "followup")};
    }
}

}  // namespace

model::Config parse_config(std::string_view path, std::string_view bytes, diag::Sink& sink,
                           std::optional<util::Lang> lang, util::Lang fallback) {
    model::Config config;
    config.language = lang.value_or(fallback);
    if (util::invalid_utf8_offset(bytes) != std::string_view::npos) {
        sink.report(path, 1, 1, "not-utf8", tr(config.language, Msg::not_utf8));
        return config;
    }
    std::string text = util::normalize_newlines(bytes);
    // A NUL byte is no YAML escape: said as what it is, where it is.
    if (auto control = first_control_character(text); control != std::string::npos) {
        auto [line, column] = position_of(text, control);
        sink.report(path, line, column, "control-character",
                    text[control] == '\0' ? tr(config.language, Msg::nul_byte) : tr(config.language, Msg::control_character));
        replace_control_characters(text);
    }
    auto loaded = load_yaml(text, path, 1, config.language, sink);
    if (!loaded) return config;
    const YAML::Node& root = *loaded;
    if (root.IsNull()) return config;
    if (!root.IsMap()) {
        sink.report(path, 1, 1, "config-invalid", tr(config.language, Msg::config_expected_map, "dla.yaml"));
        return config;
    }
    try {
        ConfigReader(path, sink, lang, fallback).read(root, config);
    } catch (const YAML::Exception& e) {
        // Lookups on a node of the wrong kind throw in yaml-cpp: report it, keep what was read.
        sink.report(path, std::max(0, e.mark.line) + 1, std::max(0, e.mark.column) + 1, "config-invalid",
                    tr(config.language, Msg::yaml_syntax, e.msg));
    }
    model::index_directory(config);
    return config;
}

}  // namespace dla::parse
