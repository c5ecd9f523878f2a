// A parsed note as compact bytes, for the index (load/cache): no I/O. The format has
// no version of its own: the index drops every entry written by another build.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
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

/// The parts of a note a query may need, one blob each, so that a query reads back only
/// what it uses: `dla actions` needs neither the attendees nor the sections. `head` (the
/// front-matter fields, their lines, the diagnostics) is always there; `bodies` comes
/// with `outline`, whose sections it fills.
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

/// The blobs of a note, by part (index i is part 1 << i).
using EncodedNote = std::array<std::string, k_part_count>;

[[nodiscard]] EncodedNote encode(const ParsedNote& note);

/// Reads back the blobs of the parts in `parts` (each blob, index i, part 1 << i; those
/// not asked for are not looked at). nullopt when a blob is truncated or not ours.
[[nodiscard]] std::optional<ParsedNote> decode(const EncodedNote& blobs, unsigned parts);

/// Empties the parts not in `parts`, as decode leaves them.
void keep_only(model::Meeting& meeting, unsigned parts);

}  // namespace dla::model
