// Which meetings a report covers: the meetings held (dated on or before today), of one
// series, within a period. Shared by `dla summary`, `dla attendance` and `dla news`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dla/model/meeting.hpp"

namespace dla::query {

struct MeetingScope {
    util::Date today;                  // meetings dated after it are planned, not held
    std::string series;                // only this series (compared folded); "" = every series
    std::optional<util::Date> since;   // inclusive bounds on the meeting's date
    std::optional<util::Date> until;
};

/// The meetings of `scope`, oldest first (by date, then path). Undated notes and notes
/// dated after `scope.today` (minutes prepared in advance) are never in it: their
/// attendees are expected, not present, and their news not yet told.
[[nodiscard]] std::vector<const model::Meeting*> held_meetings(const std::vector<model::Meeting>& meetings,
                                                               const MeetingScope& scope);

}  // namespace dla::query
