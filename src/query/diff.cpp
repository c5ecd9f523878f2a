#include "dla/query/diff.hpp"

#include <algorithm>
#include <climits>
#include <set>
#include <tuple>

#include "dla/query/actions.hpp"
#include "dla/util/text.hpp"

namespace dla::query {

namespace {

using model::Action;
using model::ActionStatus;
using model::Attendee;
using model::Event;
using model::Meeting;

// The words of a folded text that carry meaning (three letters or more), each once.
std::set<std::string> words(const std::string& folded) {
    std::set<std::string> out;
    for (auto& w : util::split_trimmed(folded, " "))
        if (w.size() >= 3) out.insert(std::move(w));
    return out;
}

// Close enough to be the same item reworded: a typo fixed (at most a quarter of the longer
// text differs), or words added or changed around most of the same words (Dice ≥ 0.6:
// "Contacter la DREETS" and "Contacter la DREETS et la Région", not "Contacter la Région").
bool close_text(std::string_view a, std::string_view b) {
    const std::string fa = util::fold(a), fb = util::fold(b);
    if (fa.empty() || fb.empty()) return false;
    if (util::edit_distance(fa, fb) * 4 <= std::max(fa.size(), fb.size())) return true;
    const auto wa = words(fa), wb = words(fb);
    if (wa.empty() || wb.empty()) return false;
    const auto common = std::count_if(wa.begin(), wa.end(), [&](const std::string& w) { return wb.contains(w); });
    return static_cast<double>(2 * common) >= 0.6 * static_cast<double>(wa.size() + wb.size());
}

// Pairs, first come first served, the items of `olds` and `news` not paired yet for which
// `same` holds. `old_match[i]` is the index in `news` of the item paired with `olds[i]`, or -1.
template <typename T, typename Same>
void pair_up(const std::vector<T>& olds, const std::vector<T>& news, std::vector<int>& old_match,
             std::vector<int>& new_match, Same same) {
    for (std::size_t i = 0; i < olds.size(); ++i) {
        if (old_match[i] >= 0) continue;
        for (std::size_t j = 0; j < news.size(); ++j) {
            if (new_match[j] >= 0 || !same(olds[i], news[j])) continue;
            old_match[i] = static_cast<int>(j);
            new_match[j] = static_cast<int>(i);
            break;
        }
    }
}

template <typename T>
Value optional_value(const std::optional<T>& v) {
    return v ? Value(*v) : Value();
}

Value text_value(const std::string& s) { return s.empty() ? Value() : Value(s); }

Value time_value(const std::optional<util::Time>& start, const std::optional<util::Time>& end) {
    return start ? Value(util::TimeRange{*start, end}) : Value();
}

std::string person_text(const Attendee& a) {
    std::string s = a.name;
    if (!a.organisation.empty()) s += " (" + a.organisation + ")";
    if (!a.role.empty()) s += ", " + a.role;
    return s;
}

// Which actions the notes mention, by id (written or implicit, as `dla actions` knows
// them): where an action comes from, where it went.
struct ActionIndex {
    struct Mention {
        const Meeting* meeting;
        const Action* action;
    };
    std::map<std::string, std::vector<Mention>> by_id;

    explicit ActionIndex(const std::vector<Meeting>& meetings) {
        for (const auto& m : meetings) {
            const std::vector<std::string> ids = action_ids(m);
            for (std::size_t i = 0; i < m.actions.size(); ++i) by_id[ids[i]].push_back({&m, &m.actions[i]});
        }
    }

    // The state of `id` before the meeting `here` (of that date; any when undated), as the
    // newest earlier mention in another note gives it, owners, due date and text carried over
    // from older mentions when it leaves them out (newest_mention, as `dla actions` reads them).
    // nullopt when none.
    [[nodiscard]] std::optional<std::pair<Action, std::string>> before(const std::string& id, const Meeting& here,
                                                                       const std::string& old_path) const {
        auto it = by_id.find(id);
        if (it == by_id.end()) return std::nullopt;
        std::vector<Mention> earlier;
        for (const auto& m : it->second) {
            if (m.meeting->path == here.path || m.meeting->path == old_path) continue;
            if (here.date && m.meeting->date && *m.meeting->date > *here.date) continue;
            earlier.push_back(m);
        }
        if (earlier.empty()) return std::nullopt;
        std::stable_sort(earlier.begin(), earlier.end(), [](const Mention& a, const Mention& b) {
            return std::make_tuple(a.meeting->date.value_or(util::Date{}), a.meeting->path, a.action->line) <
                   std::make_tuple(b.meeting->date.value_or(util::Date{}), b.meeting->path, b.action->line);
        });
        Action state = *earlier.front().action;
        for (std::size_t i = 1; i < earlier.size(); ++i) state = newest_mention(state, *earlier[i].action);
        return std::pair{state, earlier.back().meeting->path};
    }

    // A note other than `path` that mentions `id`, or "".
    [[nodiscard]] std::string elsewhere(const std::string& id, const std::string& path) const {
        auto it = by_id.find(id);
        if (it == by_id.end()) return {};
        for (const auto& m : it->second)
            if (m.meeting->path != path) return m.meeting->path;
        return {};
    }
};

class NoteDiffer {
public:
    NoteDiffer(const Meeting* before, const Meeting* after, const ActionIndex& old_actions,
               const ActionIndex& new_actions, const model::Config& config)
        : m_old(before), m_new(after), m_old_actions(old_actions), m_new_actions(new_actions), m_config(config) {}

    std::vector<Change> run();

private:
    void add(Change c) { m_changes.push_back(std::move(c)); }
    void fields();
    void field(std::string key, Value before, Value after);
    void people();
    void agenda();
    void decisions();
    void actions();
    void action_pair(const Action& a, const Action& b, int old_line, const std::string& other_note, bool carried);
    void events();
    void sections();

    // The items of a side, empty for a side the note does not have.
    template <typename T>
    const std::vector<T>& of(const Meeting* m, std::vector<T> Meeting::*member) const {
        static const std::vector<T> none;
        return m ? m->*member : none;
    }

    const Meeting* m_old;
    const Meeting* m_new;
    const ActionIndex& m_old_actions;
    const ActionIndex& m_new_actions;
    const model::Config& m_config;
    std::vector<Change> m_changes;
    std::set<int> m_explained_new;  // lines read as unchanged actions carried here: not "text changed"
};

void NoteDiffer::field(std::string key, Value before, Value after) {
    if (before == after) return;
    Change c{.kind = ChangeKind::field_changed, .subject = key, .field = key, .before = std::move(before), .after = std::move(after)};
    if (m_new) {
        auto it = m_new->field_lines.find(c.field);
        if (it != m_new->field_lines.end()) c.line = it->second;
    }
    if (auto it = m_old->field_lines.find(c.field); it != m_old->field_lines.end()) c.old_line = it->second;
    add(std::move(c));
}

void NoteDiffer::fields() {
    const Meeting& a = *m_old;
    const Meeting& b = *m_new;
    field("title", text_value(a.title), text_value(b.title));
    field("series", text_value(a.series), text_value(b.series));
    field("number", a.number ? Value(std::to_string(*a.number)) : Value(), b.number ? Value(std::to_string(*b.number)) : Value());
    field("date", optional_value(a.date), optional_value(b.date));
    field("time", time_value(a.time, a.end_time), time_value(b.time, b.end_time));
    field("format", text_value(a.format), text_value(b.format));
    field("location", text_value(a.location), text_value(b.location));
    field("theme", text_value(a.theme), text_value(b.theme));
    field("minute-taker", a.minute_taker ? Value(person_text(*a.minute_taker)) : Value(),
          b.minute_taker ? Value(person_text(*b.minute_taker)) : Value());
}

void NoteDiffer::people() {
    struct Entry {
        Attendee person;
        std::string list;
        std::string key;
    };
    auto entries = [&](const Meeting* m) {
        std::vector<Entry> out;
        if (!m) return out;
        auto add_list = [&](const std::vector<Attendee>& list, const char* name) {
            for (const auto& a : list) {
                const model::Person* p = model::find_person(m_config, a.name);
                out.push_back({a, name, util::fold(p ? p->name : a.name)});
            }
        };
        add_list(m->attendees, "attendees");
        add_list(m->excused, "excused");
        add_list(m->absent, "absent");
        return out;
    };
    const auto olds = entries(m_old), news = entries(m_new);
    std::vector<int> old_match(olds.size(), -1), new_match(news.size(), -1);
    pair_up(olds, news, old_match, new_match, [](const Entry& a, const Entry& b) { return a.key == b.key; });
    for (std::size_t i = 0; i < olds.size(); ++i) {
        const Entry& o = olds[i];
        if (old_match[i] < 0) {
            add({.kind = ChangeKind::attendee_removed, .subject = o.person.name, .field = o.list, .person = o.person, .old_line = o.person.line});
            continue;
        }
        const Entry& n = news[static_cast<std::size_t>(old_match[i])];
        if (o.list != n.list)
            add({.kind = ChangeKind::attendee_moved, .subject = n.person.name, .before = o.list, .after = n.list, .person = n.person, .line = n.person.line, .old_line = o.person.line});
        if (util::fold(o.person.organisation) != util::fold(n.person.organisation) ||
            util::fold(o.person.role) != util::fold(n.person.role))
            add({.kind = ChangeKind::attendee_changed, .subject = n.person.name, .field = n.list, .before = person_text(o.person), .after = person_text(n.person), .person = n.person, .line = n.person.line, .old_line = o.person.line});
    }
    for (std::size_t j = 0; j < news.size(); ++j)
        if (new_match[j] < 0)
            add({.kind = ChangeKind::attendee_added, .subject = news[j].person.name, .field = news[j].list, .person = news[j].person, .line = news[j].person.line});
}

void NoteDiffer::agenda() {
    const auto& olds = of(m_old, &Meeting::agenda);
    const auto& news = of(m_new, &Meeting::agenda);
    std::vector<int> old_match(olds.size(), -1), new_match(news.size(), -1);
    using Item = model::AgendaItem;
    pair_up(olds, news, old_match, new_match, [](const Item& a, const Item& b) { return util::fold(a.title) == util::fold(b.title); });
    pair_up(olds, news, old_match, new_match, [](const Item& a, const Item& b) { return close_text(a.title, b.title); });
    for (std::size_t i = 0; i < olds.size(); ++i) {
        const Item& o = olds[i];
        if (old_match[i] < 0) {
            add({.kind = ChangeKind::agenda_removed, .subject = o.title, .before = time_value(o.time, o.end_time), .old_line = o.line});
            continue;
        }
        const Item& n = news[static_cast<std::size_t>(old_match[i])];
        if (util::fold(o.title) != util::fold(n.title))
            add({.kind = ChangeKind::agenda_changed, .subject = n.title, .field = "title", .before = o.title, .after = n.title, .line = n.line, .old_line = o.line});
        if (o.time != n.time || o.end_time != n.end_time)
            add({.kind = ChangeKind::agenda_changed, .subject = n.title, .field = "time", .before = time_value(o.time, o.end_time), .after = time_value(n.time, n.end_time), .line = n.line, .old_line = o.line});
    }
    for (std::size_t j = 0; j < news.size(); ++j)
        if (new_match[j] < 0)
            add({.kind = ChangeKind::agenda_added, .subject = news[j].title, .after = time_value(news[j].time, news[j].end_time), .line = news[j].line});
}

void NoteDiffer::decisions() {
    const auto& olds = of(m_old, &Meeting::decisions);
    const auto& news = of(m_new, &Meeting::decisions);
    std::vector<int> old_match(olds.size(), -1), new_match(news.size(), -1);
    using D = model::Decision;
    pair_up(olds, news, old_match, new_match, [](const D& a, const D& b) { return util::fold(a.text) == util::fold(b.text); });
    pair_up(olds, news, old_match, new_match, [](const D& a, const D& b) { return close_text(a.text, b.text); });
    for (std::size_t i = 0; i < olds.size(); ++i) {
        if (old_match[i] < 0) {
            add({.kind = ChangeKind::decision_removed, .subject = olds[i].text, .old_line = olds[i].line});
            continue;
        }
        const D& n = news[static_cast<std::size_t>(old_match[i])];
        if (util::fold(olds[i].text) != util::fold(n.text))
            add({.kind = ChangeKind::decision_changed, .subject = n.text, .before = olds[i].text, .after = n.text, .line = n.line, .old_line = olds[i].line});
    }
    for (std::size_t j = 0; j < news.size(); ++j)
        if (new_match[j] < 0) add({.kind = ChangeKind::decision_added, .subject = news[j].text, .line = news[j].line});
}

// The owners as the directory knows them, folded and sorted: `@Paul` and
// `[owner:: Paul Durand]` are the same owner, and their order is no reassignment.
std::vector<std::string> owner_keys(const Action& a, const model::Config& config) {
    std::vector<std::string> keys;
    for (const auto& o : a.owners) {
        const model::Person* p = model::find_person(config, o);
        keys.push_back(util::fold(p ? p->name : o));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// `carried`: `b` mentions again an action of another note, where leaving out the owners or
// the due date keeps them (as `dla actions` reads it), and saying nothing new is no change.
void NoteDiffer::action_pair(const Action& a, const Action& b, int old_line, const std::string& other_note, bool carried) {
    const std::size_t before = m_changes.size();
    auto change = [&](ChangeKind kind, Value from, Value to) {
        add({.kind = kind, .subject = b.text, .before = std::move(from), .after = std::move(to), .action = b, .other_note = other_note, .line = b.line, .old_line = old_line});
    };
    if (a.status != b.status) {
        const ChangeKind kind = b.status == ActionStatus::done      ? ChangeKind::action_closed
                                : b.status == ActionStatus::cancelled ? ChangeKind::action_cancelled
                                                                      : ChangeKind::action_reopened;
        change(kind, std::string(model::to_string(a.status)), std::string(model::to_string(b.status)));
    }
    const auto due = carried && !b.due ? a.due : b.due;
    if (a.due != due) change(ChangeKind::action_redated, optional_value(a.due), optional_value(due));
    if (!(carried && b.owners.empty()) && owner_keys(a, m_config) != owner_keys(b, m_config))
        change(ChangeKind::action_reassigned, a.owners, b.owners);
    if (util::fold(a.text) != util::fold(b.text) && !b.text.empty())
        change(ChangeKind::action_reworded, a.text, b.text);
    if (carried && m_changes.size() == before) m_explained_new.insert(b.line);
}

void NoteDiffer::actions() {
    const auto& olds = of(m_old, &Meeting::actions);
    const auto& news = of(m_new, &Meeting::actions);
    std::vector<int> old_match(olds.size(), -1), new_match(news.size(), -1);
    // An id written twice in one note names neither: those pair by text.
    auto unique_id = [](const std::vector<Action>& list, const Action& a) {
        return !a.id.empty() && std::count_if(list.begin(), list.end(), [&](const Action& x) { return x.id == a.id; }) == 1;
    };
    pair_up(olds, news, old_match, new_match, [&](const Action& a, const Action& b) {
        return unique_id(olds, a) && unique_id(news, b) && a.id == b.id;
    });
    // An action given as id its implicit id is the same action, whatever else changed.
    const std::vector<std::string> old_ids = m_old ? action_ids(*m_old) : std::vector<std::string>();
    for (std::size_t i = 0; i < olds.size(); ++i) {
        if (old_match[i] >= 0 || !olds[i].id.empty()) continue;
        for (std::size_t j = 0; j < news.size(); ++j)
            if (new_match[j] < 0 && news[j].id == old_ids[i] && unique_id(news, news[j])) {
                old_match[i] = static_cast<int>(j);
                new_match[j] = static_cast<int>(i);
                break;
            }
    }
    // Two different ids are two actions, however alike their texts.
    auto ids_agree = [](const Action& a, const Action& b) { return a.id.empty() || b.id.empty() || a.id == b.id; };
    pair_up(olds, news, old_match, new_match, [&](const Action& a, const Action& b) {
        return ids_agree(a, b) && util::fold(a.text) == util::fold(b.text);
    });
    pair_up(olds, news, old_match, new_match, [&](const Action& a, const Action& b) {
        return ids_agree(a, b) && close_text(a.text, b.text);
    });

    const std::string new_path = m_new ? m_new->path : std::string();
    for (std::size_t i = 0; i < olds.size(); ++i) {
        const Action& a = olds[i];
        if (old_match[i] >= 0) {
            action_pair(a, news[static_cast<std::size_t>(old_match[i])], a.line, {}, false);
            continue;
        }
        const std::string went = m_new_actions.elsewhere(old_ids[i], new_path);
        if (!went.empty())
            add({.kind = ChangeKind::action_moved, .subject = a.text, .action = a, .other_note = went, .old_line = a.line});
        else if (a.status == ActionStatus::open)
            add({.kind = ChangeKind::action_dropped, .subject = a.text, .action = a, .old_line = a.line});
        else if (m_new)
            add({.kind = ChangeKind::action_removed, .subject = a.text, .action = a, .old_line = a.line});
    }
    for (std::size_t j = 0; j < news.size(); ++j) {
        if (new_match[j] >= 0) continue;
        const Action& b = news[j];
        // Compared with the newest mention before this meeting in the new revision (the note
        // it follows, committed in the same range or not), else in the old one (since deleted):
        // a change made in N°6 is not said again for each later note that carries it.
        const std::string old_path = m_old ? m_old->path : std::string();
        auto earlier = b.id.empty() ? std::nullopt : m_new_actions.before(b.id, *m_new, old_path);
        if (!earlier && !b.id.empty()) earlier = m_old_actions.before(b.id, *m_new, old_path);
        if (earlier) action_pair(earlier->first, b, 0, earlier->second, true);
        else add({.kind = ChangeKind::action_added, .subject = b.text, .action = b, .line = b.line});
    }
}

void NoteDiffer::events() {
    const auto& olds = of(m_old, &Meeting::events);
    const auto& news = of(m_new, &Meeting::events);
    std::vector<int> old_match(olds.size(), -1), new_match(news.size(), -1);
    auto subject = [](const Event& e) { return util::fold(e.subject); };
    pair_up(olds, news, old_match, new_match, [&](const Event& a, const Event& b) {
        return a.dates.start == b.dates.start && subject(a) == subject(b);
    });
    pair_up(olds, news, old_match, new_match, [&](const Event& a, const Event& b) {
        return !subject(a).empty() && subject(a) == subject(b);
    });
    pair_up(olds, news, old_match, new_match, [&](const Event& a, const Event& b) { return a.dates.start == b.dates.start; });
    for (std::size_t i = 0; i < olds.size(); ++i) {
        const Event& a = olds[i];
        if (old_match[i] < 0) {
            add({.kind = ChangeKind::event_removed, .subject = a.subject, .before = a.dates, .event = a, .old_line = a.line});
            continue;
        }
        const Event& b = news[static_cast<std::size_t>(old_match[i])];
        auto change = [&](ChangeKind kind, std::string field, Value from, Value to) {
            if (from != to) add({.kind = kind, .subject = b.subject, .field = std::move(field), .before = std::move(from), .after = std::move(to), .event = b, .line = b.line, .old_line = a.line});
        };
        change(ChangeKind::event_moved, {}, a.dates, b.dates);
        if (subject(a) != subject(b)) change(ChangeKind::event_changed, "subject", text_value(a.subject), text_value(b.subject));
        change(ChangeKind::event_changed, "time", time_value(a.time, a.end_time), time_value(b.time, b.end_time));
        if (util::fold(a.format) != util::fold(b.format))
            change(ChangeKind::event_changed, "format", text_value(a.format), text_value(b.format));
        if (util::fold(a.location) != util::fold(b.location))
            change(ChangeKind::event_changed, "location", text_value(a.location), text_value(b.location));
    }
    for (std::size_t j = 0; j < news.size(); ++j)
        if (new_match[j] < 0)
            add({.kind = ChangeKind::event_added, .subject = news[j].subject, .after = news[j].dates, .event = news[j], .line = news[j].line});
}

// The first and last line of each section of `m`, by folded title and rank among the
// sections of that title.
std::map<std::pair<std::string, int>, std::pair<const model::Section*, std::pair<int, int>>> section_spans(const Meeting& m) {
    std::map<std::pair<std::string, int>, std::pair<const model::Section*, std::pair<int, int>>> out;
    std::map<std::string, int> rank;
    for (std::size_t i = 0; i < m.sections.size(); ++i) {
        const auto& s = m.sections[i];
        const int last = i + 1 < m.sections.size() ? m.sections[i + 1].line - 1 : INT_MAX;
        const std::string key = util::fold(s.title);
        out[{key, rank[key]++}] = {&s, {s.line, last}};
    }
    return out;
}

void NoteDiffer::sections() {
    const auto olds = section_spans(*m_old), news = section_spans(*m_new);
    auto explained = [&](std::pair<int, int> old_span, std::pair<int, int> new_span) {
        auto in = [](int line, std::pair<int, int> span) { return line >= span.first && line <= span.second; };
        for (int l : m_explained_new)
            if (in(l, new_span)) return true;
        return std::any_of(m_changes.begin(), m_changes.end(), [&](const Change& c) {
            return (c.line && in(c.line, new_span)) || (c.old_line && in(c.old_line, old_span));
        });
    };
    std::vector<Change> found;
    for (const auto& [key, o] : olds) {
        auto it = news.find(key);
        if (it == news.end()) {
            found.push_back({.kind = ChangeKind::section_removed, .subject = o.first->title, .old_line = o.first->line});
            continue;
        }
        const auto& n = it->second;
        if (o.first->markdown != n.first->markdown && !explained(o.second, n.second))
            found.push_back({.kind = ChangeKind::section_changed, .subject = n.first->title, .line = n.first->line, .old_line = o.first->line});
    }
    for (const auto& [key, n] : news)
        if (!olds.contains(key))
            found.push_back({.kind = ChangeKind::section_added, .subject = n.first->title, .line = n.first->line});
    for (auto& c : found) add(std::move(c));
}

int category(ChangeKind kind) {
    using enum ChangeKind;
    switch (kind) {
    case field_changed: return 0;
    case attendee_added: case attendee_removed: case attendee_moved: case attendee_changed: return 1;
    case agenda_added: case agenda_removed: case agenda_changed: return 2;
    case decision_added: case decision_removed: case decision_changed: return 3;
    case action_added: case action_closed: case action_reopened: case action_cancelled: case action_redated:
    case action_reassigned: case action_reworded: case action_removed: case action_moved: case action_dropped: return 4;
    case event_added: case event_removed: case event_moved: case event_changed: return 5;
    case section_added: case section_removed: case section_changed: return 6;
    case other: return 7;
    }
    return 7;
}

std::vector<Change> NoteDiffer::run() {
    if (m_old && m_new) {
        fields();
        people();
        agenda();
        decisions();
        actions();
        events();
        sections();
    } else if (m_new) {
        // New minutes: who came, what was decided, the actions (closing earlier ones) and dates.
        people();
        decisions();
        actions();
        events();
    } else {
        // Minutes deleted: only what must not be lost with them, their open actions.
        actions();
    }
    std::stable_sort(m_changes.begin(), m_changes.end(), [](const Change& a, const Change& b) {
        return std::make_tuple(category(a.kind), a.line ? a.line : a.old_line) <
               std::make_tuple(category(b.kind), b.line ? b.line : b.old_line);
    });
    return std::move(m_changes);
}

// The bytes of `path` in `version`, or nullopt when unknown.
const std::string* bytes_of(const NotesVersion& version, const std::string& path) {
    auto it = version.bytes.find(path);
    return it == version.bytes.end() ? nullptr : &it->second;
}

// The same meeting under another file name: same series and number, else same date and series.
bool same_meeting(const Meeting& a, const Meeting& b) {
    if (util::fold(a.series) != util::fold(b.series)) return false;
    if (a.number && b.number) return *a.number == *b.number;
    return a.date && b.date && *a.date == *b.date;
}

}  // namespace

std::vector<NoteDiff> diff_notes(const NotesVersion& before, const NotesVersion& after, const model::Config& config) {
    const ActionIndex old_actions(before.meetings), new_actions(after.meetings);
    const auto& olds = before.meetings;
    const auto& news = after.meetings;
    std::vector<int> old_match(olds.size(), -1), new_match(news.size(), -1);
    pair_up(olds, news, old_match, new_match, [](const Meeting& a, const Meeting& b) { return a.path == b.path; });
    pair_up(olds, news, old_match, new_match, [](const Meeting& a, const Meeting& b) {
        return a.number && b.number && same_meeting(a, b);
    });
    pair_up(olds, news, old_match, new_match, same_meeting);

    std::vector<NoteDiff> out;
    for (std::size_t i = 0; i < olds.size(); ++i) {
        if (old_match[i] >= 0) continue;
        NoteDiff d{NoteStatus::removed, olds[i].path, olds[i].path, olds[i].title, olds[i].date, {}};
        d.changes = NoteDiffer(&olds[i], nullptr, old_actions, new_actions, config).run();
        out.push_back(std::move(d));
    }
    for (std::size_t j = 0; j < news.size(); ++j) {
        const Meeting& n = news[j];
        if (new_match[j] < 0) {
            NoteDiff d{NoteStatus::added, n.path, {}, n.title, n.date, {}};
            d.changes = NoteDiffer(nullptr, &n, old_actions, new_actions, config).run();
            out.push_back(std::move(d));
            continue;
        }
        const Meeting& o = olds[static_cast<std::size_t>(new_match[j])];
        const std::string* old_bytes = bytes_of(before, o.path);
        const std::string* new_bytes = bytes_of(after, n.path);
        const bool same_bytes = old_bytes && new_bytes && *old_bytes == *new_bytes;
        if (o.path == n.path && same_bytes) continue;
        NoteDiff d{o.path == n.path ? NoteStatus::modified : NoteStatus::renamed, n.path, o.path, n.title, n.date, {}};
        d.changes = NoteDiffer(&o, &n, old_actions, new_actions, config).run();
        if (d.changes.empty() && !same_bytes) d.changes.push_back(Change{.kind = ChangeKind::other});
        out.push_back(std::move(d));
    }
    std::sort(out.begin(), out.end(), [](const NoteDiff& a, const NoteDiff& b) { return a.path < b.path; });
    return out;
}

std::string_view to_string(ChangeKind kind) {
    using enum ChangeKind;
    switch (kind) {
    case field_changed: return "field_changed";
    case agenda_added: return "agenda_added";
    case agenda_removed: return "agenda_removed";
    case agenda_changed: return "agenda_changed";
    case attendee_added: return "attendee_added";
    case attendee_removed: return "attendee_removed";
    case attendee_moved: return "attendee_moved";
    case attendee_changed: return "attendee_changed";
    case decision_added: return "decision_added";
    case decision_removed: return "decision_removed";
    case decision_changed: return "decision_changed";
    case action_added: return "action_added";
    case action_closed: return "action_closed";
    case action_reopened: return "action_reopened";
    case action_cancelled: return "action_cancelled";
    case action_redated: return "action_redated";
    case action_reassigned: return "action_reassigned";
    case action_reworded: return "action_reworded";
    case action_removed: return "action_removed";
    case action_moved: return "action_moved";
    case action_dropped: return "action_dropped";
    case event_added: return "event_added";
    case event_removed: return "event_removed";
    case event_moved: return "event_moved";
    case event_changed: return "event_changed";
    case section_added: return "section_added";
    case section_removed: return "section_removed";
    case section_changed: return "section_changed";
    case other: return "other";
    }
    return "other";
}

std::string_view to_string(NoteStatus status) {
    switch (status) {
    case NoteStatus::added: return "added";
    case NoteStatus::removed: return "removed";
    case NoteStatus::modified: return "modified";
    case NoteStatus::renamed: return "renamed";
    }
    return "modified";
}

}  // namespace dla::query
