// --redact (show, summary, attendance, actions, calendar, news): the option. The
// commands hide contact details in the values they read (parse::redact_contacts),
// before any of them is laid out or serialised: never in the printed text, where an
// address would run into JSON's escapes or a table's columns.
#pragma once

#include <CLI/CLI.hpp>

#include "dla/util/i18n.hpp"

namespace dla::cli {

/// Adds --redact to `cmd`, its help in `lang`.
void add_redact_flag(CLI::App* cmd, bool& redact, util::Lang lang);

}  // namespace dla::cli
