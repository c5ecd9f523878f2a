#include "dla/query/meetings.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "dla/util/text.hpp"

namespace dla::query {

std::vector<const model::Meeting*> by_date(const std::vector<model::Meeting>& meetings) {
    std::vector<const model::Meeting*> out;
    out.reserve(meetings.size());
    for (const auto& m : meetings) out.push_back(&m);
    // The path as a view: the tuple of a copy per comparison was most of the sort.
    auto key = [](const model::Meeting* m) {
        return std::make_tuple(!m->date.has_value(), m->date.value_or(util::Date{}), std::string_view(m->path));
    };
    std::stable_sort(out.begin(), out.end(), [&](const model::Meeting* a, const model::Meeting* b) { return key(a) < key(b); });
    return out;
}

const model::Meeting* newest(const std::vector<model::Meeting>& meetings) {
    const model::Meeting* best = nullptr;
    for (const auto& m : meetings) {
        if (!m.date) continue;
        if (!best || std::tie(*m.date, m.path) > std::tie(*best->date, best->path)) best = &m;
    }
    return best;
}

std::vector<diag::Diagnostic> check_collection(const std::vector<model::Meeting>& meetings, util::Lang lang) {
    diag::Sink sink;
    std::map<std::pair<std::string, int>, const model::Meeting*> first;
    for (const model::Meeting* m : by_date(meetings)) {
        if (!m->number || m->series.empty()) continue;
        auto key = std::make_pair(util::fold(m->series), *m->number);
        auto [it, inserted] = first.emplace(key, m);
        if (inserted) continue;
        auto line = m->field_lines.find("number");
        sink.report(m->path, line == m->field_lines.end() ? 1 : line->second, 0, "duplicate-number",
                    util::tr(lang, util::Msg::duplicate_number, *m->number, m->series, it->second->path));
    }
    return sink.take();
}

}  // namespace dla::query
