#include "dla/diag/diagnostic.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>

namespace dla::diag {

const std::vector<Rule>& rules() {
    using enum Severity;
    static const std::vector<Rule> table = {
        {"unreadable-file", error, "the file cannot be read"},
        {"not-a-regular-file", error, "a *.md that is a FIFO, a device or a socket: not a note, never opened"},
        {"note-too-large", error, "a note over 64 MiB: not read (working tree and git history alike)"},
        {"not-utf8", error, "the file is not valid UTF-8"},
        {"control-character", error, "the file holds NUL or other control bytes: is it really text?"},
        {"front-matter-missing", error, "the note does not start with a YAML front matter between --- lines"},
        {"front-matter-unclosed", error, "the front matter has no closing --- line"},
        {"yaml-syntax", error, "the front matter (or dla.yaml) is not valid YAML"},
        {"front-matter-not-mapping", error, "the front matter is a list or a scalar, not key: value pairs"},
        {"wrong-type", error, "a field holds the wrong kind of value (a list where text is expected…)"},
        {"duplicate-field", error, "a front-matter key is written twice (YAML keeps only the last)"},
        {"missing-date", error, "the front matter has no date"},
        {"date-from-filename", warning, "the front matter has no date: the file name's is used"},
        {"missing-title", warning, "the front matter has no title"},
        {"invalid-date", error, "a date that cannot be read or does not exist (2024-02-30)"},
        {"date-not-iso", warning, "the front-matter date is readable but not written YYYY-MM-DD"},
        {"invalid-time", error, "a time that cannot be read (25h, 10h75)"},
        {"filename-date-mismatch", warning, "the date in the file name differs from the front-matter date"},
        {"unknown-format", error, "format is not visio, présentiel or hybride"},
        {"duplicate-attendee", warning, "the same person is listed twice"},
        {"present-and-excused", error, "a person is listed both as present and as excused or absent"},
        {"action-without-owner", warning, "an open action has no @owner or [owner:: …]"},
        {"unknown-owner", warning, "an action owner is not in the people directory of dla.yaml"},
        {"ambiguous-owner", warning, "an action owner fits several people of the directory (two Margaux)"},
        {"unknown-attendee", warning, "an attendee, excused person or minute-taker is not in the people directory"},
        {"invalid-due-date", error, "an action's due or done date cannot be read"},
        {"duplicate-action-id", warning, "one ^id names two different actions of one note"},
        {"due-before-meeting", warning, "an open action is due before the meeting that raised it"},
        {"formula-like-text", warning, "an action or a table cell starts with =, +, -, @: a spreadsheet would run it"},
        {"id-not-last", warning, "an action's ^id is followed by other fields: Obsidian only sees it last"},
        {"due-date-ignored", warning, "a second due date, or « avant le … » not at the end of the action, is not read"},
        {"done-date-on-open-action", warning, "an unticked action has a ✅ completion date: the box wins"},
        {"carried-id-unknown", warning, "an action carried in « Suivi des actions » has an id no earlier note gives"},
        {"invalid-event-date", error, "a date of the events table cannot be read"},
        {"table-extra-cells", warning, "a table row has more cells than the header has columns"},
        {"unknown-department", warning, "a news subsection names no department of dla.yaml"},
        {"duplicate-number", error, "two notes of one series carry the same number"},
        {"config-invalid", error, "dla.yaml holds a value of the wrong kind"},
    };
    return table;
}

const Rule& rule(std::string_view id) {
    for (const auto& r : rules())
        if (r.id == id) return r;
    throw std::out_of_range(fmt::format("unknown rule id {}", id));
}

void Sink::report(std::string_view path, int line, int column, std::string_view rule_id,
                  std::string message) {
    m_diagnostics.push_back(Diagnostic{std::string(path), line, column, rule(rule_id).severity,
                                       std::move(message), std::string(rule_id)});
}

void Sink::append(std::vector<Diagnostic> more) {
    m_diagnostics.insert(m_diagnostics.end(), std::make_move_iterator(more.begin()),
                         std::make_move_iterator(more.end()));
}

void sort(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.path, a.line, a.column, a.rule_id) < std::tie(b.path, b.line, b.column, b.rule_id);
    });
    // One YAML node shared through aliases is reported once, not once per use.
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end()), diagnostics.end());
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

bool means_unread(const Diagnostic& diagnostic) {
    static constexpr std::string_view unread[] = {"unreadable-file",       "not-a-regular-file",
                                                  "note-too-large",        "not-utf8",
                                                  "control-character",     "front-matter-missing",
                                                  "front-matter-unclosed", "front-matter-not-mapping",
                                                  "yaml-syntax",           "config-invalid"};
    return std::find(std::begin(unread), std::end(unread), diagnostic.rule_id) != std::end(unread);
}

std::string_view severity_name(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

std::string format(const Diagnostic& d) {
    std::string place = d.path + ":";
    if (d.line > 0) {
        place += fmt::format("{}:", d.line);
        if (d.column > 0) place += fmt::format("{}:", d.column);
    }
    return fmt::format("{} {}: {} [{}]", place, severity_name(d.severity), d.message, d.rule_id);
}

}  // namespace dla::diag
