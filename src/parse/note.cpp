#include "dla/parse/note.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
#include <unordered_map>

#include "dla/parse/body.hpp"
#include "dla/parse/front_matter.hpp"
#include "dla/util/parallel.hpp"
#include "dla/util/redact.hpp"
#include "dla/util/text.hpp"

namespace dla::parse {

using util::Msg;
using util::tr;

// Line and column (1-based) of byte `offset` of the raw `text`, counting lines as the
// parser does (LF, CRLF or a lone CR) and not counting a leading BOM as a column.
std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
    int line = 1;
    std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            start = i + 1;
        }
    }
    return {line, util::column_of(text.substr(start), offset - start)};
}

namespace {
bool is_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }

}  // namespace

std::size_t first_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (is_control(static_cast<unsigned char>(text[i]))) return i;
    return std::string_view::npos;
}

void replace_control_characters(std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (is_control(static_cast<unsigned char>(c))) out += "\xEF\xBF\xBD";
        else out += c;
    }
    text = std::move(out);
}

namespace {

// A name the directory does not know, or knows as several people: said once per name.
void check_in_directory(const model::Meeting& m, const model::Config& config, diag::Sink& sink) {
    if (config.people.empty()) return;
    const util::Lang lang = config.language;
    auto check = [&](const model::Attendee& a) {
        const model::PersonMatch match = model::match_person(config, a.name);
        if (match.person) return;
        if (!match.candidates.empty()) {
            std::vector<std::string> names;
            for (const auto* p : match.candidates) names.push_back(p->name);
            sink.report(m.path, a.line, 0, "unknown-attendee", tr(lang, Msg::ambiguous_attendee, a.name, model::one_of(names, lang)));
        } else if (!match.suggestions.empty()) {
            sink.report(m.path, a.line, 0, "unknown-attendee",
                        tr(lang, Msg::unknown_attendee_did_you_mean, a.name, model::one_of(match.suggestions, lang)));
        } else {
            sink.report(m.path, a.line, 0, "unknown-attendee", tr(lang, Msg::unknown_attendee, a.name));
        }
    };
    for (const auto* list : {&m.attendees, &m.excused, &m.absent})
        for (const auto& a : *list) check(a);
    if (m.minute_taker && !m.minute_taker->name.empty()) check(*m.minute_taker);
}

void check_people(const model::Meeting& m, const model::Config& config, diag::Sink& sink) {
    const util::Lang lang = config.language;
    // The person's key (directory name through aliases, folded) → line of its first
    // listing; a map, as a list may hold thousands.
    std::unordered_map<std::string, int> seen;
    for (const auto& a : m.attendees) {
        auto [it, first] = seen.try_emplace(model::person_key(config, a.name), a.line);
        if (!first)
            sink.report(m.path, a.line, 0, "duplicate-attendee", tr(lang, Msg::duplicate_attendee, a.name, it->second));
    }
    auto present = [&](const model::Attendee& a) { return seen.contains(model::person_key(config, a.name)); };
    for (const auto& a : m.excused)
        if (present(a)) sink.report(m.path, a.line, 0, "present-and-excused", tr(lang, Msg::present_and_excused, a.name));
    for (const auto& a : m.absent)
        if (present(a)) sink.report(m.path, a.line, 0, "present-and-excused", tr(lang, Msg::present_and_absent, a.name));
    check_in_directory(m, config, sink);
}

// One ^id for two different actions of one note: `dla actions` can only follow them as
// two actions, and the next minutes would carry one under the other's id. The same
// action written twice (same text) is left alone.
void check_action_ids(const model::Meeting& m, util::Lang lang, diag::Sink& sink) {
    std::unordered_map<std::string, const model::Action*> first;  // id → its first action
    for (const auto& a : m.actions) {
        if (a.id.empty()) continue;
        auto [it, inserted] = first.try_emplace(a.id, &a);
        if (!inserted && util::fold(it->second->text) != util::fold(a.text))
            sink.report(m.path, a.line, 0, "duplicate-action-id", tr(lang, Msg::duplicate_action_id, a.id, it->second->line));
    }
}

// The date `2024-04-04-interdla-4.md` carries, if any.
std::optional<util::Date> date_of_file_name(std::string_view path) {
    const std::string name = std::filesystem::path(path).filename().string();
    if (name.size() < 10) return std::nullopt;
    auto parsed = util::parse_iso_date(std::string_view(name).substr(0, 10));
    if (const auto* d = std::get_if<util::Date>(&parsed)) return *d;
    return std::nullopt;
}

// The file name's date must agree with the front matter.
void check_file_name(const model::Meeting& m, util::Lang lang, diag::Sink& sink) {
    const auto d = date_of_file_name(m.path);
    if (!d || !m.date || *d == *m.date) return;
    auto it = m.field_lines.find("date");
    sink.report(m.path, it == m.field_lines.end() ? 1 : it->second, 0, "filename-date-mismatch",
                tr(lang, Msg::filename_date_mismatch, util::to_iso(*d), util::to_iso(*m.date)));
}

// Whether a diagnostic from `from` on already speaks of the `date` field: the lines from
// its key to the next key's.
bool date_said(const model::Meeting& m, const diag::Sink& sink, std::size_t from) {
    const auto date = m.field_lines.find("date");
    if (date == m.field_lines.end()) return false;
    int next = std::numeric_limits<int>::max();
    for (const auto& [key, line] : m.field_lines)
        if (line > date->second) next = std::min(next, line);
    return std::any_of(sink.diagnostics().begin() + static_cast<long>(from), sink.diagnostics().end(),
                       [&](const diag::Diagnostic& d) { return d.line >= date->second && d.line < next; });
}

}  // namespace

model::Meeting parse_note(std::string_view path, std::string_view bytes, const model::Config& config,
                          diag::Sink& sink) {
    const util::Lang lang = config.language;
    model::Meeting meeting;
    meeting.path = std::string(path);
    if (util::trim(bytes).empty()) {
        sink.report(path, 1, 1, "front-matter-missing", tr(lang, Msg::file_empty));
        return meeting;
    }
    std::string valid;
    if (auto bad = util::invalid_utf8_offset(bytes); bad != std::string_view::npos) {
        auto [line, column] = position_of(bytes, bad);
        sink.report(path, line, column, "not-utf8", tr(lang, Msg::not_utf8));
        valid = util::to_valid_utf8(bytes);  // read the rest all the same
        bytes = valid;
    }
    std::string text = util::normalize_newlines(bytes);
    if (auto control = first_control_character(text); control != std::string::npos) {
        auto [line, column] = position_of(text, control);
        // UTF-16 shows as both bad UTF-8 and NUL bytes: one report is enough.
        if (valid.empty()) sink.report(path, line, column, "control-character", tr(lang, Msg::control_character));
        replace_control_characters(text);  // read the rest all the same
    }
    const NoteParts parts = split_front_matter(text);
    const std::size_t before = sink.diagnostics().size();
    if (!parts.has_front_matter) {
        sink.report(path, 1, 1, "front-matter-missing", tr(lang, Msg::front_matter_missing));
    } else if (!parts.closed) {
        sink.report(path, 1, 1, "front-matter-unclosed", tr(lang, Msg::front_matter_unclosed));
    } else {
        read_front_matter(parts.yaml, parts.yaml_first_line, config, meeting, sink, date_of_file_name(path));
        // Invalid YAML is read key by key: only when no key could be found is there
        // nothing to say about the missing ones.
        const bool front_matter_read = !meeting.field_lines.empty() ||
            std::none_of(sink.diagnostics().begin() + static_cast<long>(before), sink.diagnostics().end(),
                         [](const diag::Diagnostic& d) { return d.rule_id == "yaml-syntax" || d.rule_id == "front-matter-not-mapping"; });
        if (front_matter_read) {
            if (!meeting.date && !date_said(meeting, sink, before)) {
                if (const auto d = date_of_file_name(path))
                    sink.report(path, 1, 1, "date-from-filename", tr(lang, Msg::date_from_filename, util::to_iso(*d)));
                else
                    sink.report(path, 1, 1, "missing-date", tr(lang, Msg::missing_date));
            }
            if (!meeting.field_lines.contains("title"))
                sink.report(path, 1, 1, "missing-title", tr(lang, Msg::missing_title));
        }
        // Without a date in the front matter (said above, or by the error that made it
        // unreadable), the file name's is the meeting's: dates without a year read from it.
        // A file without a front matter is no meeting (a draft): it gets none.
        if (!meeting.date) meeting.date = date_of_file_name(path);
    }
    check_file_name(meeting, lang, sink);
    check_people(meeting, config, sink);
    read_body(parts.body, parts.body_first_line, config, meeting, sink);
    check_action_ids(meeting, lang, sink);  // the actions are in the body
    return meeting;
}

std::string read_error_text(int error, util::Lang lang) {
    switch (error) {
    case ENOENT: return tr(lang, Msg::read_missing);
    case EACCES: case EPERM: return tr(lang, Msg::read_denied);
    case EISDIR: return tr(lang, Msg::read_is_dir);
    case ELOOP: return tr(lang, Msg::read_link_loop);
    default: return tr(lang, Msg::read_failed, std::strerror(error));
    }
}

std::string read_error_text(const load::SourceFile& file, util::Lang lang) {
    if (file.error == load::k_too_large) return tr(lang, Msg::read_too_large, file.size, load::k_max_note_bytes);
    if (file.error != load::k_not_regular) return read_error_text(file.error, lang);
    Msg kind = Msg::kind_other;
    switch (file.type) {
    case S_IFIFO: kind = Msg::kind_fifo; break;
    case S_IFCHR: kind = Msg::kind_char_device; break;
    case S_IFBLK: kind = Msg::kind_block_device; break;
    case S_IFSOCK: kind = Msg::kind_socket; break;
    default: break;
    }
    return tr(lang, Msg::read_not_regular, tr(lang, kind));
}

diag::Diagnostic unread_diagnostic(const load::SourceFile& file, util::Lang lang) {
    const std::string_view rule = file.error == load::k_not_regular ? "not-a-regular-file"
                                  : file.error == load::k_too_large ? "note-too-large"
                                                                    : "unreadable-file";
    diag::Sink sink;
    sink.report(file.path, 0, 0, rule, tr(lang, Msg::file_unreadable, read_error_text(file, lang)));
    return sink.take().front();
}

model::ParsedNote parse_source(const load::SourceFile& file, const model::Config& config) {
    model::ParsedNote note;
    diag::Sink sink;
    if (file.error != 0) sink.append({unread_diagnostic(file, config.language)});
    else note.meeting = parse_note(file.path, file.bytes, config, sink);
    note.diagnostics = sink.take();
    return note;
}

Notes parse_notes(const std::vector<load::SourceFile>& files, const model::Config& config) {
    std::vector<model::ParsedNote> parsed(files.size());
    util::parallel_for(files.size(), [&](std::size_t i) { parsed[i] = parse_source(files[i], config); });
    Notes notes;
    notes.files = files.size();
    notes.meetings.reserve(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].error == 0) notes.meetings.push_back(std::move(parsed[i].meeting));
        notes.diagnostics.insert(notes.diagnostics.end(), std::make_move_iterator(parsed[i].diagnostics.begin()),
                                 std::make_move_iterator(parsed[i].diagnostics.end()));
    }
    return notes;
}

void redact_contacts(Notes& notes, util::Lang lang) {
    for (auto& m : notes.meetings) model::redact_contacts(m, lang);
    for (auto& d : notes.diagnostics) d.message = util::redact_contacts(d.message, lang);
}

}  // namespace dla::parse
