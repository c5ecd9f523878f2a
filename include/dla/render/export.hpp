// `dla export`: the complete minutes of one meeting as a document to send — Markdown
// (for pandoc and the text of an e-mail), a standalone HTML page (for a browser, for
// Chromium to print as PDF, and for `dla site`), and the draft e-mail around them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/query/summary.hpp"
#include "dla/render/html.hpp"
#include "dla/render/mail.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

struct ExportOptions {
    util::Lang lang = util::Lang::fr;
    util::Date today;
    std::vector<PageLink> links = {};  // the page's navigation, supplied by the caller (`dla site`)
};

/// The complete minutes as GitHub-flavoured Markdown: the title with date, times, format,
/// place and theme; attendees by organisation, the excused, the minute-taker; the agenda;
/// then every section of the note in the author's order, its Markdown as written (a
/// level-1 heading written as level 2, under the document's title); the actions raised
/// and those still open (status, due date, owners); the next dates from `today` unless
/// the note has its own table of dates (a section of kind `events`).
/// `summary` is query::summarise of the meeting alone.
[[nodiscard]] std::string export_markdown(const model::Meeting& meeting, const query::Summary& summary,
                                          const model::Config& config, const ExportOptions& options);

/// The same minutes as a standalone page (html_page): dla.yaml's header and footer, the
/// meeting's date at the right of the header, the body from export_markdown (cmark-gfm,
/// links kept) and its parts for a template of the repository: `head`, `people`, `agenda`,
/// `sections`, `actions`, `dates`. `template_text` empty: the built-in page.
[[nodiscard]] std::string export_html(const model::Meeting& meeting, const query::Summary& summary,
                                      const model::Config& config, const ExportOptions& options,
                                      std::string_view template_text = {}, std::string_view template_name = {});

/// « Compte rendu InterDLA N°4 — 4 avril 2024 » (« Minutes of InterDLA N°4 — 4 April 2024 »).
[[nodiscard]] std::string export_subject(const model::Meeting& meeting, util::Lang lang);

/// The note's file name with `extension`: `2024-04-04-interdla-4.pdf`.
[[nodiscard]] std::string export_file_name(const model::Meeting& meeting, std::string_view extension);

/// Who receives the e-mail: the series' members of dla.yaml (names or aliases resolved
/// through the directory), else the meeting's attendees; each person once, in that order.
struct Recipients {
    std::vector<Mailbox> to;                // those whose directory entry has an e-mail address
    std::vector<std::string> without_email;  // the others, as the directory names them
};
[[nodiscard]] Recipients export_recipients(const model::Meeting& meeting, const model::Config& config);

/// The draft e-mail (render/mail): export_subject, To: `recipients`, the Markdown as its
/// text and the page as its HTML alternative, `calendar` (iCalendar, may be empty: no
/// attachment) attached as `prochaines-dates.ics`; its Message-ID and boundaries made
/// from the note's path and `today`, its Date `today` at midnight UTC, so that the same
/// note and day give the same bytes.
[[nodiscard]] Mail export_mail(const model::Meeting& meeting, const std::vector<Mailbox>& recipients,
                               std::string markdown, std::string html, std::string calendar,
                               const ExportOptions& options);

}  // namespace dla::render
