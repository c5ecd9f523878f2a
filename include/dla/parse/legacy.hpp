// Legacy minutes (a Word or slide export, plain text or loose Markdown) read into what a
// note holds: the front-matter fields, and body sections made of blocks, every input
// line accounted for.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/parse/legacy_lines.hpp"
#include "dla/util/date.hpp"

namespace dla::parse::legacy {

/// One block of a section, in input order. Texts are Markdown, ready to write.
struct Block {
    enum class Kind { paragraph, bullet, heading, table };
    Kind kind = Kind::paragraph;
    int depth = 0;              // bullet: 0, 1… (sub-items); heading: 3 or 4
    std::string text;           // paragraph: its lines joined by '\n'; bullet: after `- `
    std::vector<std::vector<std::string>> rows;  // table: the header row first
    int line = 0;               // input line of its first line
    std::string marker = "-";   // bullet: `-`, or `1.` / `1)` for a numbered item
};

/// Tab-separated lines (from `line` on) as blocks: a GFM table, the first row its header
/// (trailing empty cells dropped; a header cell over an empty column moved onto the
/// untitled column beside it, as a merged cell of a slide), or, when every cell starts
/// with its own `<p>TITLE</p>`, one `###` heading per cell in reading order followed by
/// its paragraphs and `•` items. nullopt for fewer than two rows or columns.
[[nodiscard]] std::optional<std::vector<Block>> table_blocks(const std::vector<std::string>& lines, int line);

/// A row kept as text: its cells separated by one space, empty ones dropped.
[[nodiscard]] std::string tabs_to_spaces(std::string_view line);

/// A body section: `## title` and its blocks.
struct Section {
    std::string title;
    std::vector<Block> blocks;
    int line = 0;
};

/// A line kept as text that could not be classified, for a warning.
struct KeptLine {
    int line = 0;
    std::string text;
};

/// What the command line says over what is detected.
struct ImportOptions {
    util::Date today;                 // for dates written without a year
    std::string series;               // --series
    std::optional<int> number;        // --number
    std::optional<util::Date> date;   // --date
    std::optional<int> year;          // the year of the file name or its folders, for a date written without one
};

/// Legacy minutes, read.
struct LegacyMinutes {
    std::string title;
    std::string series;
    std::optional<int> number;
    std::optional<util::Date> date;
    bool year_guessed = false;  // the date was written without a year and nothing gave one: not to be written
    std::string time;  // HH:MM: the first agenda item's, unless the document gives one
    std::string format;
    std::string location;
    std::string theme;
    std::vector<model::Attendee> attendees, excused, absent;
    std::optional<model::Attendee> minute_taker;
    std::vector<AgendaLine> agenda;
    std::vector<Section> sections;
    std::vector<KeptLine> kept;
    /// A date to come said in the text (« Prochaine réunion le 16 septembre à 18h00 »,
    /// the lines of « Prochain CA »): for the front matter's `events`.
    struct Event {
        util::Date date;
        std::string time;  // HH:MM or empty
        std::string subject;
        int line = 0;
    };
    std::vector<Event> events;
    std::vector<std::string> front_matter_kept;  // the document's own front-matter keys not read (YAML lines)
};

/// Reads `text` (UTF-8, LF). Section titles are recognised as `dla check` does
/// (parse::section_kind, with `config`'s headings); departments and series through
/// `config`. Never throws: what it cannot classify is kept as a paragraph and listed in
/// `kept`. The title, when none is found, is the series' title pattern, else
/// "Compte rendu".
[[nodiscard]] LegacyMinutes read_legacy(std::string_view text, const model::Config& config, const ImportOptions& options);

}  // namespace dla::parse::legacy
