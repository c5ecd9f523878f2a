// `dla news` output: each department's news across meetings, newest first, for a
// terminal (wrapped to its width) and as Markdown (JSON is in render/json.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dla/query/news.hpp"
#include "dla/render/style.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// What the report covers, for its sentences ("no news since…").
struct ReportScope {
    util::Lang lang = util::Lang::fr;
    std::string series;
    std::optional<util::Date> since;
    std::optional<util::Date> until;
    std::size_t meetings = 0;  // meetings held in scope; 0 makes the report say so
};

/// "du 1er janvier 2024 au 31 mai 2024", "depuis le …", "jusqu'au …", with the series;
/// "" when the scope has no bound.
[[nodiscard]] std::string scope_text(const ReportScope& scope);

/// The sentence for a scope without a meeting: "Aucune réunion tenue ne correspond (…)."
[[nodiscard]] std::string no_meeting_text(const ReportScope& scope);

/// `text` cut into lines that fit `width` columns (0: one line), the first starting
/// with `first`, the next ones with `next`; each line ends with a newline.
[[nodiscard]] std::string wrapped(std::string_view first, std::string_view next, const std::string& text,
                                  std::size_t width);

/// The department's name to show: its label, or "Réseau" for the news of the whole network.
[[nodiscard]] std::string department_name(const query::NewsEntry& entry, util::Lang lang);

/// Department by department, each meeting (date — title) newest first, its items as
/// plain text, wrapped to `width`; then the departments of dla.yaml that told nothing.
/// Says so plainly when there is no meeting, no news, or nothing from the department asked.
[[nodiscard]] std::string news_text(const query::News& news, const ReportScope& scope, bool one_department,
                                    const Style& style, std::size_t width);

/// The same as Markdown: `## DLA 59 Nord`, `### InterDLA N°4 — 16 mai 2024`, the items
/// as written (their Markdown kept), sub-items nested.
[[nodiscard]] std::string news_markdown(const query::News& news, const ReportScope& scope, bool one_department);

}  // namespace dla::render
