// --redact (summary, attendance, actions, show): everything the command prints, on
// stdout and stderr, with contact details hidden by util::redact_contacts. Filtered once
// where the text leaves the program, so that no renderer can forget it.
#pragma once

#include <memory>
#include <streambuf>

#include <CLI/CLI.hpp>

#include "dla/util/i18n.hpp"

namespace dla::cli {

/// Adds --redact to `cmd`, its help in `lang`.
void add_redact_flag(CLI::App* cmd, bool& redact, util::Lang lang);

/// While it lives, and when `enabled`, std::cout and std::cerr go through a filter that
/// redacts each line; the last line, even without its newline, is written when it ends.
class RedactedOutput {
public:
    RedactedOutput(util::Lang lang, bool enabled);
    ~RedactedOutput();
    RedactedOutput(const RedactedOutput&) = delete;
    RedactedOutput& operator=(const RedactedOutput&) = delete;

private:
    class Filter;
    std::unique_ptr<Filter> m_out, m_err;
};

}  // namespace dla::cli
