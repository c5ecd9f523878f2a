// Giving actions of a note their ^id (`dla new-minutes --assign-ids`): ` ^id` inserted at
// the end of the task's text, every other byte of the note left as it was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"

namespace dla::edit {

/// An id to give to the task item whose first line is `line` (1-based, in the file).
struct IdInsertion {
    int line = 0;
    std::string id;    // without '^'
    std::string text;  // the action's text as read when the id was made; "" to skip that check
};

/// What with_action_ids makes of a note.
struct NoteWithIds {
    std::string bytes;                 // the note with the ids given (as read when none is)
    std::vector<IdInsertion> given;    // the ids inserted, in the order asked
    std::vector<IdInsertion> refused;  // the ids that could not be, in the order asked
};

/// `bytes`, a whole note as read (BOM, CRLF and trailing spaces kept), with ` ^id` inserted
/// after the last non-blank character of each task item's text (its first paragraph's last
/// line, when the text runs over several lines). An id is refused, and its line left as it
/// was, when its line holds no task item, when that task has an id already or another text
/// than `text` (the note changed meanwhile), or when the note with it would not read back
/// (with `config`, under `path`) as the same note whose actions at those lines now carry
/// those ids (an empty `- [ ]` that would become a task whose text is the id); the others
/// are given all the same.
[[nodiscard]] NoteWithIds with_action_ids(std::string_view path, std::string_view bytes,
                                          const std::vector<IdInsertion>& ids, const model::Config& config);

}  // namespace dla::edit
