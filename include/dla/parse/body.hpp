// The Markdown body of a note (cmark-gfm): sections, news, decisions, actions, events.
#pragma once

#include <string_view>

#include "dla/diag/diagnostic.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::parse {

/// What a section heading is for, found by its folded title.
enum class SectionKind { news, decisions, events, followup, other };
[[nodiscard]] SectionKind section_kind(std::string_view title, const model::Config& config);
[[nodiscard]] std::string_view to_string(SectionKind kind);

/// Reads `body` (starting at file line `first_line`) into `meeting`'s news,
/// decisions, actions, events and sections. Dates without a year are read
/// relative to `meeting.date`.
void read_body(std::string_view body, int first_line, const model::Config& config,
               model::Meeting& meeting, diag::Sink& sink);

}  // namespace dla::parse
