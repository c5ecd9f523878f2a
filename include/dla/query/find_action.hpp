// Finding the action a user names on the command line (`dla done salle`): by its id,
// written or implicit, a prefix of it, or a fragment of its text.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "dla/query/actions.hpp"

namespace dla::query {

/// The actions `wanted` names, in the order of `actions`: those whose id (written or
/// implicit, a leading '^' of `wanted` aside) is `wanted`; else those whose id starts with
/// it; else those whose text holds it, both folded (case and accents aside: « reserver la
/// SALLE » finds « Réserver la salle du séminaire »). When that gives several and
/// `preferred` keeps exactly one of them (the open ones, for `dla done`), that one.
[[nodiscard]] std::vector<const TrackedAction*> find_actions(const std::vector<TrackedAction>& actions, std::string_view wanted,
                                                             const std::function<bool(const TrackedAction&)>& preferred = {});

}  // namespace dla::query
