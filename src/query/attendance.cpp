#include "dla/query/attendance.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "dla/util/text.hpp"

namespace dla::query {

Participant identify(const model::Attendee& a, const model::Config& config) {
    Participant p;
    const model::Person* known = model::find_person(config, a.name);
    p.name = known ? known->name : a.name;
    p.key = util::fold(p.name);
    p.organisation = !a.organisation.empty() ? a.organisation : known ? known->organisation : std::string();
    return p;
}

const model::Department* department_of(const model::Config& config, std::string_view organisation) {
    const std::string wanted = util::fold(organisation);
    if (wanted.empty()) return nullptr;
    for (const auto& d : config.departments)
        if (!d.organisation.empty() && util::fold(d.organisation) == wanted) return &d;
    return nullptr;
}

double AttendanceRow::rate() const {
    return marks.empty() ? 0.0 : static_cast<double>(attended) / static_cast<double>(marks.size());
}

namespace {

// The rows being built, found by key, kept in order of creation.
class Rows {
public:
    Rows(std::size_t meetings) : m_meetings(meetings) {}

    AttendanceRow& row(const std::string& key) {
        auto [it, inserted] = m_index.emplace(key, m_rows.size());
        if (inserted) {
            AttendanceRow r;
            r.key = key;
            r.marks.assign(m_meetings, Presence::absent);
            r.first_seen = m_rows.size();
            m_rows.push_back(std::move(r));
        }
        return m_rows[it->second];
    }
    [[nodiscard]] std::vector<AttendanceRow> take() { return std::move(m_rows); }

private:
    std::size_t m_meetings;
    std::map<std::string, std::size_t> m_index;
    std::vector<AttendanceRow> m_rows;
};

// Present beats excused, which beats absent: an organisation is present when one of its people is.
void mark(AttendanceRow& row, std::size_t meeting, Presence presence) {
    Presence& m = row.marks[meeting];
    if (presence == Presence::present || (presence == Presence::excused && m == Presence::absent)) m = presence;
}

}  // namespace

Attendance attendance(const std::vector<const model::Meeting*>& meetings, const model::Config& config,
                      AttendanceBy by) {
    Rows rows(meetings.size());
    if (by == AttendanceBy::department)
        for (const auto& d : config.departments) {
            AttendanceRow& r = rows.row(util::fold(d.id));
            r.name = d.label.empty() ? d.id : d.label;
            r.organisation = d.organisation;
            r.department = d.id;
        }

    auto record = [&](std::size_t i, const model::Attendee& a, Presence presence) {
        const Participant p = identify(a, config);
        const model::Department* d = department_of(config, p.organisation);
        switch (by) {
        case AttendanceBy::person: {
            AttendanceRow& r = rows.row(p.key);
            r.name = p.name;  // the latest spelling of someone the directory does not know
            if (!p.organisation.empty() || r.organisation.empty()) {
                r.organisation = p.organisation;
                r.department = d ? d->id : std::string();
            }
            mark(r, i, presence);
            break;
        }
        case AttendanceBy::organisation: {
            AttendanceRow& r = rows.row(util::fold(p.organisation));
            r.name = p.organisation;
            r.organisation = p.organisation;
            r.department = d ? d->id : std::string();
            mark(r, i, presence);
            break;
        }
        case AttendanceBy::department: {
            AttendanceRow& r = rows.row(d ? util::fold(d->id) : std::string());
            mark(r, i, presence);
            break;
        }
        }
    };
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        const model::Meeting& m = *meetings[i];
        for (const auto& a : m.attendees) record(i, a, Presence::present);
        if (m.minute_taker) record(i, *m.minute_taker, Presence::present);
        for (const auto& a : m.excused) record(i, a, Presence::excused);
        for (const auto& a : m.absent) record(i, a, Presence::absent);
    }

    Attendance out{meetings, rows.take()};
    for (auto& r : out.rows) {
        for (std::size_t i = 0; i < r.marks.size(); ++i) {
            if (r.marks[i] == Presence::present) {
                ++r.attended;
                r.last_attended = meetings[i]->date;
            } else if (r.marks[i] == Presence::excused) {
                ++r.excused;
            }
        }
    }
    auto none_last = [](const AttendanceRow& r) { return r.key.empty(); };
    switch (by) {
    case AttendanceBy::person:
        std::stable_sort(out.rows.begin(), out.rows.end(), [&](const AttendanceRow& a, const AttendanceRow& b) {
            return std::make_tuple(a.organisation.empty(), util::fold(a.organisation), util::fold(a.name)) <
                   std::make_tuple(b.organisation.empty(), util::fold(b.organisation), util::fold(b.name));
        });
        break;
    case AttendanceBy::organisation:
        std::stable_sort(out.rows.begin(), out.rows.end(), [&](const AttendanceRow& a, const AttendanceRow& b) {
            return std::make_tuple(none_last(a), util::fold(a.name)) < std::make_tuple(none_last(b), util::fold(b.name));
        });
        break;
    case AttendanceBy::department:
        // Created in dla.yaml's order; the row of the people without a department goes last.
        std::stable_partition(out.rows.begin(), out.rows.end(), [&](const AttendanceRow& r) { return !none_last(r); });
        break;
    }
    return out;
}

}  // namespace dla::query
