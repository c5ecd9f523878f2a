#include "dla/query/summary.hpp"

#include <algorithm>
#include <set>

#include "dla/query/attendance.hpp"
#include "dla/query/people.hpp"
#include "dla/util/text.hpp"

namespace dla::query {

namespace {

// The rows in order of first appearance, grouped by organisation (first appearance too).
std::vector<OrganisationGroup> group(std::vector<const AttendanceRow*> rows, std::size_t& count) {
    std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return a->first_seen < b->first_seen; });
    std::vector<OrganisationGroup> out;
    for (const AttendanceRow* r : rows) {
        const std::string key = util::fold(r->organisation);
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& g) { return util::fold(g.organisation) == key; });
        if (it == out.end()) it = out.insert(out.end(), {r->organisation, {}});
        it->people.push_back({r->name, r->attended ? r->attended : r->excused});
    }
    count = rows.size();
    return out;
}

}  // namespace

Summary summarise(const std::vector<model::Meeting>& all, const std::vector<const model::Meeting*>& scope,
                  const model::Config& config, util::Date today) {
    return summarise(all, scope, config, today, track_actions(all, today));
}

Summary summarise(const std::vector<model::Meeting>& all, const std::vector<const model::Meeting*>& scope,
                  const model::Config& config, util::Date today, const std::vector<TrackedAction>& tracked) {
    Summary s;
    s.meetings = scope;

    const Attendance people = attendance(scope, config, AttendanceBy::person);
    std::vector<const AttendanceRow*> present, excused;
    for (const auto& r : people.rows) {
        if (r.attended > 0) present.push_back(&r);
        else if (r.excused > 0) excused.push_back(&r);
    }
    s.present = group(present, s.present_count);
    s.excused = group(excused, s.excused_count);
    for (const auto* m : scope) s.attendee_counts.push_back(directory_people(m->attendees, config).size());
    if (!scope.empty() && scope.front()->minute_taker) s.minute_taker = directory_person(*scope.front()->minute_taker, config);

    const std::set<const model::Meeting*> in_scope(scope.begin(), scope.end());
    std::optional<util::Date> first_date;
    for (const auto* m : scope)
        if (m->date && (!first_date || *m->date < *first_date)) first_date = m->date;
    for (const auto& t : tracked) {
        const model::Meeting* raised_by = t.first().meeting;
        if (in_scope.contains(raised_by)) {
            s.raised.push_back(t);
        } else if (t.action.status == model::ActionStatus::open && raised_by->date && first_date &&
                   *raised_by->date < *first_date) {
            s.still_open.push_back(t);
        }
    }

    News news = collect_news(scope, config);
    for (auto& e : news.entries) {
        if (s.news.empty() || util::fold(s.news.back().department) != util::fold(e.department))
            s.news.push_back({e.department, e.label, {}, {}});
        DepartmentBrief& b = s.news.back();
        for (const auto& item : e.items) {
            std::string text = plain_text(item.text);
            std::vector<std::string> children;
            for (const auto& c : item.children)
                if (std::string t = plain_text(c); !t.empty()) children.push_back(std::move(t));
            if (!children.empty()) {
                // `Collectifs : Aisne, Somme` after a colon, `Collectifs (Aisne, Somme)` otherwise,
                // `Dialogue (juin) — avec la DREETS` after a parenthesis.
                std::string list;
                for (const auto& c : children) list += (list.empty() ? "" : ", ") + c;
                text = text.empty()            ? list
                       : text.ends_with(':')   ? text + " " + list
                       : text.ends_with(')')   ? text + " — " + list
                                               : text + " (" + list + ")";
            }
            if (text.empty()) continue;
            if (!b.text.empty()) b.text += " ; ";
            b.text += text;
        }
        b.entries.push_back(std::move(e));
    }
    s.silent = std::move(news.silent);

    CalendarOptions next;
    next.today = today;
    next.limit = 3;
    s.next_dates = upcoming_events(all, next);
    return s;
}

}  // namespace dla::query
