// Who came to which meeting: attendees merged through the people directory of dla.yaml,
// counted per person, per organisation or per department, for `dla attendance` and the
// "who came" of `dla summary`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::query {

/// Someone listed in a meeting, as one identity across meetings.
struct Participant {
    std::string key;           // the identity: the directory's full name, else the name as written, folded
    std::string name;          // the directory's full name, else the name as written
    std::string organisation;  // as written in the meeting, else the directory's; "" when neither gives one
};

/// The identity of an attendee: `Margaux K` and `Margaux Krebs` are the same person
/// when the directory lists `Margaux K` as an alias of Margaux Krebs.
[[nodiscard]] Participant identify(const model::Attendee& attendee, const model::Config& config);

/// The department carried by `organisation` (compared folded with the departments'
/// `organisation`), or nullptr.
[[nodiscard]] const model::Department* department_of(const model::Config& config, std::string_view organisation);

enum class AttendanceBy { person, organisation, department };

/// What a row was at one meeting. An organisation or a department is present when one
/// of its people was, else excused when one of them was excused.
enum class Presence { absent, present, excused };

struct AttendanceRow {
    std::string key;           // folded identity of the row ("" for "no organisation" or "no department")
    std::string name;          // person: full name; organisation: as written last; department: its label
    std::string organisation;  // person: the organisation of their latest meeting; organisation: itself;
                               // department: its carrying organisation
    std::string department;    // id of the department of that organisation, "" when none
    std::vector<Presence> marks;  // one per meeting of the report, in its order
    int attended = 0;
    int excused = 0;
    std::optional<util::Date> last_attended;
    std::size_t first_seen = 0;  // order of first appearance (oldest meeting first, in the minutes' order)

    /// attended / meetings, 0 when there is no meeting.
    [[nodiscard]] double rate() const;
};

struct Attendance {
    std::vector<const model::Meeting*> meetings;  // the columns, oldest first
    std::vector<AttendanceRow> rows;
};

/// The attendance matrix of `meetings` (oldest first, as held_meetings gives them).
/// Present: the attendees and the minute-taker; excused: `excused`; the people of
/// `absent` get a row (blank marks) too. A person's row shows the organisation of their
/// latest meeting; by organisation, each meeting counts for the organisation written
/// in it. By department, every department of dla.yaml has a row, even one that never
/// came, and the people whose organisation carries no department share a last row
/// (key ""). Rows sorted: people by organisation then name, organisations by name
/// (none last), departments in dla.yaml's order.
[[nodiscard]] Attendance attendance(const std::vector<const model::Meeting*>& meetings, const model::Config& config,
                                    AttendanceBy by);

}  // namespace dla::query
