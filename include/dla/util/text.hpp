// Text helpers shared by every stage: trimming, splitting, UTF-8, folding for comparison.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dla::util {

/// Without leading and trailing ASCII spaces, tabs, CR and LF (and no-break spaces).
[[nodiscard]] std::string_view trim(std::string_view text);

/// Pieces between separators, each trimmed; empty pieces dropped.
[[nodiscard]] std::vector<std::string> split_trimmed(std::string_view text, std::string_view separator);

[[nodiscard]] bool starts_with_ci(std::string_view text, std::string_view prefix);

/// The form used to compare names, departments, series and headings, the one
/// normalisation of dla (utf8proc): compatibility decomposition, Unicode case folding,
/// marks stripped, so that NFC and NFD spellings, case and accents do not matter
/// (`É` and `e` + U+0301 → `e`, `ß` → `ss`, `œ` → `oe`); letters and digits of every
/// script kept; every run of punctuation, symbols, emoji, dashes, apostrophes and
/// spaces made one space, trimmed. `"Tour d’actualités :"` → `"tour d actualites"`.
[[nodiscard]] std::string fold(std::string_view text);

/// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points past U+10FFFF are invalid), or npos when the whole text is valid.
[[nodiscard]] std::size_t invalid_utf8_offset(std::string_view text);

/// The text with every invalid UTF-8 sequence replaced by U+FFFD.
[[nodiscard]] std::string to_valid_utf8(std::string_view text);

/// The text with a leading UTF-8 BOM removed, CRLF and lone CR turned into LF.
[[nodiscard]] std::string normalize_newlines(std::string_view text);

/// Columns the text takes in a terminal (utf8proc's character widths): East Asian wide
/// characters and emoji 2, combining marks 0, other characters 1; invalid bytes 1 each.
[[nodiscard]] std::size_t display_width(std::string_view text);

/// Number of code points (for column numbers); invalid bytes count one each.
[[nodiscard]] std::size_t utf8_length(std::string_view text);

/// 1-based column (in code points) of byte `offset` within `line`.
[[nodiscard]] int column_of(std::string_view line, std::size_t offset);

/// True when a spreadsheet opening `cell` from a CSV would run it as a formula: it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's list for CSV injection).
/// A lone `-` (the usual "nothing here") computes nothing and is not one.
[[nodiscard]] bool starts_like_formula(std::string_view cell);

/// Levenshtein distance in bytes (for "did you mean").
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace dla::util
