#include "dla/model/config.hpp"

#include "dla/util/text.hpp"

namespace dla::model {

const Department* find_department(const Config& config, std::string_view label) {
    const std::string wanted = util::fold(label);
    if (wanted.empty()) return nullptr;
    for (const auto& d : config.departments) {
        if (wanted == util::fold(d.id) || wanted == util::fold("DLA " + d.id) || wanted == util::fold(d.label))
            return &d;
        for (const auto& a : d.aliases)
            if (wanted == util::fold(a)) return &d;
    }
    return nullptr;
}

const Person* find_person(const Config& config, std::string_view alias) {
    const std::string wanted = util::fold(alias);
    if (wanted.empty()) return nullptr;
    for (const auto& p : config.people) {
        if (wanted == util::fold(p.name)) return &p;
        for (const auto& a : p.aliases)
            if (wanted == util::fold(a)) return &p;
    }
    return nullptr;
}

bool is_organisation(const Config& config, std::string_view name) {
    const std::string wanted = util::fold(name);
    if (wanted.empty()) return false;
    for (const auto& p : config.people)
        if (!p.organisation.empty() && wanted == util::fold(p.organisation)) return true;
    for (const auto& d : config.departments)
        if (!d.organisation.empty() && wanted == util::fold(d.organisation)) return true;
    return false;
}

}  // namespace dla::model
