#include "dla/query/remind.hpp"

#include <algorithm>
#include <map>

#include "dla/util/text.hpp"

namespace dla::query {

std::string owner_address(std::string_view owner, const model::Config& config) {
    if (const auto* person = model::find_person(config, owner)) return person->email;
    if (const auto* department = model::find_department(config, owner)) return department->email;
    const std::string folded = util::fold(owner);
    for (const auto& d : config.departments)
        if (!d.email.empty() && !d.organisation.empty() && util::fold(d.organisation) == folded) return d.email;
    return {};
}

std::vector<Reminder> reminders(const std::vector<TrackedAction>& tracked, const model::Config& config,
                                util::Date today, int days, std::string_view wanted) {
    // The same selection as `dla actions --due-before`: open, due by the last day.
    ActionFilter filter;
    filter.due_before = util::from_days(util::to_days(today) + days);
    filter.owner = std::string(wanted);
    // One reminder per recipient: the same person under two aliases, or an organisation
    // and its department sharing one address, get one message.
    std::map<std::string, Reminder> by_recipient;
    for (const TrackedAction& t : filter_actions(tracked, filter, config)) {
        for (const std::string& owner : t.action.owners) {
            if (!wanted.empty() && !owner_matches(owner, wanted, config)) continue;  // a co-owner of the wanted one
            const auto* department = model::find_person(config, owner) ? nullptr : model::find_department(config, owner);
            const std::string name = department ? department->label : model::canonical_name(config, owner);
            const std::string address = owner_address(owner, config);
            Reminder& r = by_recipient[address.empty() ? "name:" + util::fold(name) : "address:" + util::fold(address)];
            if (r.name.empty()) r = {name, address, {}};
            // Two owners of one action that are one recipient ("@Jeanne @JM"): listed once.
            if (r.actions.empty() || r.actions.back().id != t.id || r.actions.back().first().meeting != t.first().meeting)
                r.actions.push_back(t);
        }
    }
    std::vector<Reminder> out;
    out.reserve(by_recipient.size());
    for (auto& [key, r] : by_recipient) out.push_back(std::move(r));
    std::stable_sort(out.begin(), out.end(),
                     [](const Reminder& a, const Reminder& b) { return util::fold(a.name) < util::fold(b.name); });
    return out;
}

}  // namespace dla::query
