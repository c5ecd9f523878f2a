// The people of a meeting as the directory names them: aliases and first names resolved,
// one line per person, for every output that lists or counts people.
#pragma once

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::query {

/// `people` with each name the directory's full name (model::canonical_name), the
/// organisation as written else the directory's, and a person listed twice ("Margaux K"
/// and "Margaux Krebs", or NFC and NFD spellings) kept once, at their first listing
/// (with the organisation of a later listing when the first gave none).
[[nodiscard]] std::vector<model::Attendee> directory_people(const std::vector<model::Attendee>& people,
                                                           const model::Config& config);

/// One attendee as the directory names them (see directory_people).
[[nodiscard]] model::Attendee directory_person(const model::Attendee& person, const model::Config& config);

/// `meeting` with its attendees, excused, absent, minute-taker and action owners named
/// as the directory names them (directory_people; owners by model::canonical_name).
[[nodiscard]] model::Meeting with_directory_names(model::Meeting meeting, const model::Config& config);

}  // namespace dla::query
