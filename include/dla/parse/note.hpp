// Parsing one note (front matter + body) into a Meeting, and the config file.
#pragma once

#include <string_view>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/load/repository.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/model/parsed_note.hpp"

namespace dla::parse {

/// Parses a note's bytes. `path` names it in the Meeting and in diagnostics.
/// Never throws on bad input: every problem becomes a diagnostic in `sink`
/// (in `config.language`), and whatever could be read is returned.
[[nodiscard]] model::Meeting parse_note(std::string_view path, std::string_view bytes,
                                        const model::Config& config, diag::Sink& sink);

/// Parses dla.yaml; problems go to `sink` and leave the defaults in place. Messages
/// are in `lang` when given (--lang), else in the file's own `language`, else in
/// `fallback` (the environment's: LC_ALL, LC_MESSAGES, LANG), which is also the
/// configuration's language when the file names none.
[[nodiscard]] model::Config parse_config(std::string_view path, std::string_view bytes, diag::Sink& sink,
                                         std::optional<util::Lang> lang = std::nullopt,
                                         util::Lang fallback = util::Lang::fr);

/// Line and column (1-based) of byte `offset` of `text`, lines ended by LF, CRLF or CR.
[[nodiscard]] std::pair<int, int> position_of(std::string_view text, std::size_t offset);
/// The offset of the first control character of `text` (NUL…, not tab nor newline), or npos.
[[nodiscard]] std::size_t first_control_character(std::string_view text);
/// Each control character of `text` replaced by U+FFFD, to read the rest all the same.
void replace_control_characters(std::string& text);

/// Why a file could not be read, in the user's language ("fichier introuvable").
[[nodiscard]] std::string read_error_text(int error, util::Lang lang);
/// The same for a file load could not read, with what load knows of it (its size,
/// its type).
[[nodiscard]] std::string read_error_text(const load::SourceFile& file, util::Lang lang);

/// The diagnostic of a file load could not read: `unreadable-file`, `not-a-regular-file`
/// (a FIFO, a device) or `note-too-large`.
[[nodiscard]] diag::Diagnostic unread_diagnostic(const load::SourceFile& file, util::Lang lang);

/// One file read by load, parsed; when it could not be read, its meeting is empty and
/// its diagnostics say why (`unreadable-file`).
[[nodiscard]] model::ParsedNote parse_source(const load::SourceFile& file, const model::Config& config);

/// Notes read by load, parsed in parallel; unreadable files become diagnostics.
/// The meetings keep the files' order.
struct Notes {
    std::size_t files = 0;  // files read or tried, readable or not
    std::vector<model::Meeting> meetings;
    std::vector<diag::Diagnostic> diagnostics;
};
[[nodiscard]] Notes parse_notes(const std::vector<load::SourceFile>& files, const model::Config& config);

/// --redact: the meetings (model::redact_contacts) and the diagnostics' messages, which
/// quote the notes, with their e-mail addresses and phone numbers hidden.
void redact_contacts(Notes& notes, util::Lang lang);

}  // namespace dla::parse
