#include "dla/edit/action_edit.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "dla/edit/lines.hpp"
#include "dla/parse/action.hpp"

namespace dla::edit {

namespace {

constexpr std::string_view k_due = "\xF0\x9F\x93\x85";        // 📅
constexpr std::string_view k_done = "\xE2\x9C\x85";           // ✅
constexpr std::string_view k_cancelled = "\xE2\x9D\x8C";      // ❌
// Every field marker an owner or a due date is written before (Obsidian Tasks' order:
// description, dates, then done or cancelled; dla's owners after the description).
constexpr std::array<std::string_view, 7> k_fields = {k_due, "\xF0\x9F\x97\x93", "\xE2\x8F\xB3", "\xF0\x9F\x9B\xAB",
                                                      "\xE2\x9E\x95", k_done, k_cancelled};

bool blank(char c) { return c == ' ' || c == '\t'; }

// The offset of the checkbox's mark (`x` in `- [x] …`), or npos: blanks and block quote
// marks, a list marker (-, *, + or 1. 1)), blanks, then `[c]` followed by a blank or the end.
std::size_t checkbox(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (blank(line[i]) || line[i] == '>')) ++i;
    if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+')) {
        ++i;
    } else {
        const std::size_t digits = i;
        while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
        if (i == digits || i - digits > 9 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return std::string_view::npos;
        ++i;
    }
    const std::size_t marker_end = i;
    while (i < line.size() && blank(line[i])) ++i;
    if (i == marker_end || i + 2 >= line.size() || line[i] != '[' || line[i + 2] != ']') return std::string_view::npos;
    if (std::string_view(" xX-").find(line[i + 1]) == std::string_view::npos) return std::string_view::npos;
    if (i + 3 < line.size() && !blank(line[i + 3])) return std::string_view::npos;
    return i + 1;
}

// [from, to) taken out of `s`, with the blank before it (the one that separated it).
void cut(std::string& s, std::size_t from, std::size_t to) {
    if (from > 0 && blank(s[from - 1])) --from;
    s.erase(from, to - from);
}

// Every `marker DATE` after `from` taken out: the marker, its blanks and the word after.
void remove_dated(std::string& s, std::string_view marker, std::size_t from) {
    for (std::size_t pos; (pos = s.find(marker, from)) != std::string::npos;) {
        std::size_t end = pos + marker.size();
        while (end < s.size() && blank(s[end])) ++end;
        while (end < s.size() && !blank(s[end])) ++end;
        cut(s, pos, end);
    }
}

// Dataview's `[completion:: …]` and `(completion:: …)` after `from` taken out.
void remove_completion(std::string& s, std::size_t from) {
    for (std::string_view open : {"[completion::", "(completion::"}) {
        for (std::size_t pos; (pos = s.find(open, from)) != std::string::npos;) {
            const std::size_t close = s.find(open[0] == '[' ? ']' : ')', pos);
            if (close == std::string::npos) break;
            cut(s, pos, close + 1);
        }
    }
}

// Where a field goes before the trailing ` ^id`: the blank before it; else the end of the
// text (its blanks at the end left out).
std::size_t before_id(const std::string& s, std::size_t from) {
    std::size_t end = s.size();
    while (end > from && blank(s[end - 1])) --end;
    std::size_t start = end;
    while (start > from && (std::isalnum(static_cast<unsigned char>(s[start - 1])) || s[start - 1] == '-')) --start;
    if (start < end && start >= from + 2 && s[start - 1] == '^' && blank(s[start - 2])) return start - 2;
    return end;
}

// Where a field goes before the first of `markers` after `from` (the blank before it),
// else before the trailing ^id.
template <std::size_t N>
std::size_t before_first(const std::string& s, std::size_t from, const std::array<std::string_view, N>& markers) {
    std::size_t at = std::string::npos;
    for (auto m : markers) at = std::min(at, s.find(m, from));
    if (at == std::string::npos) return before_id(s, from);
    while (at > from && blank(s[at - 1])) --at;
    return at;
}

// The owners written after `from`: `@alias` at a word start, `[owner:: …]` (and its other
// keys), as [start, end) in order; the same words parse::split_action takes.
std::vector<std::pair<std::size_t, std::size_t>> owner_spans(const std::string& s, std::size_t from) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t pos = from; pos < s.size(); ++pos) {
        if (s[pos] == '@' && (blank(s[pos - 1]) || s[pos - 1] == '(' || s[pos - 1] == ',')) {
            std::size_t end = pos + 1;
            while (end < s.size() && !blank(s[end]) && std::string_view(",;:()[]").find(s[end]) == std::string_view::npos) ++end;
            while (end > pos + 1 && (s[end - 1] == '.' || s[end - 1] == '!')) --end;
            if (end > pos + 1) out.emplace_back(pos, end);
            pos = end - 1;
        } else if (s[pos] == '[' || s[pos] == '(') {
            for (std::string_view key : {"owner::", "owners::", "responsable::", "porteur::", "Owner::", "Responsable::"}) {
                if (s.compare(pos + 1, key.size(), key) != 0) continue;
                const std::size_t close = s.find(s[pos] == '[' ? ']' : ')', pos);
                if (close == std::string::npos) break;
                out.emplace_back(pos, close + 1);
                pos = close;
                break;
            }
        }
    }
    return out;
}

std::string owners_text(const std::vector<std::string>& owners) {
    std::string out;
    for (const auto& o : owners) {
        const std::string_view name = !o.empty() && o[0] == '@' ? std::string_view(o).substr(1) : std::string_view(o);
        const bool spaced = name.find_first_of(" \t") != std::string_view::npos;
        out += (out.empty() ? "" : " ") + (spaced ? "[owner:: " + std::string(name) + "]" : "@" + std::string(name));
    }
    return out;
}

void assign(std::string& s, std::size_t from, const std::vector<std::string>& owners) {
    const auto spans = owner_spans(s, from);
    const std::string text = owners_text(owners);
    if (spans.empty()) {
        if (!text.empty()) s.insert(before_first(s, from, k_fields), " " + text);
        return;
    }
    // From the last to the first, so that earlier offsets stay valid.
    for (std::size_t i = spans.size(); i-- > 1;) cut(s, spans[i].first, spans[i].second);
    if (text.empty()) cut(s, spans[0].first, spans[0].second);
    else s.replace(spans[0].first, spans[0].second - spans[0].first, text);
}

void redate(std::string& s, std::size_t from, util::Date date) {
    const std::string iso = util::to_iso(date);
    const parse::ActionFields fields = parse::split_action(std::string_view(s).substr(from));
    if (fields.due) {
        s.replace(from + static_cast<std::size_t>(fields.due->offset), fields.due->text.size(), iso);
        return;
    }
    s.insert(before_first(s, from, std::array{k_done, k_cancelled}), " " + std::string(k_due) + " " + iso);
}

}  // namespace

std::optional<std::string> edited_action_line(std::string_view line, const ActionEdit& edit) {
    const std::size_t mark = checkbox(line);
    if (mark == std::string_view::npos) return std::nullopt;
    std::string s(line);
    const std::size_t from = mark + 2;  // after `]`
    auto clear_dates = [&] {
        remove_dated(s, k_done, from);
        remove_dated(s, k_cancelled, from);
        remove_completion(s, from);
    };
    switch (edit.change) {
    case ActionChange::done:
    case ActionChange::cancel: {
        const bool done = edit.change == ActionChange::done;
        s[mark] = done ? 'x' : '-';
        clear_dates();
        s.insert(before_id(s, from), " " + std::string(done ? k_done : k_cancelled) + " " + util::to_iso(edit.date));
        break;
    }
    case ActionChange::reopen:
        s[mark] = ' ';
        clear_dates();
        break;
    case ActionChange::redate: redate(s, from, edit.date); break;
    case ActionChange::assign: assign(s, from, edit.owners); break;
    }
    return s;
}

EditedNote with_action_edit(std::string_view path, std::string_view bytes, int line, const ActionEdit& edit,
                            const model::Config& config) {
    EditedNote out{std::string(bytes), line, {}, {}, true};
    const auto span = line_span(bytes, line);
    if (!span) return out;
    out.before = std::string(bytes.substr(span->start, span->content_end - span->start));
    const auto after = edited_action_line(out.before, edit);
    if (!after) return out;
    std::string edited = *with_line(bytes, line, *after + std::string(bytes.substr(span->content_end, span->end - span->content_end)));

    // Read back: the same note, but for what was asked of that action.
    model::Meeting expected = read_for_edit(path, bytes, config);
    const model::Meeting got = read_for_edit(path, edited, config);
    auto at_line = [line](const model::Action& a) { return a.line == line; };
    auto a = std::find_if(expected.actions.begin(), expected.actions.end(), at_line);
    auto b = std::find_if(got.actions.begin(), got.actions.end(), at_line);
    if (a == expected.actions.end() || b == got.actions.end()) return out;
    switch (edit.change) {
    case ActionChange::done: a->status = model::ActionStatus::done; a->done_on = edit.date; break;
    case ActionChange::cancel: a->status = model::ActionStatus::cancelled; a->done_on.reset(); break;
    case ActionChange::reopen: a->status = model::ActionStatus::open; a->done_on.reset(); break;
    case ActionChange::redate: a->due = edit.date; break;
    case ActionChange::assign: {
        // The parser reads the [owner:: …] fields first, then the @aliases.
        std::vector<std::string> spaced, plain;
        for (const auto& o : edit.owners) {
            const std::string name = !o.empty() && o[0] == '@' ? o.substr(1) : o;
            (name.find_first_of(" \t") != std::string::npos ? spaced : plain).push_back(name);
        }
        a->owners = spaced;
        a->owners.insert(a->owners.end(), plain.begin(), plain.end());
        break;
    }
    }
    a->raw = b->raw;
    if (got != expected) return out;
    out.bytes = std::move(edited);
    out.after = *after;
    out.refused = false;
    return out;
}

}  // namespace dla::edit
