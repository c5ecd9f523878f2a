// A note as its parser left it, and the parts of it a command keeps: what a command
// does not use (the attendees for `dla actions`) is neither read back nor kept in memory.
#pragma once

#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/model/meeting.hpp"

namespace dla::model {

/// One note as its parser left it: the meeting and what the parser said of it.
struct ParsedNote {
    Meeting meeting;
    std::vector<diag::Diagnostic> diagnostics;
    bool operator==(const ParsedNote&) const = default;
};

/// The parts of a note a query may need; the index keeps one blob each, so that a query
/// reads back only what it uses: `dla actions` needs neither the attendees nor the
/// sections. `head` (the front-matter fields, their lines, the diagnostics) is always
/// there; `bodies` comes with `outline`, whose sections it fills.
enum Part : unsigned {
    head = 1u << 0,
    outline = 1u << 1,  // the sections' titles, kinds and lines
    people = 1u << 2,   // attendees, excused, absent, minute-taker
    agenda = 1u << 3,
    news = 1u << 4,
    decisions = 1u << 5,
    actions = 1u << 6,
    events = 1u << 7,
    bodies = 1u << 8,  // the sections' Markdown
};
inline constexpr unsigned k_part_count = 9;
inline constexpr unsigned k_all_parts = (1u << k_part_count) - 1;

/// What reading `parts` takes: the head always, the outline with the bodies.
[[nodiscard]] constexpr unsigned with_needed(unsigned parts) {
    return parts | head | ((parts & bodies) ? unsigned(outline) : 0u);
}

/// Empties the parts not in `parts` and gives their memory back.
void keep_only(Meeting& meeting, unsigned parts);

}  // namespace dla::model
