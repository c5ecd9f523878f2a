// What each department reported, across meetings: the "Tour d'actualités" of every
// set of minutes, grouped by department, newest first, for `dla news` and the news
// lines of `dla summary`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::query {

/// The news one department told at one meeting.
struct NewsEntry {
    const model::Meeting* meeting = nullptr;
    std::string department;  // the id of dla.yaml when known, else the label as written; "" = the whole network
    std::string label;       // dla.yaml's label when known, else as written; "" = the whole network
    std::vector<model::NewsItem> items;
    int line = 0;
};

struct News {
    std::vector<NewsEntry> entries;                  // by department, each newest meeting first
    std::vector<const model::Department*> silent;    // departments of dla.yaml with no entry, in its order
};

/// The news of `meetings` (any order). Entries are grouped by department: dla.yaml's
/// order first, then the departments it does not know in order of first appearance,
/// then the news of the whole network; within a department, newest meeting first.
/// With `department` (an id, label or alias, as find_department reads it; else
/// compared folded with the labels as written), only that department's entries, and
/// `silent` holds it when it has none. Entries without any item are left out.
[[nodiscard]] News collect_news(const std::vector<const model::Meeting*>& meetings, const model::Config& config,
                                std::string_view department = {});

/// A news item's Markdown as plain text: emphasis, links and code marks removed
/// (`**recrutement** <https://x.org>` → `recrutement https://x.org`).
[[nodiscard]] std::string plain_text(std::string_view markdown);

}  // namespace dla::query
