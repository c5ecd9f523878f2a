// `dla diff` output: the changes of the notes for a terminal (coloured), as Markdown to
// paste as a review comment, and as JSON.
#pragma once

#include <string>
#include <vector>

#include "dla/load/git.hpp"
#include "dla/query/diff.hpp"
#include "dla/render/style.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// Per note a heading line (path, title, date, and whether the note is new, deleted or
/// renamed), then one line per change: `+` added, `-` taken out, `~` changed, `!` an open
/// action deleted without being closed; then a count. Dates say their year only when it
/// is not the meeting's (`échéance 22/04 → 30/04`, `Café des prestataires : 20 juin → 27 juin`).
[[nodiscard]] std::string diff_text(const std::vector<query::NoteDiff>& notes, util::Lang lang, const Style& style);

/// The same as a Markdown review comment: a title naming the two versions, a paragraph per
/// note, a list of its changes, the warnings marked.
[[nodiscard]] std::string diff_markdown(const std::vector<query::NoteDiff>& notes, const load::Revision& from,
                                        const load::Revision& to, util::Lang lang);

/// `{from, to, notes: [{path, old_path, status, title, date, changes: [...]}]}`, documented
/// in docs/json.md.
[[nodiscard]] std::string diff_json(const std::vector<query::NoteDiff>& notes, const load::Revision& from,
                                    const load::Revision& to);

}  // namespace dla::render
