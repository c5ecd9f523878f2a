// Dates and times as people write them in minutes: the one place that reads them.
#pragma once

#include <compare>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "dla/util/i18n.hpp"

namespace dla::util {

/// A calendar day. Only valid days are ever built by this module.
struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    auto operator<=>(const Date&) const = default;
};

/// A time of day, 00:00 to 23:59.
struct Time {
    int hour = 0;
    int minute = 0;
    auto operator<=>(const Time&) const = default;
};

/// One day or several consecutive days (`10 et 11 juin 2024`); end == start for one day.
struct DateRange {
    Date start;
    Date end;
    bool operator==(const DateRange&) const = default;
};

/// A start time and an optional end time (`9h – 11h`).
struct TimeRange {
    Time start;
    std::optional<Time> end;
    bool operator==(const TimeRange&) const = default;
};

/// Why a text could not be read as a date or time: a catalogue phrase
/// (`Msg::date_no_such_day` with "2024-02-30"), rendered in the user's language later.
using DateError = Phrase;

template <typename T>
using Parsed = std::variant<T, DateError>;

/// The day if it exists (2024-02-30 does not) and its year is within 1900..2200: the
/// bounds keep typos such as `0024` or `20024` out, and every year a parser accepts.
[[nodiscard]] std::optional<Date> make_date(int year, int month, int day);

/// Days since 1970-01-01 and back.
[[nodiscard]] long to_days(Date date);
[[nodiscard]] Date from_days(long days);
[[nodiscard]] Date add_days(Date date, long days);

/// The calendar date at the instant `t` (seconds since the epoch) in the local time zone
/// (TZ, else the system's, as localtime_r reads it): "today" when no --today is given.
[[nodiscard]] Date local_date(std::time_t t);

/// 0 = Monday … 6 = Sunday.
[[nodiscard]] int weekday(Date date);

/// `2024-04-04`.
[[nodiscard]] std::string to_iso(Date date);
/// `10:30`.
[[nodiscard]] std::string to_iso(Time time);

/// Strict ISO `YYYY-MM-DD` only (for --today, front matter, 📅 due dates).
[[nodiscard]] Parsed<Date> parse_iso_date(std::string_view text);

/// Reads one day or a range of days, as people write them:
/// `2024-06-10`, `10/06/2024`, `10/06/24`, `10/06`, `10.06.2024`, `10-06-2024`,
/// `4 avril 2024`, `04 avril 2024`, `1er juillet`, `mardi 11 juin`, `le 11 juin`,
/// `11 juin`, `4 déc. 2024`, `June 11, 2024`, `11 June 2024`,
/// `Tuesday 11 June 2024`, `10 et 11 juin 2024`, `10 & 11 juin 2024`,
/// `du 10 au 12 juin 2024`, `10-11 juin 2024`, `10 au 12 juin`,
/// `30 juin au 2 juillet 2024`, `du 30 décembre 2024 au 2 janvier 2025`,
/// `10/06/2024 - 12/06/2024`, `2024-06-10/2024-06-12`.
/// Numeric dates are day first; a two-digit year is 20xx. Case, accents (`fevrier`,
/// `février`, `août`/`aout`) and surrounding spaces do not matter. A year written
/// once at the end covers the whole range, the start going back a year when its month
/// comes later (`30 décembre au 2 janvier 2025`). A date without a year takes the year
/// that puts it nearest on or after `reference` (this year or the next; a range takes
/// it from its start); with no reference a missing year is an error. Errors: a
/// weekday that does not match the date (`date_wrong_weekday` with "2024-06-11",
/// "mardi", "lundi"), a day that does not exist (`date_no_such_day` with the ISO
/// form as understood, "2024-02-30"), a range ending before it starts, two days
/// joined by "et"/"and"/"&" that do not follow each other, and anything after the
/// date (`date_trailing_text`): nothing is ignored.
[[nodiscard]] Parsed<DateRange> parse_date_range(std::string_view text,
                                                 std::optional<Date> reference);

/// As parse_date_range, but a range is an error.
[[nodiscard]] Parsed<Date> parse_date(std::string_view text, std::optional<Date> reference);

/// `10h`, `10h30`, `10 h 30`, `10:30`, `9h – 11h`, `9h-11h`, `12h30 – 13h30`,
/// `13:30-17:30`, `de 9h à 11h`, `9h à 11h`. Hours 0–23, minutes 0–59 written with
/// two digits; an end before the start is an error.
[[nodiscard]] Parsed<TimeRange> parse_time_range(std::string_view text);

/// One time only.
[[nodiscard]] Parsed<Time> parse_time(std::string_view text);

/// French as the minutes write it: `4 avril 2024`, `1er juillet 2024`,
/// `10 et 11 juin 2024`, `du 10 au 12 juin 2024`, `30 juin et 1er juillet 2024`,
/// `du 30 juin au 2 juillet 2024`, `du 30 décembre 2024 au 2 janvier 2025`.
[[nodiscard]] std::string format_french(DateRange range);
/// English: `4 April 2024`, `10 and 11 June 2024`, `10 to 12 June 2024`.
[[nodiscard]] std::string format_english(DateRange range);

/// One day in a sentence of `lang`: `15 octobre 2024`, `15 October 2024` (never ISO in a
/// French message).
[[nodiscard]] std::string format_date(Date date, Lang lang);

/// Without the year, for a reader who knows it (a review: `20 juin → 27 juin`):
/// `20 juin`, `1er juillet`, `10 et 11 juin`, `du 10 au 12 juin`,
/// `du 30 décembre au 2 janvier`. A range that would not read back so (a year or
/// more) keeps its years.
[[nodiscard]] std::string format_french_short(DateRange range);
/// `20 June`, `10 and 11 June`, `10 to 12 June`.
[[nodiscard]] std::string format_english_short(DateRange range);

/// Day first, as French reviewers write due dates: `22/04`, or `22/04/2024` with the year.
[[nodiscard]] std::string format_numeric(Date date, bool with_year);

/// `jeudi 4 avril 2024` / `Thursday 4 April 2024`.
[[nodiscard]] std::string format_long_french(Date date);
[[nodiscard]] std::string format_long_english(Date date);

/// `10h`, `10h30` (French) for a time.
[[nodiscard]] std::string format_french(Time time);

}  // namespace dla::util
