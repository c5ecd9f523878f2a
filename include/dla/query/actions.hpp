// Follow-ups across all minutes: the identity of an action through its ^id, its
// latest state, and the filters of `dla actions`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/util/i18n.hpp"

namespace dla::query {

/// Where an action was mentioned.
struct Mention {
    const model::Meeting* meeting = nullptr;
    int line = 0;
};

/// The implicit id of an action written without `^id` in the note `path`, the one
/// `dla new-minutes` gives it when it carries it: the first words of its folded text,
/// whole (letters a-z and digits; a word of one letter, of another script or of more
/// than 24 characters left out), joined by '-' up to 24 characters, less a trailing
/// short link word (`de`, `du`, `la`, `pour`…), "action" when none is left; then '-'
/// and 4 hexadecimal digits of the FNV-1a hash of "<file name>:<folded text>" (the
/// file name without its folders): "relancer-les-fondations-9c1e". The same text in
/// the same note always gives the same id; renaming the note or rewording the action
/// gives another.
[[nodiscard]] std::string implicit_action_id(std::string_view text, std::string_view path);

/// The id of each action of `meeting`, in order: its `^id` when written, else its
/// implicit id, the n-th action of the note with one implicit id getting "-n" (n ≥ 2).
[[nodiscard]] std::vector<std::string> action_ids(const model::Meeting& meeting);

/// The state of an action after a newer mention `newer` of it, `older` its state before:
/// the newest mention decides, but one that leaves out the owners, the due date or the
/// text (`- [x] ^trame`) keeps those of `older`.
[[nodiscard]] model::Action newest_mention(const model::Action& older, model::Action newer);

/// One action across the meetings that mention it.
struct TrackedAction {
    model::Action action;             // its latest state: the newest mention decides
    std::string id;                   // its ^id, else the implicit id of its first mention
    std::vector<Mention> mentions;    // oldest first; front() raised it, back() decides
    std::string department;           // department id of the news subsection holding it, or ""
    bool overdue = false;             // open and due before today

    [[nodiscard]] const Mention& first() const { return mentions.front(); }
    [[nodiscard]] const Mention& latest() const { return mentions.back(); }
    /// How many later meetings repeated it.
    [[nodiscard]] int times_carried() const { return static_cast<int>(mentions.size()) - 1; }
};

/// Every action of every meeting, one per id (action_ids: written or implicit): an
/// action is one action wherever its id appears and the newest meeting (date, then
/// file order) that mentions it decides its status, owners and due date (owners, due
/// date and text carry over when that mention omits them); so an action written
/// without an id in one note and carried under its implicit id in a later one is one
/// action. The same written id twice in one note stays two actions. Sorted by due date (none last), then by
/// the date of the meeting that raised it, then by place.
[[nodiscard]] std::vector<TrackedAction> track_actions(const std::vector<model::Meeting>& meetings,
                                                       util::Date today);

/// `carried-id-unknown`: each action under a follow-up heading (« Suivi des actions »)
/// whose written ^id no earlier note (by date, then path) gives to an action, written or
/// implicit: a note renamed or an action reworded since, which `dla actions` then takes
/// for a new action.
[[nodiscard]] std::vector<diag::Diagnostic> check_carried_ids(const std::vector<model::Meeting>& meetings,
                                                              const model::Config& config, util::Lang lang);

enum class StatusFilter { open, done, cancelled, all };

struct ActionFilter {
    StatusFilter status = StatusFilter::open;
    std::string owner;       // alias, full name or organisation
    std::string department;  // department id, label or alias
    std::string series;
    bool overdue = false;
    std::optional<util::Date> due_before, due_after;  // inclusive bounds on the due date
    std::optional<util::Date> since, until;           // inclusive bounds on the meeting date
    std::string note;        // path of a note that mentions it
};

/// The actions that pass every filter, in the same order.
[[nodiscard]] std::vector<TrackedAction> filter_actions(std::vector<TrackedAction> actions,
                                                        const ActionFilter& filter, const model::Config& config);

/// True when `owner` (as written in a note) designates `wanted` (an alias, a full name
/// or an organisation, as typed by the user): the same person, or a person of that
/// organisation, or the organisation itself.
[[nodiscard]] bool owner_matches(std::string_view owner, std::string_view wanted, const model::Config& config);

/// Why `--owner wanted` cannot be answered, as a usage error in `lang`; nullopt when it
/// names a person of the directory (model::match_person), an organisation or a
/// department, or is written as an owner of one of `actions`. Ambiguous ("Margaux" for
/// two people): the candidates; unknown: the close names of the directory, if any.
[[nodiscard]] std::optional<util::Phrase> owner_option_problem(std::string_view wanted,
                                                               const std::vector<TrackedAction>& actions,
                                                               const model::Config& config, util::Lang lang);

/// The name to show for an owner: the full name of a known alias, else as written.
[[nodiscard]] std::string owner_name(std::string_view owner, const model::Config& config);

}  // namespace dla::query
