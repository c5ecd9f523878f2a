// `dla actions` output: the table (terminal and CSV), the Markdown task list, JSON.
#pragma once

#include <string>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/query/actions.hpp"
#include "dla/render/table.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

/// Rows of status, due date, owners, text and origin; `wide` adds the id and `path:line`.
[[nodiscard]] Table actions_table(const std::vector<query::TrackedAction>& actions, const model::Config& config,
                                  util::Lang lang, bool wide);

/// A GFM task list grouped by owner, ready to paste into the next minutes.
[[nodiscard]] std::string actions_markdown(const std::vector<query::TrackedAction>& actions,
                                           const model::Config& config, util::Lang lang);

/// The status word (`ouverte`, `en retard` in red, `faite`, `annulée`) as a table cell.
[[nodiscard]] Cell action_status_cell(const query::TrackedAction& action, util::Lang lang);

/// The owners' names, full names for known aliases, comma-separated.
[[nodiscard]] std::string action_owners_text(const model::Action& action, const model::Config& config);

/// The action as one GFM / Obsidian Tasks line, without the list marker:
/// `[ ] Envoyer la trame @Claire [owner:: Jeanne Martin] 📅 2024-04-15 ✅ … ^id`.
[[nodiscard]] std::string task_line(const model::Action& action);

}  // namespace dla::render
