// `dla remind`: whom to remind of which open actions, and at which address.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/query/actions.hpp"

namespace dla::query {

/// One owner to remind: who, where to write, and their actions in track_actions' order.
struct Reminder {
    std::string name;     // the directory's full name, a department's label, else the owner as written
    std::string address;  // from dla.yaml's directory; empty when it has none
    std::vector<TrackedAction> actions;
};

/// The address of `owner` (as written in a note) in `config`: a person's `email`; a
/// department's `email`; for an organisation, the `email` of the department it carries.
/// Empty when the directory has none.
[[nodiscard]] std::string owner_address(std::string_view owner, const model::Config& config);

/// The owners of the open actions of `tracked` that are overdue or due on or before
/// `today + days`, one Reminder per recipient (owners that name the same person, or that
/// share one address, are one; the first one's name is kept), sorted by folded name. With `wanted` not empty, only the owners owner_matches() finds for it.
/// An action with several owners is in the reminder of each; one without owner in none.
[[nodiscard]] std::vector<Reminder> reminders(const std::vector<TrackedAction>& tracked, const model::Config& config,
                                              util::Date today, int days, std::string_view wanted);

}  // namespace dla::query
