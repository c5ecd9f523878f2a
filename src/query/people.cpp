#include "dla/query/people.hpp"

#include <string>
#include <unordered_map>

namespace dla::query {

model::Attendee directory_person(const model::Attendee& person, const model::Config& config) {
    model::Attendee out = person;
    if (const model::Person* p = model::find_person(config, person.name)) {
        out.name = p->name;
        if (out.organisation.empty()) out.organisation = p->organisation;
    }
    return out;
}

std::vector<model::Attendee> directory_people(const std::vector<model::Attendee>& people, const model::Config& config) {
    std::vector<model::Attendee> out;
    // Person key → place in `out`: a map, as a list may hold tens of thousands of names.
    std::unordered_map<std::string, std::size_t> seen;
    for (const auto& a : people) {
        const auto [it, first_time] = seen.try_emplace(model::person_key(config, a.name), out.size());
        if (!first_time) {
            model::Attendee& first = out[it->second];
            if (first.organisation.empty()) first.organisation = a.organisation;
            if (first.role.empty()) first.role = a.role;
            continue;
        }
        out.push_back(directory_person(a, config));
    }
    return out;
}

model::Meeting with_directory_names(model::Meeting meeting, const model::Config& config) {
    meeting.attendees = directory_people(meeting.attendees, config);
    meeting.excused = directory_people(meeting.excused, config);
    meeting.absent = directory_people(meeting.absent, config);
    if (meeting.minute_taker) meeting.minute_taker = directory_person(*meeting.minute_taker, config);
    for (auto& a : meeting.actions)
        for (auto& o : a.owners) o = model::canonical_name(config, o);
    return meeting;
}

}  // namespace dla::query
