#include "dla/query/find_action.hpp"

#include <algorithm>

#include "dla/util/text.hpp"

namespace dla::query {

std::vector<const TrackedAction*> find_actions(const std::vector<TrackedAction>& actions, std::string_view wanted,
                                               const std::function<bool(const TrackedAction&)>& preferred) {
    if (!wanted.empty() && wanted.front() == '^') wanted.remove_prefix(1);
    const std::string folded = util::fold(util::trim(wanted));
    std::vector<const TrackedAction*> found;
    if (folded.empty()) return found;
    auto collect = [&](auto&& matches) {
        for (const auto& t : actions)
            if (matches(t)) found.push_back(&t);
        return !found.empty();
    };
    if (!collect([&](const TrackedAction& t) { return util::fold(t.id) == folded; }) &&
        !collect([&](const TrackedAction& t) { return util::fold(t.id).starts_with(folded); }))
        collect([&](const TrackedAction& t) { return util::fold(t.action.text).find(folded) != std::string::npos; });
    if (found.size() > 1 && preferred) {
        const auto kept = std::count_if(found.begin(), found.end(), [&](const TrackedAction* t) { return preferred(*t); });
        if (kept == 1) std::erase_if(found, [&](const TrackedAction* t) { return !preferred(*t); });
    }
    return found;
}

}  // namespace dla::query
