#include "dla/query/scope.hpp"

#include "dla/query/meetings.hpp"
#include "dla/util/text.hpp"

namespace dla::query {

std::vector<const model::Meeting*> held_meetings(const std::vector<model::Meeting>& meetings, const MeetingScope& scope) {
    const std::string series = util::fold(scope.series);
    std::vector<const model::Meeting*> out;
    for (const model::Meeting* m : by_date(meetings)) {
        if (!m->date || *m->date > scope.today) continue;
        if (scope.since && *m->date < *scope.since) continue;
        if (scope.until && *m->date > *scope.until) continue;
        if (!series.empty() && util::fold(m->series) != series) continue;
        out.push_back(m);
    }
    return out;
}

}  // namespace dla::query
