// `dla show` for people: one meeting laid out for a terminal, in the user's language.
#pragma once

#include <string>

#include "dla/model/meeting.hpp"
#include "dla/render/style.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// The meeting as readable text: heading line, people by organisation, agenda,
/// news per department, decisions, actions, dates, other sections.
[[nodiscard]] std::string meeting_text(const model::Meeting& meeting, util::Lang lang, const Style& style);

/// Inline Markdown (a news item, an action, a decision) for a terminal: bold as bold
/// when `style` has colours, plain otherwise; links as `texte (url)`; code spans without
/// their backticks (parse::markdown::inline_text).
[[nodiscard]] std::string inline_text(std::string_view markdown, const Style& style);

/// A date range the way `lang` writes it (`10 et 11 juin 2024`).
[[nodiscard]] std::string date_text(util::DateRange range, util::Lang lang);
[[nodiscard]] std::string date_text(util::Date date, util::Lang lang);
/// `10h30` in French, `10:30` in English.
[[nodiscard]] std::string time_text(util::Time time, util::Lang lang);

}  // namespace dla::render
