// Reading single lines of legacy minutes (Word or slide exports): bullets, labels,
// people, agenda items, dates, titles, department news, tab-separated rows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/util/date.hpp"

namespace dla::parse::legacy {

/// A line cut into its indentation, its bullet and its text.
struct LineShape {
    int indent = 0;        // leading blanks (a tab counts 4)
    bool bullet = false;   // `-`, `*`, `•`, `➤`, `▪`, `◦`, `–`, `o` followed by a space, or `1.` / `1)`
    bool numbered = false; // `1.` or `1)`
    char task = 0;         // 'x' or ' ' for `- [x]` / `- [ ]`, else 0
    std::string text;      // after the bullet (and the checkbox), trimmed
};
[[nodiscard]] LineShape shape(std::string_view line);

/// Who a people line lists.
enum class PeopleRole { attendees, excused, absent, minute_taker };

/// `Présent.e.s : a, b` → {attendees, "a, b"}; `Participants` alone → {attendees, ""}.
/// Labels (case, accents, `.`/`·` of inclusive writing ignored): Présent·e·s, Présents,
/// Participants, Étaient présents, Excusé·e·s, Absents, CR, Compte rendu, Rédaction,
/// Secrétaire de séance, Prise de notes.
struct PeopleLine {
    PeopleRole role;
    std::string rest;
};
[[nodiscard]] std::optional<PeopleLine> people_line(std::string_view text);

/// `Mélanie Chassin & Sonia Benamar (BGE Picardie), Margaux Pellet (Nord Actif)` →
/// the people, each with the organisation that follows them in parentheses. `&`, `et`,
/// `,` and `;` separate names; `[x]`-style checkboxes are not handled here.
[[nodiscard]] std::vector<model::Attendee> split_people(std::string_view text);

/// `Ordre du jour`, `Ordre du jour :`, `Programme`, `ODJ` (then the rest of the line,
/// maybe empty); nullopt otherwise.
[[nodiscard]] std::optional<std::string> agenda_label(std::string_view text);

/// An agenda line: `10h30 : Présentation` → {"10:30", "Présentation"}, `10h – 12h : Atelier`
/// → {"10:00-12:00", "Atelier"}; no time → {"", text}.
struct AgendaLine {
    std::string time;  // HH:MM or HH:MM-HH:MM, or empty
    std::string title;
    bool readable = true;  // false when it starts with a time that does not exist (`25h`)
};
[[nodiscard]] AgendaLine agenda_line(std::string_view text);

/// `InterDLA N°4`, `COPIL n° 3`, `Comité de pilotage #2`: the series id and the number.
/// A series of `config` whose title pattern matches gives its id; otherwise the words
/// before the number, folded and joined by `-` ("interdla", "comite-de-pilotage").
struct TitleLine {
    std::string series;
    int number = 0;
};
[[nodiscard]] std::optional<TitleLine> title_line(std::string_view text, const model::Config& config);

/// A date in the line: the longest run of words that util::parse_date reads, and what
/// is left around it. A date without a year takes the latest year (at most 15 years
/// back from `today`) where it falls on or before `today` and its weekday, if written,
/// matches: legacy minutes are about the past.
struct FoundDate {
    util::Date date;
    std::string before, after;  // the line's text around the date, trimmed
    bool year_written = true;   // false: the year was guessed as above
    std::string text;           // the date as written
};
[[nodiscard]] std::optional<FoundDate> find_date(std::string_view text, util::Date today);

/// `visio`, `présentiel` or `hybride` for a line that says only the format
/// (`Visio`, `En visioconférence`, `Teams`, `Réunion en présentiel`), else empty.
[[nodiscard]] std::string format_line(std::string_view text);

/// `**DLA 59** : a ; b` or `DLA 59 : a ; b` whose label names a department of `config`
/// or starts with "DLA": the label and the pieces between `;` (outside parentheses).
struct DepartmentLine {
    std::string label;
    std::vector<std::string> items;
};
[[nodiscard]] std::optional<DepartmentLine> department_line(std::string_view text, const model::Config& config);

/// `Label : rest` with a short label (1 to 5 words, no sentence punctuation): the label
/// and the rest (empty when the line is the label alone). nullopt otherwise.
struct LabelLine {
    std::string label;
    std::string rest;
};
[[nodiscard]] std::optional<LabelLine> label_line(std::string_view text);

/// The cells of a tab-separated row, trimmed (empty cells kept).
[[nodiscard]] std::vector<std::string> tab_cells(std::string_view line);

/// A table cell's HTML from a slide export made Markdown for a GFM cell:
/// `<ul …>`, `<p>` and their closing tags dropped, each `•` item on its own line
/// (`<br>• `), `|` escaped.
[[nodiscard]] std::string cell_markdown(std::string_view cell);

/// The text with slide-export oddities fixed: `1^{er}` → `1er`.
[[nodiscard]] std::string clean_text(std::string_view text);

/// The text with the `*` that are not emphasis escaped (`2 *1 personne`, `1*2`).
[[nodiscard]] std::string escape_stray_stars(std::string_view text);

/// True for a closing formula (`Merci de votre attention !`, `Merci à tous`, `Fin de la réunion`).
[[nodiscard]] bool closing_line(std::string_view text);

}  // namespace dla::parse::legacy
