// A parsed note as compact bytes, one blob per part, for the index: no I/O. The format
// has no version of its own: the index drops every entry written by another build.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "dla/model/parsed_note.hpp"

namespace dla::index {

/// The blobs of a note, by part (index i is part 1 << i, model::Part).
using EncodedNote = std::array<std::string, model::k_part_count>;

[[nodiscard]] EncodedNote encode(const model::ParsedNote& note);

/// Reads back the blobs of the parts in `parts` (each blob, index i, part 1 << i; those
/// not asked for are not looked at, their parts left empty as model::keep_only leaves
/// them). nullopt when a blob is truncated or not ours.
[[nodiscard]] std::optional<model::ParsedNote> decode(const EncodedNote& blobs, unsigned parts);

}  // namespace dla::index
