// `dla site`: the static site of a whole repository — home, one page per meeting (the
// export page with links to its neighbours), actions, calendar, attendance and news —
// as files in memory, the same bytes for the same notes, configuration and day.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dla/load/site.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

using load::SiteFile;

struct SiteOptions {
    util::Lang lang = util::Lang::fr;
    util::Date today;
    std::int64_t ics_stamp = 0;  // DTSTAMP of calendrier.ics, as `dla calendar --format ics` gives it
    /// The repository's templates/site/NAME.html by NAME (`page`, `index`, `meeting`,
    /// `actions`, `calendar`, `attendance`, `news`, `meetings`): a page is rendered through
    /// its own NAME, else `page`, else the built-in site template.
    std::map<std::string, std::string> templates = {};
};

/// The page of each meeting: its note's file name, folded (util::fold) and made of ASCII
/// letters, digits and `-` only, with `.html` (`2024-04-04-interdla-4.html`, `reunion-ete.html`),
/// `-2`, `-3`… added when two notes share a name or a name is one of the site's own pages.
/// One name per meeting, in the order of `meetings`.
[[nodiscard]] std::vector<std::string> site_meeting_files(const std::vector<model::Meeting>& meetings);

/// The built-in site template: the export page's template, its stylesheet linked as
/// `style.css` instead of written in each page.
[[nodiscard]] std::string site_page_template();

/// Every file of the site, sorted by name: `index.html` (next dates, overdue actions, the
/// latest minutes), one page per meeting (export_html, with links home and to the previous
/// and next meetings of its series), `reunions.html` (every meeting by series),
/// `actions.html` (open actions by owner and by department, overdue marked, each linked to
/// the meetings that raised and followed it), `calendrier.html` and `calendrier.ics`
/// (upcoming_events and calendar_ics as `dla calendar --format ics`), `presences.html`
/// (attendance by person, organisation and department), `nouvelles.html` (news by
/// department) and `style.css` (the export page's stylesheet and the navigation's).
/// Links are relative. Throws util::Failure for a template that is not valid Mustache.
[[nodiscard]] std::vector<SiteFile> site_files(const std::vector<model::Meeting>& meetings, const model::Config& config,
                                               const SiteOptions& options);

}  // namespace dla::render
