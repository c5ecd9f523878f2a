#include "dla/model/config.hpp"

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
    config.index = std::move(index);
}

const Department* find_department(const Config& config, std::string_view label) {
    const auto it = config.index.departments.find(util::fold(label));
    return it == config.index.departments.end() ? nullptr : &config.departments[it->second];
}

const Person* find_person(const Config& config, std::string_view alias) {
    const auto it = config.index.people.find(util::fold(alias));
    return it == config.index.people.end() ? nullptr : &config.people[it->second];
}

bool is_organisation(const Config& config, std::string_view name) {
    return config.index.organisations.contains(util::fold(name));
}

}  // namespace dla::model
