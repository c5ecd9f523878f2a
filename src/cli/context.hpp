// What every command shares: the global options, resolved once (today, language,
// colour, output format), and the repository they point at.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "dla/workspace/workspace.hpp"
#include "dla/render/style.hpp"
#include "dla/util/date.hpp"
#include "dla/util/i18n.hpp"

namespace dla::cli {

/// The global options as typed.
struct GlobalOptions {
    std::string dir;      // -C
    std::string today;    // --today (else DLA_TODAY, else the clock)
    std::string lang;     // --lang
    std::string color = "auto";
    std::string format;   // --format, checked by each command
    bool no_cache = false;  // --no-cache: every note read and parsed, the index untouched
};

/// The options resolved, and the repository opened.
struct Context {
    std::filesystem::path cwd;
    util::Date today;
    util::Lang lang = util::Lang::fr;
    render::Style style{false};
    std::size_t width = 0;  // terminal columns to fit tables in; 0 when not a terminal (no wrapping)
    std::string format;
    std::span<const std::string_view> formats;  // those the command accepts (Traits::formats), set by main
    workspace::Workspace workspace;
};

/// Resolves the global options and opens the repository. Throws util::Failure.
[[nodiscard]] Context make_context(const GlobalOptions& options);

/// The format asked for, or `fallback`; throws util::Failure when it is not one of the
/// command's (ctx.formats).
[[nodiscard]] std::string choose_format(const Context& ctx, const std::string& fallback);

/// The same for a command with --csv-excel: csv when `csv_excel` is set (the flag alone
/// implies --format csv); throws util::Failure when --format names another format.
[[nodiscard]] std::string choose_format(const Context& ctx, const std::string& fallback, bool csv_excel);

/// Prints diagnostics on stderr, one per line, sorted.
void print_diagnostics(std::vector<diag::Diagnostic> diagnostics);

/// Rewrites the note `read` with `text` if it is still what was read (load::rewrite_file);
/// nullopt when written, else why it was left as it is, in the user's language.
[[nodiscard]] std::optional<std::string> rewrite_note(const Context& ctx, const load::SourceFile& read, std::string_view text);

/// What could not be read (diag::means_unread), among dla.yaml's problems and the notes':
/// every command says it with file and line, not only `dla check`.
[[nodiscard]] std::vector<diag::Diagnostic> unread(const Context& ctx, const std::vector<diag::Diagnostic>& notes);

/// The series `wanted` as dla.yaml or the notes write it (compared folded); throws
/// util::Failure naming the known series when neither knows it (--series of calendar
/// and of the reports).
[[nodiscard]] std::string checked_series(const std::string& wanted, const Context& ctx,
                                         const std::vector<model::Meeting>& meetings);

/// What a report leaves out, said on stderr before it: what could not be read and every
/// error (a date not understood, a field of the wrong type), with file and line, then
/// their count and a pointer to `dla check` (which also lists the warnings).
void report_problems(const Context& ctx, const std::vector<diag::Diagnostic>& notes);

/// The language of the environment, for messages before a repository is open.
[[nodiscard]] util::Lang environment_lang(const GlobalOptions& options);

}  // namespace dla::cli
