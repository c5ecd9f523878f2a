#include "dla/query/news.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "dla/parse/markdown.hpp"
#include "dla/util/text.hpp"

namespace dla::query {

std::string plain_text(std::string_view markdown) { return parse::markdown::inline_text(markdown); }

News collect_news(const std::vector<const model::Meeting*>& meetings, const model::Config& config,
                  std::string_view department) {
    const model::Department* wanted = department.empty() ? nullptr : model::find_department(config, department);
    const std::string wanted_label = util::fold(department);

    News out;
    // Group rank: dla.yaml's departments in order, then others as they come, the network last.
    std::map<std::string, std::size_t> rank;
    for (std::size_t i = 0; i < config.departments.size(); ++i) rank.emplace(util::fold(config.departments[i].id), i);
    std::vector<const model::Meeting*> oldest_first = meetings;
    std::stable_sort(oldest_first.begin(), oldest_first.end(), [](const model::Meeting* a, const model::Meeting* b) {
        return std::make_tuple(!a->date.has_value(), a->date.value_or(util::Date{}), std::cref(a->path)) <
               std::make_tuple(!b->date.has_value(), b->date.value_or(util::Date{}), std::cref(b->path));
    });
    for (const model::Meeting* m : oldest_first)
        for (const auto& d : m->news) {
            const model::Department* known = model::find_department(config, d.department);
            if (!department.empty() && !(wanted ? known == wanted : util::fold(d.label) == wanted_label)) continue;
            NewsEntry e{m, known ? known->id : d.department, known ? known->label : d.label, {}, d.line};
            if (known && e.label.empty()) e.label = known->id;
            for (const auto& item : d.items)
                if (!util::trim(item.text).empty() || !item.children.empty()) e.items.push_back(item);
            if (e.items.empty()) continue;
            rank.emplace(util::fold(e.department), e.department.empty() ? std::size_t(-1) : rank.size());
            out.entries.push_back(std::move(e));
        }
    // Oldest first so far: a stable sort by group, then a reversal inside each group.
    std::stable_sort(out.entries.begin(), out.entries.end(), [&](const NewsEntry& a, const NewsEntry& b) {
        return rank.at(util::fold(a.department)) < rank.at(util::fold(b.department));
    });
    for (auto first = out.entries.begin(); first != out.entries.end();) {
        auto last = std::find_if(first, out.entries.end(), [&](const NewsEntry& e) {
            return util::fold(e.department) != util::fold(first->department);
        });
        std::reverse(first, last);
        first = last;
    }

    for (const auto& d : config.departments) {
        if (wanted && &d != wanted) continue;
        if (!wanted && !department.empty()) continue;
        const bool told = std::any_of(out.entries.begin(), out.entries.end(),
                                      [&](const NewsEntry& e) { return util::fold(e.department) == util::fold(d.id); });
        if (!told) out.silent.push_back(&d);
    }
    return out;
}

}  // namespace dla::query
