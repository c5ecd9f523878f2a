// `dla summary` output: the digest of a meeting or of a period for a terminal, as
// Markdown (for an e-mail or the network's site) and as a standalone HTML page
// (print to PDF for a funder). JSON is in render/json.hpp.
#pragma once

#include <cstddef>
#include <string>

#include "dla/model/config.hpp"
#include "dla/query/summary.hpp"
#include "dla/render/html.hpp"
#include "dla/render/news.hpp"
#include "dla/render/style.hpp"

namespace dla::render {

struct SummaryOptions {
    ReportScope scope;    // language, series and period asked, meetings held in it
    bool period = false;  // a digest of a period (--since/--until), not of one meeting
    util::Date today;
};

/// One department's news in at most `lines` lines of `width` columns, the last one
/// ending in " …" when the text goes on.
[[nodiscard]] std::string news_brief(const std::string& text, std::size_t width, std::size_t lines);

/// For a terminal: the meeting (title, date, time, format, place, theme) or the period
/// (its meetings as a table), people by organisation with their count, the excused,
/// the minute-taker, the agenda, decisions, actions raised and still open (tables
/// fitted to `width`), each department's news in two lines, the next three dates.
/// Each part says so when it is empty; a digest without a meeting is one sentence.
[[nodiscard]] std::string summary_text(const query::Summary& summary, const model::Config& config,
                                       const SummaryOptions& options, const Style& style, std::size_t width);

/// The same digest as Markdown; names and other plain text escaped, the minutes'
/// own Markdown (decisions, actions) kept.
[[nodiscard]] std::string summary_markdown(const query::Summary& summary, const model::Config& config,
                                           const SummaryOptions& options);

/// Parts of summary_markdown, in its order, which `dla export` (render/export) uses too:
/// the title with the meeting's date, times, format, place and theme (or the period and
/// its meetings); `## Présent·e·s` by organisation, the excused and the minute-taker;
/// `## Ordre du jour`; `## Actions décidées` and `## Actions toujours ouvertes` (status,
/// due date, owners, text); `## Prochaines dates`.
[[nodiscard]] std::string summary_head_markdown(const query::Summary& summary, const SummaryOptions& options);
[[nodiscard]] std::string summary_people_markdown(const query::Summary& summary, const SummaryOptions& options);
[[nodiscard]] std::string summary_agenda_markdown(const query::Summary& summary, const SummaryOptions& options);
[[nodiscard]] std::string summary_actions_markdown(const query::Summary& summary, const model::Config& config,
                                                   const SummaryOptions& options);
[[nodiscard]] std::string summary_dates_markdown(const query::Summary& summary, const SummaryOptions& options);

/// The page's header lines (dla.yaml's organisation `header`, else its name and region)
/// and footer lines (its `footer`).
void organisation_frame(HtmlPage& page, const model::Config& config);

/// The Markdown digest rendered by cmark-gfm in a standalone page, with the header
/// (organisation's `header`, else its name and region) and footer of dla.yaml.
[[nodiscard]] std::string summary_html(const query::Summary& summary, const model::Config& config,
                                       const SummaryOptions& options);

}  // namespace dla::render
