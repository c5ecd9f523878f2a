// The digest of one meeting or of a period, for `dla summary`: who came (merged through
// the directory, grouped by organisation), who was excused, the actions raised and
// those still open, one line of news per department, the next dates.
#pragma once

#include <string>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/query/actions.hpp"
#include "dla/query/calendar.hpp"
#include "dla/query/news.hpp"

namespace dla::query {

/// Someone in the digest, and at how many of its meetings.
struct CountedPerson {
    std::string name;
    int meetings = 0;
};

/// People of one organisation ("" when none is known), in the minutes' order.
struct OrganisationGroup {
    std::string organisation;
    std::vector<CountedPerson> people;
};

/// What one department told over the digest's meetings.
struct DepartmentBrief {
    std::string department;  // as NewsEntry
    std::string label;
    std::string text;        // every item as plain text (sub-items after it), newest meeting first, joined by " ; "
    std::vector<NewsEntry> entries;  // newest first
};

struct Summary {
    std::vector<const model::Meeting*> meetings;  // the digest's meetings, oldest first
    std::vector<OrganisationGroup> present;       // everyone present at one of them at least
    std::vector<OrganisationGroup> excused;       // excused at one of them, present at none
    std::size_t present_count = 0;
    std::size_t excused_count = 0;
    std::vector<std::size_t> attendee_counts;       // per meeting: the people present, each once (query/people)
    std::optional<model::Attendee> minute_taker;    // of the first meeting, as the directory names them
    std::vector<TrackedAction> raised;      // first mentioned in one of the meetings, any status
    std::vector<TrackedAction> still_open;  // open, raised by an earlier meeting
    std::vector<DepartmentBrief> news;
    std::vector<const model::Department*> silent;  // departments of dla.yaml that told nothing
    std::vector<CalendarEvent> next_dates;         // the next three, from today
};

/// The digest of `scope` (meetings of `all`, oldest first). The actions' status is
/// today's, as `dla actions` shows it (the newest meeting that mentions an action
/// decides), so a digest of an older meeting tells what became of its actions;
/// `still_open` holds the open actions raised by a meeting dated before the digest's
/// first one. People are merged as `attendance` merges them and grouped by the
/// organisation of their latest meeting, organisations and people in order of first
/// appearance. The next dates are those of upcoming_events from `today`, three at most.
[[nodiscard]] Summary summarise(const std::vector<model::Meeting>& all, const std::vector<const model::Meeting*>& scope,
                                const model::Config& config, util::Date today);

/// The same, with the actions of `all` already tracked (track_actions(all, today)): for
/// a caller digesting many scopes, as dla site does one meeting at a time.
[[nodiscard]] Summary summarise(const std::vector<model::Meeting>& all, const std::vector<const model::Meeting*>& scope,
                                const model::Config& config, util::Date today, const std::vector<TrackedAction>& tracked);

}  // namespace dla::query
