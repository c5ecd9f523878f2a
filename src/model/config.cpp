#include "dla/model/config.hpp"

#include <algorithm>

#include "dla/util/text.hpp"

namespace dla::model {

void index_directory(Config& config) {
    DirectoryIndex index;
    // Every name folded, never an empty one: "" names nobody.
    auto add = [](auto& names, std::string_view name, auto... i) {
        if (std::string folded = util::fold(name); !folded.empty()) names.emplace(std::move(folded), i...);
    };
    for (std::size_t i = 0; i < config.departments.size(); ++i) {
        const Department& d = config.departments[i];
        add(index.departments, d.id, i);
        add(index.departments, "DLA " + d.id, i);
        add(index.departments, d.label, i);
        for (const auto& a : d.aliases) add(index.departments, a, i);
        add(index.organisations, d.organisation);
    }
    for (std::size_t i = 0; i < config.people.size(); ++i) {
        const Person& p = config.people[i];
        add(index.people, p.name, i);
        for (const auto& a : p.aliases) add(index.people, a, i);
        add(index.organisations, p.organisation);
    }
    // Partial names after whole ones: a first name is only a guess.
    for (std::size_t i = 0; i < config.people.size(); ++i) {
        const Person& p = config.people[i];
        std::vector<std::string> names{p.name};
        names.insert(names.end(), p.aliases.begin(), p.aliases.end());
        for (const auto& name : names) {
            const std::vector<std::string> words = util::split_trimmed(util::fold(name), " ");
            for (std::size_t k = 1; k < words.size(); ++k) {
                std::string head, tail;
                for (std::size_t w = 0; w < k; ++w) head += (w ? " " : "") + words[w];
                for (std::size_t w = words.size() - k; w < words.size(); ++w) tail += (tail.empty() ? "" : " ") + words[w];
                for (const std::string& part : {head, tail}) {
                    auto& who = index.partial_names[part];
                    if (std::find(who.begin(), who.end(), i) == who.end()) who.push_back(i);
                }
            }
        }
    }
    config.index = std::move(index);
}

const Department* find_department(const Config& config, std::string_view label) {
    const auto it = config.index.departments.find(util::fold(label));
    return it == config.index.departments.end() ? nullptr : &config.departments[it->second];
}

namespace {

// The directory's people within two edits of `folded` (one for short names), nearest
// first, each once, by the form nearest to it as the directory writes it (an alias before
// the full name when both are as near: "Clarie" → "Claire").
std::vector<std::string> close_names(const Config& config, const std::string& folded) {
    const std::size_t limit = folded.size() <= 4 ? 1 : 2;
    std::vector<std::pair<std::size_t, std::string>> near;
    for (const Person& p : config.people) {
        std::optional<std::pair<std::size_t, std::string>> best;
        auto consider = [&](const std::string& written, const std::string& as) {
            const std::size_t d = util::edit_distance(folded, as);
            if (d <= limit && (!best || d < best->first)) best.emplace(d, written);
        };
        for (const auto& a : p.aliases) consider(a, util::fold(a));
        const std::string name = util::fold(p.name);
        consider(p.name, name);
        consider(p.name, name.substr(0, name.find(' ')));  // "Clarie" near "Claire Collet"
        if (best) near.push_back(std::move(*best));
    }
    std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& n : near) out.push_back(std::move(n.second));
    return out;
}

}  // namespace

PersonMatch match_person(const Config& config, std::string_view name) {
    PersonMatch match;
    const std::string folded = util::fold(name);
    if (folded.empty()) return match;
    if (const auto it = config.index.people.find(folded); it != config.index.people.end()) {
        match.person = &config.people[it->second];
        return match;
    }
    if (const auto it = config.index.partial_names.find(folded); it != config.index.partial_names.end()) {
        if (it->second.size() == 1) {
            match.person = &config.people[it->second.front()];
        } else {
            for (std::size_t i : it->second) match.candidates.push_back(&config.people[i]);
        }
        return match;
    }
    match.suggestions = close_names(config, folded);
    return match;
}

const Person* find_person(const Config& config, std::string_view alias) { return match_person(config, alias).person; }

std::string person_key(const Config& config, std::string_view name) {
    const Person* p = find_person(config, name);
    return util::fold(p ? std::string_view(p->name) : name);
}

std::string canonical_name(const Config& config, std::string_view name) {
    const Person* p = find_person(config, name);
    return std::string(p ? std::string_view(p->name) : util::trim(name));
}

std::string one_of(const std::vector<std::string>& names, util::Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? (lang == util::Lang::fr ? " ou " : " or ") : ", ";
        out += names[i];
    }
    return out;
}

bool is_organisation(const Config& config, std::string_view name) {
    return config.index.organisations.contains(util::fold(name));
}

}  // namespace dla::model
