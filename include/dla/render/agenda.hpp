// `dla agenda` output: the days as org-mode's agenda lists them, and as iCalendar (the
// events and the due actions as VTODO). JSON is in render/json.hpp.
#pragma once

#include <string>

#include "dla/query/agenda.hpp"
#include "dla/render/ics.hpp"
#include "dla/render/style.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// « En retard » (its actions with their due date) when there are overdue actions, then
/// one paragraph per day that holds something, headed by the day in full (`lundi 29
/// avril 2024`, bold): its events (time or « journée », subject, format, place) then its
/// actions (`[ ]`, text, owners), each with `(path:line)`, dim. A day with nothing is left
/// out; nothing at all: one sentence saying so for the range.
[[nodiscard]] std::string agenda_text(const query::Agenda& agenda, const model::Config& config, util::Lang lang,
                                      const Style& style);

/// calendar_ics of the agenda's events (each once) and, as VTODO, of its actions (the
/// overdue ones included).
[[nodiscard]] std::string agenda_ics(const query::Agenda& agenda, const model::Config& config, const IcsOptions& options);

}  // namespace dla::render
