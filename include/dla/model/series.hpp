// The rules of a series of meetings written once: its title pattern, the name subjects and
// titles give it, the path of its notes, and the formats a meeting takes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dla/model/config.hpp"
#include "dla/util/date.hpp"

namespace dla::model {

/// The title of meeting `number` of `series`: its pattern with every `{number}` replaced
/// ("InterDLA N°{number}", 5 → "InterDLA N°5"); "" when the series has no pattern.
[[nodiscard]] std::string series_title(const Series& series, int number);

/// The name subjects and titles give `series`, folded (util::fold): its pattern before
/// `{number}` without the number's marker (" N°", " no", " num", " numéro"), else its id:
/// "InterDLA N°{number}" → "interdla", "Comité de pilotage n°{number}" → "comite de pilotage".
[[nodiscard]] std::string series_name(const Series& series);

/// The path of a note: `<notes_dir>/<year>/<date>-<series>-<number>.md`, without
/// `-<number>` when there is none.
[[nodiscard]] std::string note_path(std::string_view notes_dir, util::Date date, std::string_view series,
                                    std::optional<int> number);

/// The format (`visio`, `présentiel` or `hybride`) that `text` names, case and accents
/// aside: one of the format's own words or synonyms — visio, visioconférence, distanciel,
/// à distance, remote, online, Teams, Zoom; présentiel, sur place, in person; hybride,
/// hybrid, mixte, présentiel et visio, visio et présentiel. "" for any other text.
[[nodiscard]] std::string meeting_format(std::string_view text);

/// As meeting_format, for a text that goes on after the format's words: "Visio matin",
/// "Présentiel (St Laurent Blangy)" (not "visionnage").
[[nodiscard]] std::string meeting_format_at_start(std::string_view text);

}  // namespace dla::model
