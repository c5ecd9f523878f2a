// Parsing one note (front matter + body) into a Meeting, and the config file.
#pragma once

#include <string_view>
#include <vector>

#include "dla/diag/diagnostic.hpp"
#include "dla/load/repository.hpp"
#include "dla/model/config.hpp"
#include "dla/model/meeting.hpp"

namespace dla::parse {

/// Parses a note's bytes. `path` names it in the Meeting and in diagnostics.
/// Never throws on bad input: every problem becomes a diagnostic in `sink`
/// (in `config.language`), and whatever could be read is returned.
[[nodiscard]] model::Meeting parse_note(std::string_view path, std::string_view bytes,
                                        const model::Config& config, diag::Sink& sink);

/// Parses dla.yaml; problems go to `sink` and leave the defaults in place.
[[nodiscard]] model::Config parse_config(std::string_view path, std::string_view bytes,
                                         diag::Sink& sink);

/// Notes read by load, parsed in parallel; unreadable files become diagnostics.
/// The meetings keep the files' order.
struct Notes {
    std::vector<model::Meeting> meetings;
    std::vector<diag::Diagnostic> diagnostics;
};
[[nodiscard]] Notes parse_notes(const std::vector<load::SourceFile>& files, const model::Config& config);

}  // namespace dla::parse
