// The meaning of a change between two versions of the notes, for review: which actions
// were closed, which dates moved, who was added to the attendees, per meeting.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::query {

/// One version of the notes: the meetings parsed, and each file's bytes (to tell an
/// untouched file from one whose change dla does not read).
struct NotesVersion {
    std::vector<model::Meeting> meetings;
    std::map<std::string, std::string> bytes;  // path → the file as read
};

enum class ChangeKind {
    field_changed,      // a front-matter field: `field` is its key; before/after its values
    agenda_added, agenda_removed, agenda_changed,
    attendee_added, attendee_removed,  // `field`: attendees | excused | absent
    attendee_moved,     // from one list to another: before/after are the list names
    attendee_changed,   // organisation or role: before/after as "Name (Organisation)"
    decision_added, decision_removed, decision_changed,
    action_added,       // new in this note, or carried here without an earlier mention
    action_closed, action_reopened, action_cancelled,  // before/after: the statuses
    action_redated,     // before/after: the due dates (none when there was or is none)
    action_reassigned,  // before/after: the owners
    action_reworded,    // before/after: the texts
    action_removed,     // a done or cancelled action taken out
    action_moved,       // taken out of this note, found (by its ^id) in another
    action_dropped,     // an OPEN action taken out and found nowhere: a warning
    event_added, event_removed,
    event_moved,        // before/after: the dates
    event_changed,      // `field`: time | format | location | subject; before/after its values
    section_added, section_removed,
    section_changed,    // its text changed where nothing above says what
    other,              // the file changed, but nothing dla reads (layout, unknown keys)
};

/// A value before or after a change: none, text, a day, days, a time range, a list.
using Value = std::variant<std::monostate, std::string, util::Date, util::DateRange, util::TimeRange,
                           std::vector<std::string>>;

/// One thing that changed in one note.
struct Change {
    ChangeKind kind = ChangeKind::other;
    std::string subject{};  // what it is about: the action's or decision's text, the event's
                            // subject, the person's name, the section's title, the agenda item
    std::string field{};    // see ChangeKind
    Value before{};
    Value after{};
    std::optional<model::Action> action{};    // action_*: the action as it is (as it was when taken out)
    std::optional<model::Event> event{};      // event_*: likewise
    std::optional<model::Attendee> person{};  // attendee_*: likewise
    std::string other_note{};   // the other note an action comes from (an action new here, compared with
                                // its newest earlier mention there) or went to (action_moved)
    int line = 0;               // in the new version of the note; 0 when taken out
    int old_line = 0;           // in the old version; 0 when new
    bool operator==(const Change&) const = default;

    /// True for what a reviewer must not miss: an open action deleted without being closed.
    [[nodiscard]] bool warning() const { return kind == ChangeKind::action_dropped; }
};

enum class NoteStatus { added, removed, modified, renamed };

/// The changes of one note.
struct NoteDiff {
    NoteStatus status = NoteStatus::modified;
    std::string path;      // the note in the new version (in the old one when removed)
    std::string old_path;  // the note in the old version ("" when added)
    std::string title;     // from the new version (the old one when removed)
    std::optional<util::Date> date;
    std::vector<Change> changes;
    bool operator==(const NoteDiff&) const = default;
};

/// What changed from `before` to `after`, note by note, sorted by path; notes whose file
/// did not change are left out. Notes are paired by path, then (renamed files) by series
/// and number, else by date and series. In a note: actions are paired by ^id, then an
/// action without one with the action now carrying its implicit id (action_ids), then by
/// text (folded), then by a close text (reworded); events by subject and day, then by
/// subject (moved), then by day (subject changed); people by name or directory entry
/// (`config`), decisions by text, then by a close text. An action new to a note whose
/// ^id the old version knew elsewhere, written or implicit, is compared with its newest
/// mention there (the minutes closing an action of an earlier meeting). Changes come in the order fields,
/// people, agenda, decisions, actions, events, sections, each by line.
[[nodiscard]] std::vector<NoteDiff> diff_notes(const NotesVersion& before, const NotesVersion& after,
                                               const model::Config& config);

[[nodiscard]] std::string_view to_string(ChangeKind kind);
[[nodiscard]] std::string_view to_string(NoteStatus status);

}  // namespace dla::query
