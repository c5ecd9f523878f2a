#include "dla/query/actions.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "dla/parse/body.hpp"
#include "dla/query/meetings.hpp"
#include "dla/util/hash.hpp"
#include "dla/util/text.hpp"

namespace dla::query {

namespace {

// The words an id does not end on: "reserver-la-salle", not "reserver-la-salle-du".
bool link_word(std::string_view w) {
    static constexpr std::array<std::string_view, 24> words = {
        "au", "aux", "avec", "chez", "dans", "de", "des", "du", "en", "et", "la", "le",
        "les", "ou", "par", "pour", "sur", "un", "une", "and", "for", "of", "the", "to"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

std::string implicit_action_id(std::string_view text, std::string_view path) {
    constexpr std::size_t k_max = 24;
    const std::string folded = util::fold(text);
    std::vector<std::string> kept;
    std::size_t size = 0;
    for (const auto& word : util::split_trimmed(folded, " ")) {
        const bool plain = std::all_of(word.begin(), word.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        });
        // Never a piece of a word: a word the id cannot hold whole is left out.
        if (!plain || word.size() > k_max || (word.size() == 1 && !(word[0] >= '0' && word[0] <= '9'))) continue;
        if (!kept.empty() && size + 1 + word.size() > k_max) break;
        size += (kept.empty() ? 0 : 1) + word.size();
        kept.push_back(word);
    }
    while (kept.size() > 1 && link_word(kept.back())) kept.pop_back();
    std::string slug;
    for (const auto& w : kept) slug += (slug.empty() ? "" : "-") + w;
    if (slug.empty()) slug = "action";
    const std::size_t slash = path.find_last_of('/');
    const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::uint32_t h = util::fnv1a_32(fmt::format("{}:{}", file, folded));
    return fmt::format("{}-{:04x}", slug, (h ^ (h >> 16)) & 0xFFFFu);
}

std::vector<std::string> action_ids(const model::Meeting& meeting) {
    std::vector<std::string> out;
    out.reserve(meeting.actions.size());
    std::map<std::string, int> seen;  // implicit id → how many actions of the note have it so far
    for (const auto& a : meeting.actions) {
        if (!a.id.empty()) {
            out.push_back(a.id);
            continue;
        }
        std::string id = implicit_action_id(a.text, meeting.path);
        if (const int n = ++seen[id]; n > 1) id += "-" + std::to_string(n);
        out.push_back(std::move(id));
    }
    return out;
}

model::Action newest_mention(const model::Action& older, model::Action newer) {
    if (newer.owners.empty()) newer.owners = older.owners;
    if (!newer.due) newer.due = older.due;
    if (newer.text.empty()) newer.text = older.text;
    return newer;
}

std::vector<TrackedAction> track_actions(const std::vector<model::Meeting>& meetings, util::Date today) {
    std::vector<TrackedAction> out;
    std::size_t mentions = 0;
    for (const auto& m : meetings) mentions += m.actions.size();
    out.reserve(mentions);
    std::unordered_map<std::string, std::size_t> by_id;  // id → index in out
    std::unordered_map<std::string, int> ids_here;       // the same id twice in one note stays two actions
    for (const model::Meeting* m : by_date(meetings)) {
        ids_here.clear();
        std::vector<std::string> ids = action_ids(*m);
        for (std::size_t i = 0; i < m->actions.size(); ++i) {
            const model::Action& a = m->actions[i];
            const bool identified = ids_here[ids[i]]++ == 0;
            auto it = identified ? by_id.find(ids[i]) : by_id.end();
            if (it == by_id.end()) {
                TrackedAction t{a, std::move(ids[i]), {{m, a.line}}, a.department, false};
                if (identified) by_id.emplace(t.id, out.size());
                out.push_back(std::move(t));
                continue;
            }
            TrackedAction& t = out[it->second];
            t.action = newest_mention(t.action, a);
            t.mentions.push_back({m, a.line});
            if (t.department.empty()) t.department = a.department;
        }
    }
    for (auto& t : out) t.overdue = t.action.status == model::ActionStatus::open && t.action.due && *t.action.due < today;
    // Sorted through their keys, made once: comparing the actions themselves was a fifth
    // of a warm `dla actions` on 10,000 notes. The position breaks ties, as a stable sort.
    using Key = std::tuple<bool, util::Date, bool, util::Date, std::string_view, int, std::size_t>;
    std::vector<Key> keys;
    keys.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const TrackedAction& t = out[i];
        const model::Meeting* m = t.first().meeting;
        keys.emplace_back(!t.action.due.has_value(), t.action.due.value_or(util::Date{}), !m->date.has_value(),
                          m->date.value_or(util::Date{}), std::string_view(m->path), t.first().line, i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<TrackedAction> sorted;
    sorted.reserve(out.size());
    for (const Key& k : keys) sorted.push_back(std::move(out[std::get<6>(k)]));
    return sorted;
}

std::vector<diag::Diagnostic> check_carried_ids(const std::vector<model::Meeting>& meetings,
                                                const model::Config& config, util::Lang lang) {
    diag::Sink sink;
    std::unordered_set<std::string> known;  // ids of the notes read so far
    for (const model::Meeting* m : by_date(meetings)) {
        const std::vector<std::string> ids = action_ids(*m);
        for (const auto& a : m->actions)
            if (!a.id.empty() && !known.contains(a.id) &&
                parse::section_kind(a.section, config) == parse::SectionKind::followup)
                sink.report(m->path, a.line, 0, "carried-id-unknown", util::tr(lang, util::Msg::carried_id_unknown, a.id));
        known.insert(ids.begin(), ids.end());
    }
    return sink.take();
}

std::string owner_name(std::string_view owner, const model::Config& config) {
    if (const auto* p = model::find_person(config, owner)) return p->name;
    return std::string(owner);
}

std::optional<util::Phrase> owner_option_problem(std::string_view wanted, const std::vector<TrackedAction>& actions,
                                                 const model::Config& config, util::Lang lang) {
    const model::PersonMatch match = model::match_person(config, wanted);
    if (match.person || model::is_organisation(config, wanted) || model::find_department(config, wanted)) return std::nullopt;
    if (!match.candidates.empty()) {
        std::vector<std::string> names;
        for (const auto* p : match.candidates) names.push_back(p->name);
        return util::Phrase{util::Msg::ambiguous_owner_option, {std::string(wanted), model::one_of(names, lang)}};
    }
    const std::string w = util::fold(wanted);
    for (const auto& t : actions)
        for (const auto& o : t.action.owners)
            if (util::fold(o) == w) return std::nullopt;
    if (!match.suggestions.empty())
        return util::Phrase{util::Msg::unknown_owner_option_did_you_mean, {std::string(wanted), model::one_of(match.suggestions, lang)}};
    return util::Phrase{util::Msg::unknown_owner_option, {std::string(wanted)}};
}

bool owner_matches(std::string_view owner, std::string_view wanted, const model::Config& config) {
    const std::string w = util::fold(wanted);
    if (util::fold(owner) == w) return true;
    const model::Person* person = model::find_person(config, owner);
    if (!person) return false;
    if (const auto* wanted_person = model::find_person(config, wanted); wanted_person == person) return true;
    return !person->organisation.empty() && util::fold(person->organisation) == w;
}

std::vector<TrackedAction> filter_actions(std::vector<TrackedAction> actions, const ActionFilter& f,
                                          const model::Config& config) {
    const model::Department* department = f.department.empty() ? nullptr : model::find_department(config, f.department);
    auto keep = [&](const TrackedAction& t) {
        const model::Action& a = t.action;
        switch (f.status) {
        case StatusFilter::open: if (a.status != model::ActionStatus::open) return false; break;
        case StatusFilter::done: if (a.status != model::ActionStatus::done) return false; break;
        case StatusFilter::cancelled: if (a.status != model::ActionStatus::cancelled) return false; break;
        case StatusFilter::all: break;
        }
        if (f.overdue && !t.overdue) return false;
        if (f.due_before && (!a.due || *a.due > *f.due_before)) return false;
        if (f.due_after && (!a.due || *a.due < *f.due_after)) return false;
        const model::Meeting& raised = *t.first().meeting;
        if (f.since && (!raised.date || *raised.date < *f.since)) return false;
        if (f.until && (!raised.date || *raised.date > *f.until)) return false;
        if (!f.series.empty() && util::fold(raised.series) != util::fold(f.series)) return false;
        if (!f.owner.empty() &&
            std::none_of(a.owners.begin(), a.owners.end(), [&](const std::string& o) { return owner_matches(o, f.owner, config); }))
            return false;
        if (!f.department.empty()) {
            const std::string id = department ? department->id : f.department;
            bool in = util::fold(t.department) == util::fold(id);
            // An action also belongs to a department when one of its owners is, or works for, the carrying organisation.
            for (const auto& o : a.owners) {
                if (department && model::find_department(config, o) == department) in = true;
                if (department && !department->organisation.empty() && owner_matches(o, department->organisation, config)) in = true;
            }
            if (!in) return false;
        }
        if (!f.note.empty() && std::none_of(t.mentions.begin(), t.mentions.end(),
                                            [&](const Mention& m) { return m.meeting->path == f.note; }))
            return false;
        return true;
    };
    std::erase_if(actions, [&](const TrackedAction& t) { return !keep(t); });
    return actions;
}

}  // namespace dla::query
