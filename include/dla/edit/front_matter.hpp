// Editing a note's front matter (`dla fmt`): keys in the schema's order, the date in ISO,
// times quoted, people one per line as `Name (Organisation)`, consistent quoting; the
// comments kept and the body left byte for byte as it was.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/util/i18n.hpp"

namespace dla::edit {

/// A note once formatted.
struct FormattedNote {
    std::string text;   // the note with its front matter canonical; the input itself when left as it was
    bool changed = false;
    std::vector<diag::Diagnostic> problems;  // why it was left as it was: no front matter, YAML that does not
                                             // parse, a key written twice… (as `dla check` says them)
    bool unsafe = false;  // left as it was because its canonical form would not read the same
};

/// `bytes`, a whole note, with its front matter canonical: its keys in the order of
/// model::front_matter_fields, any other key after them in the order the note gives
/// them. The YAML is read with yaml-cpp only to find each top-level key's lines and
/// check the result; those lines are moved as blocks, a key taking along the comment
/// lines right above it (those above the first key stay at the top), and only the
/// values it can rewrite safely are written anew, a synonym's key (`minute_taker`) as
/// its field's (`minute-taker`) unless both are there:
/// - `date` in ISO (`2024-04-04`), `number` as a number, `time` quoted (`"10:00"`,
///   `"09:00-12:00"`); `title`, `series`, `format`, `location`, `theme` plain unless
///   they need quotes;
/// - `attendees`, `excused`, `absent`: one person per line, `- Name (Organisation)`
///   (`- {name: …, org: …, role: …}` with a role); `[]` when empty; `minute-taker`
///   likewise;
/// - `agenda`: one item per line, `- "HH:MM Title"`.
/// A value whose lines hold a comment, a value it does not read, a value that would not
/// read back the same, `events` and unknown keys keep their lines as written. Blank
/// lines between keys are dropped. The front matter's lines end as its first `---` line
/// does; the body is untouched, line endings and trailing spaces included. Formatting
/// the result again changes nothing. Problems are in `lang`, at `path`.
[[nodiscard]] FormattedNote format_front_matter(std::string_view path, std::string_view bytes, util::Lang lang);

/// A YAML scalar as the canonical front matter writes it: plain when YAML readers (dla,
/// Jekyll, Hugo) read it back as this very text, else double-quoted; always
/// double-quoted with `quote`.
[[nodiscard]] std::string yaml_scalar(std::string_view text, bool quote = false);

}  // namespace dla::edit
