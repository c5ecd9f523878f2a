#include "dla/edit/lines.hpp"

#include "dla/parse/note.hpp"

namespace dla::edit {

std::optional<LineSpan> line_span(std::string_view bytes, int line) {
    int current = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
        const bool end = i == bytes.size() || bytes[i] == '\n' || bytes[i] == '\r';
        if (!end) continue;
        if (current == line) {
            std::size_t e = i;
            while (e > start && (bytes[e - 1] == ' ' || bytes[e - 1] == '\t')) --e;
            return LineSpan{start, e, i};
        }
        if (i == bytes.size()) break;
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        ++current;
        start = i + 1;
    }
    return std::nullopt;
}

std::optional<std::string> with_line(std::string_view bytes, int line, std::string_view text) {
    const auto span = line_span(bytes, line);
    if (!span) return std::nullopt;
    std::string out(bytes.substr(0, span->start));
    out += text;
    out += bytes.substr(span->end);
    return out;
}

model::Meeting read_for_edit(std::string_view path, std::string_view bytes, const model::Config& config) {
    diag::Sink sink;
    model::Meeting m = parse::parse_note(path, bytes, config, sink);
    for (auto& s : m.sections) s.markdown.clear();
    return m;
}

}  // namespace dla::edit
