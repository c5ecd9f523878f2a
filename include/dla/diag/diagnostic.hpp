// Problems found in the notes, as data: collected while every file is still read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dla::diag {

enum class Severity { warning, error };

/// One finding at a place of a file. `path` is relative to the repository root
/// (or as given on the command line); line and column are 1-based, 0 when unknown.
struct Diagnostic {
    std::string path;
    int line = 0;
    int column = 0;
    Severity severity = Severity::error;
    std::string message;
    std::string rule_id;
    bool operator==(const Diagnostic&) const = default;
};

/// A rule of `dla check`: its id, default severity and one-line summary.
struct Rule {
    std::string_view id;
    Severity severity;
    std::string_view summary;
};

/// Every rule, in documentation order.
[[nodiscard]] const std::vector<Rule>& rules();

/// The rule with that id; throws std::out_of_range for an unknown id (a bug).
[[nodiscard]] const Rule& rule(std::string_view id);

/// Collects diagnostics; the severity of each comes from the rule table.
class Sink {
public:
    void report(std::string_view path, int line, int column, std::string_view rule_id,
                std::string message);
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
    [[nodiscard]] std::vector<Diagnostic> take() { return std::move(m_diagnostics); }
    void append(std::vector<Diagnostic> more);

private:
    std::vector<Diagnostic> m_diagnostics;
};

/// Sorted by path, line, column, then rule; exact repeats dropped.
void sort(std::vector<Diagnostic>& diagnostics);

[[nodiscard]] bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// Whether the finding means its file was read only in part or not at all: unreadable,
/// not text (not-utf8, control-character), a front matter missing or unreadable, a
/// dla.yaml that is not YAML. Every command says these, not only `dla check`: its
/// answer lacks what that file holds.
[[nodiscard]] bool means_unread(const Diagnostic& diagnostic);

/// `path:line:col: error: message [rule-id]` (`path:line:` when the column is
/// unknown, `path:` when the line is). The words error/warning stay English so
/// that editors and CI problem matchers read them; the message is in the user's language.
[[nodiscard]] std::string format(const Diagnostic& diagnostic);

[[nodiscard]] std::string_view severity_name(Severity severity);

}  // namespace dla::diag
