#include "dla/parse/legacy_front_matter.hpp"

#include <algorithm>
#include <sstream>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include "dla/model/front_matter.hpp"
#include "dla/util/text.hpp"

namespace dla::parse::legacy {

namespace {

// A key the note's front matter is written with by the importer (or a synonym of one).
bool note_key(std::string_view key) { return model::front_matter_field(key).has_value(); }

// `2019-09-15`, `2019-09-15T13:07:35`, `2019-09-15 13:07`: the date of its first ten characters.
std::optional<util::Date> iso_prefix(std::string_view text) {
    text = util::trim(text);
    if (text.size() < 10) return std::nullopt;
    auto parsed = util::parse_date(text.substr(0, 10), std::nullopt);
    if (auto* d = std::get_if<util::Date>(&parsed)) return *d;
    return std::nullopt;
}

// The YAML source cut at its top-level keys: {key, its lines}.
std::vector<std::pair<std::string, std::vector<std::string>>> top_level(const std::vector<std::string>& lines) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const auto& line : lines) {
        const bool top = !line.empty() && line[0] != ' ' && line[0] != '\t' && line[0] != '-' && line[0] != '#';
        if (top && line.find(':') != std::string::npos) out.push_back({std::string(util::trim(line.substr(0, line.find(':')))), {}});
        else if (out.empty()) out.push_back({"", {}});
        out.back().second.push_back(line);
    }
    return out;
}

// The kept lines: a key the note writes itself becomes a comment, so that no word is lost.
void keep(SourceFrontMatter& fm, const std::string& key, const std::vector<std::string>& lines) {
    for (const auto& line : lines) {
        std::string l = line;
        while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.pop_back();
        fm.kept.push_back(note_key(key) ? "# " + l : l);
    }
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& l : lines) text += l + "\n";
    return text;
}

std::optional<SourceFrontMatter> from_yaml(const std::vector<std::string>& body) {
    YAML::Node root;
    try {
        root = YAML::Load(joined(body));
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
    if (!root.IsMap()) return std::nullopt;
    SourceFrontMatter fm;
    for (const auto& [key, lines] : top_level(body)) {
        const YAML::Node value = key.empty() ? YAML::Node() : root[key];
        if (key == "title" && value.IsScalar()) fm.title = value.Scalar();
        else if (key == "date" && value.IsScalar() && iso_prefix(value.Scalar())) {
            fm.date = iso_prefix(value.Scalar());
            // `'2019-09-15T13:07:35'`: the time is not the meeting's; the line is kept as a comment.
            if (util::trim(value.Scalar()).size() > 10) keep(fm, key, lines);
        }
        else keep(fm, key, lines);
    }
    return fm;
}

std::optional<SourceFrontMatter> from_toml(const std::vector<std::string>& body) {
    toml::table table;
    try {
        table = toml::parse(joined(body));
    } catch (const toml::parse_error&) {
        return std::nullopt;
    }
    SourceFrontMatter fm;
    if (auto t = table["title"].value<std::string>()) {
        fm.title = *t;
        table.erase("title");
    }
    if (auto d = table["date"].as_date()) {
        fm.date = util::make_date((*d)->year, (*d)->month, (*d)->day);
    } else if (auto dt = table["date"].as_date_time()) {
        fm.date = util::make_date((*dt)->date.year, (*dt)->date.month, (*dt)->date.day);
    } else if (auto s = table["date"].value<std::string>()) {
        fm.date = iso_prefix(*s);
    }
    if (fm.date) table.erase("date");
    if (table.empty()) return fm;
    // The other keys, written in YAML by toml++.
    std::ostringstream yaml;
    yaml << toml::yaml_formatter(table);
    std::vector<std::string> lines;
    std::istringstream in(yaml.str());
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    for (const auto& [key, kl] : top_level(lines)) keep(fm, key, kl);
    return fm;
}

}  // namespace

std::optional<SourceFrontMatter> source_front_matter(const std::vector<std::string>& lines) {
    if (lines.empty()) return std::nullopt;
    const std::string_view open = util::trim(lines[0]);
    if (open != "---" && open != "+++") return std::nullopt;
    for (std::size_t k = 1; k < lines.size(); ++k) {
        const std::string_view t = util::trim(lines[k]);
        if (t != open && !(open == "---" && t == "...")) continue;
        const std::vector<std::string> body(lines.begin() + 1, lines.begin() + static_cast<long>(k));
        auto fm = open == "---" ? from_yaml(body) : from_toml(body);
        if (fm) fm->lines = k + 1;
        return fm;
    }
    return std::nullopt;
}

}  // namespace dla::parse::legacy
