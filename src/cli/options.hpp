// The option types shared by the commands: a date (one rule, util::parse_date_option;
// --today and DLA_TODAY the same forms, with their year) and a department (checked
// against dla.yaml), bound to CLI11 in one place, refused with one message each.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace dla::cli {

/// Adds a date option `name` (e.g. "--since") to `cmd`, kept as typed in `value`: it is
/// read by date_option once --today is known.
CLI::Option* add_date_option(CLI::App* cmd, const std::string& name, std::string& value, const std::string& description);

/// The date `text` names (util::parse_date_option with ctx.today), nullopt when empty;
/// throws util::Failure naming the option `name` when it cannot be read.
[[nodiscard]] std::optional<util::Date> date_option(const std::string& name, const std::string& text, const Context& ctx);

/// Today's date as --today or DLA_TODAY (`name`) gives it: a form date_option reads,
/// written with its year (no today to take one from); throws util::Failure otherwise,
/// with date_option's message in `lang`.
[[nodiscard]] util::Date today_option(const std::string& name, const std::string& text, util::Lang lang);

/// Adds a department option `name` ("--department") to `cmd`, kept as typed in `value`.
CLI::Option* add_department_option(CLI::App* cmd, const std::string& name, std::string& value, const std::string& description);

/// `text` when it names a department of dla.yaml (id, label or alias) or dla.yaml lists
/// none; throws util::Failure listing the ids otherwise.
[[nodiscard]] std::string department_option(const std::string& text, const Context& ctx);

/// DTSTAMP of an iCalendar file: SOURCE_DATE_EPOCH when set (reproducible builds), else
/// today at 00:00:00 UTC; `dla calendar --format ics` and `dla site`'s calendrier.ics.
/// Throws util::Failure (`calendar_bad_epoch`) for a SOURCE_DATE_EPOCH that is not a number.
[[nodiscard]] std::int64_t ics_stamp(const Context& ctx);

}  // namespace dla::cli
