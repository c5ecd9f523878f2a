// Acting on one action (`dla done`, `cancel`, `reopen`, `redate`, `assign`): the smallest
// change of its task line, written as Obsidian Tasks writes it, every other byte kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/util/date.hpp"

namespace dla::edit {

enum class ActionChange { done, cancel, reopen, redate, assign };

/// What to make of an action.
struct ActionEdit {
    ActionChange change = ActionChange::done;
    util::Date date;                  // done: ✅ date; cancel: ❌ date; redate: the new 📅
    std::vector<std::string> owners;  // assign: the new owners, without '@' ("Jeanne", "Jeanne Martin")
};

/// The text of a task line (`- [ ] Envoyer la trame @Jeanne 📅 2024-04-15 ^trame`, its
/// indentation, block quote marks and list marker kept) after `edit`:
/// - done: `[x]`, a ✅ (or ❌, or `[completion:: …]`) date replaced by ` ✅ DATE`, written
///   before the trailing `^id` as Obsidian Tasks does (at the end without one);
/// - cancel: `[-]` and ` ❌ DATE` the same way;
/// - reopen: `[ ]`, the ✅, ❌ and `[completion:: …]` dates taken out;
/// - redate: the date of the due field replaced by DATE (ISO), whatever its form
///   (`📅`, `due:`, `échéance :`, `[due:: …]`); without one, ` 📅 DATE` before the ✅ or ❌
///   date, else before the `^id`, else at the end;
/// - assign: the first owner (`@Jeanne`, `[owner:: …]`) replaced by the new ones (`@alias`,
///   `[owner:: Name]` for a name with a space), the others taken out; without an owner,
///   the new ones before the first field (📅, ✅, ❌, `^id`), else at the end.
/// nullopt when `line` holds no task checkbox (`[ ]`, `[x]`, `[X]`, `[-]`).
[[nodiscard]] std::optional<std::string> edited_action_line(std::string_view line, const ActionEdit& edit);

/// What with_action_edit makes of a note.
struct EditedNote {
    std::string bytes;   // the whole note after the edit (as read when `refused`)
    int line = 0;        // the line changed
    std::string before;  // its text before, its blanks at the end and line break left out
    std::string after;   // its text after
    bool refused = false;  // the edit could not be made safely: nothing changes
};

/// `bytes`, a whole note as read (BOM, CRLF, trailing blanks kept), with the task item
/// starting on line `line` edited (edited_action_line on that line, its blanks at the end
/// kept). Refused when that line holds no task item or when the note with the change would
/// not read back (with `config`, under `path`) as the same note but for that action's
/// status, dates and owners as asked: its text and id (written or implicit) stay.
[[nodiscard]] EditedNote with_action_edit(std::string_view path, std::string_view bytes, int line,
                                          const ActionEdit& edit, const model::Config& config);

}  // namespace dla::edit
