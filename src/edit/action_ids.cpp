#include "dla/edit/action_ids.hpp"

#include <algorithm>
#include <map>

#include "dla/edit/lines.hpp"
#include "dla/parse/front_matter.hpp"
#include "dla/parse/markdown.hpp"
#include "dla/parse/note.hpp"
#include "dla/util/text.hpp"

namespace dla::edit {

namespace md = parse::markdown;

namespace {

// File line where each list item starts → file line where its first paragraph ends; walked
// without recursion, as a list may nest 200,000 deep.
void item_ends(cmark_node* node, int first_line, std::map<int, int>& out) {
    md::walk(node, [&](cmark_node* c) {
        if (md::kind(c) == md::Kind::item) {
            for (cmark_node* p = md::first_child(c); p; p = md::next(p))
                if (md::kind(p) == md::Kind::paragraph) {
                    out.emplace(first_line + md::start_line(c) - 1, first_line + md::end_line(p) - 1);
                    break;
                }
        }
        return true;
    });
}

// `bytes` with all of `ids`, or nullopt when one of them cannot be given.
std::optional<std::string> insert_all(std::string_view path, std::string_view bytes,
                                      const std::vector<IdInsertion>& ids, const model::Config& config) {
    const std::string text = util::normalize_newlines(bytes);
    const parse::NoteParts parts = parse::split_front_matter(text);
    const md::Document doc = md::parse(parts.body);
    std::map<int, int> ends;
    item_ends(doc.get(), parts.body_first_line, ends);

    // Inserted from the end of the file backwards, so that earlier offsets stay valid.
    std::vector<std::pair<std::size_t, const IdInsertion*>> at;
    for (const auto& id : ids) {
        auto it = ends.find(id.line);
        if (it == ends.end() || id.id.empty()) return std::nullopt;
        const auto span = line_span(bytes, it->second);
        if (!span) return std::nullopt;
        at.emplace_back(span->content_end, &id);
    }
    std::sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string out(bytes);
    for (const auto& [offset, id] : at) out.insert(offset, " ^" + id->id);

    // Read back: the same note, but for the ids of those actions (and their text as written).
    model::Meeting expected = read_for_edit(path, bytes, config);
    for (const auto& id : ids) {
        auto a = std::find_if(expected.actions.begin(), expected.actions.end(),
                              [&](const model::Action& x) { return x.line == id.line; });
        if (a == expected.actions.end() || !a->id.empty() || (!id.text.empty() && a->text != id.text)) return std::nullopt;
        a->id = id.id;
        a->raw += " ^" + id.id;
    }
    if (read_for_edit(path, out, config) != expected) return std::nullopt;
    return out;
}

}  // namespace

NoteWithIds with_action_ids(std::string_view path, std::string_view bytes, const std::vector<IdInsertion>& ids,
                            const model::Config& config) {
    if (auto all = insert_all(path, bytes, ids, config)) return {std::move(*all), ids, {}};
    // One id at fault refuses only itself: the others are added one by one, each kept when
    // the note still reads back with it.
    NoteWithIds out{std::string(bytes), {}, {}};
    for (const auto& id : ids) {
        std::vector<IdInsertion> more = out.given;
        more.push_back(id);
        if (auto text = insert_all(path, bytes, more, config)) {
            out.bytes = std::move(*text);
            out.given = std::move(more);
        } else {
            out.refused.push_back(id);
        }
    }
    return out;
}

}  // namespace dla::edit
