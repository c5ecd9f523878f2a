#include "dla/util/date.hpp"

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace dla::util;
using namespace std::string_literals;

namespace {

const char* const k_keys[] = {
#define DLA_MSG(key, fr, en) #key,
#include "dla/util/messages.def"
#undef DLA_MSG
};

const Date k_ref{2024, 4, 4};

// "date_no_such_day(2024-02-30)": the key and arguments, so a failing CHECK shows both.
std::string show(const DateError& e) {
    std::string out = k_keys[static_cast<int>(e.msg)];
    out += '(';
    for (std::size_t i = 0; i < e.args.size(); ++i) out += (i ? ", " : "") + e.args[i];
    return out + ')';
}

// "2024-06-10", "2024-06-10/2024-06-12", or the error.
std::string show(const Parsed<DateRange>& p) {
    if (auto* e = std::get_if<DateError>(&p)) return show(*e);
    const auto& r = std::get<DateRange>(p);
    return r.start == r.end ? to_iso(r.start) : to_iso(r.start) + "/" + to_iso(r.end);
}

std::string show(const Parsed<Date>& p) {
    if (auto* e = std::get_if<DateError>(&p)) return show(*e);
    return to_iso(std::get<Date>(p));
}

std::string show(const Parsed<TimeRange>& p) {
    if (auto* e = std::get_if<DateError>(&p)) return show(*e);
    const auto& r = std::get<TimeRange>(p);
    return r.end ? to_iso(r.start) + "-" + to_iso(*r.end) : to_iso(r.start);
}

std::string show(const Parsed<Time>& p) {
    if (auto* e = std::get_if<DateError>(&p)) return show(*e);
    return to_iso(std::get<Time>(p));
}

std::string range(std::string_view text) { return show(parse_date_range(text, k_ref)); }

DateRange days(Date start, long count) { return {start, add_days(start, count - 1)}; }

}  // namespace

TEST_CASE("make_date") {
    CHECK(make_date(2024, 2, 29) == Date{2024, 2, 29});
    CHECK(make_date(1900, 1, 1) == Date{1900, 1, 1});
    CHECK(make_date(2200, 12, 31) == Date{2200, 12, 31});
    CHECK_FALSE(make_date(2023, 2, 29));
    CHECK_FALSE(make_date(1900, 2, 29));  // not a leap year
    CHECK(make_date(2000, 2, 29) == Date{2000, 2, 29});
    CHECK_FALSE(make_date(2024, 4, 31));
    CHECK_FALSE(make_date(2024, 13, 1));
    CHECK_FALSE(make_date(2024, 0, 1));
    CHECK_FALSE(make_date(2024, 1, 0));
    CHECK_FALSE(make_date(2024, -1, -5));
    CHECK_FALSE(make_date(1899, 12, 31));
    CHECK_FALSE(make_date(2201, 1, 1));
    CHECK_FALSE(make_date(0, 1, 1));
}

TEST_CASE("to_days, from_days and add_days") {
    CHECK(to_days(Date{1970, 1, 1}) == 0);
    CHECK(to_days(Date{2024, 4, 4}) == 19817);
    CHECK(to_days(Date{1969, 12, 31}) == -1);
    CHECK(from_days(19817) == Date{2024, 4, 4});
    CHECK(from_days(-1) == Date{1969, 12, 31});
    CHECK(add_days(Date{2024, 2, 28}, 1) == Date{2024, 2, 29});
    CHECK(add_days(Date{2023, 2, 28}, 1) == Date{2023, 3, 1});
    CHECK(add_days(Date{2024, 12, 31}, 1) == Date{2025, 1, 1});
    CHECK(add_days(Date{2025, 1, 1}, -1) == Date{2024, 12, 31});
    CHECK(add_days(Date{2024, 1, 1}, 366) == Date{2025, 1, 1});
}

TEST_CASE("weekday") {
    CHECK(weekday(Date{2024, 4, 4}) == 3);  // Thursday
    CHECK(weekday(Date{2024, 6, 10}) == 0);
    CHECK(weekday(Date{2024, 6, 16}) == 6);
    CHECK(weekday(Date{1970, 1, 1}) == 3);
}

namespace {

// Sets TZ for one scope and puts back what it was (set or not) when it ends.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ")) m_old = old;
        ::setenv("TZ", tz, 1);
        ::tzset();
    }
    ~ScopedTimeZone() {
        if (m_old) ::setenv("TZ", m_old->c_str(), 1);
        else ::unsetenv("TZ");
        ::tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("local_date") {
    const std::time_t summer_night = 1718404200;  // 2024-06-14 22:30 UTC: 00:30 on the 15th in Paris
    const std::time_t winter_night = 1704066600;  // 2023-12-31 23:50 UTC: 00:50 on 1 January in Paris
    SUBCASE("UTC") {
        const ScopedTimeZone tz("UTC");
        CHECK(local_date(summer_night) == Date{2024, 6, 14});
        CHECK(local_date(winter_night) == Date{2023, 12, 31});
    }
    SUBCASE("Paris, summer and winter time, by rule (no tz database needed)") {
        const ScopedTimeZone tz("CET-1CEST,M3.5.0,M10.5.0/3");
        CHECK(local_date(summer_night) == Date{2024, 6, 15});
        CHECK(local_date(winter_night) == Date{2024, 1, 1});
        CHECK(local_date(summer_night - 3600) == Date{2024, 6, 14});  // 23:30 in Paris
    }
    SUBCASE("west of Greenwich: Martinique, still the day before") {
        const ScopedTimeZone tz("AST4");
        CHECK(local_date(summer_night) == Date{2024, 6, 14});
        CHECK(local_date(1718411400) == Date{2024, 6, 14});  // 2024-06-15 00:30 UTC, 20:30 in Martinique
    }
}

TEST_CASE("to_iso") {
    CHECK(to_iso(Date{2024, 4, 4}) == "2024-04-04");
    CHECK(to_iso(Date{1900, 12, 31}) == "1900-12-31");
    CHECK(to_iso(Time{9, 5}) == "09:05");
    CHECK(to_iso(Time{0, 0}) == "00:00");
    CHECK(to_iso(Time{23, 59}) == "23:59");
}

TEST_CASE("parse_iso_date") {
    SUBCASE("valid") {
        CHECK(show(parse_iso_date("2024-06-10")) == "2024-06-10");
        CHECK(show(parse_iso_date("  2024-02-29\n")) == "2024-02-29");
    }
    SUBCASE("only the strict form") {
        CHECK(show(parse_iso_date("10/06/2024")) == "date_unreadable(10/06/2024)");
        CHECK(show(parse_iso_date("2024-6-10")) == "date_unreadable(2024-6-10)");
        CHECK(show(parse_iso_date("2024-06-10T10:00")) == "date_unreadable(2024-06-10T10:00)");
        CHECK(show(parse_iso_date("2024-06-1x")) == "date_unreadable(2024-06-1x)");
    }
    SUBCASE("no such day") {
        CHECK(show(parse_iso_date("2024-02-30")) == "date_no_such_day(2024-02-30)");
        CHECK(show(parse_iso_date("2023-02-29")) == "date_no_such_day(2023-02-29)");
        CHECK(show(parse_iso_date("2024-13-01")) == "date_no_such_day(2024-13-01)");
        CHECK(show(parse_iso_date("2024-00-00")) == "date_no_such_day(2024-00-00)");
    }
    SUBCASE("year out of bounds") {
        CHECK(show(parse_iso_date("0000-01-01")) == "date_year_out_of_range(0000)");
        CHECK(show(parse_iso_date("1899-12-31")) == "date_year_out_of_range(1899)");
        CHECK(show(parse_iso_date("2201-01-01")) == "date_year_out_of_range(2201)");
    }
    SUBCASE("empty") {
        CHECK(show(parse_iso_date("")) == "date_empty()");
        CHECK(show(parse_iso_date(" \t")) == "date_empty()");
    }
}

TEST_CASE("parse_date_range") {
    SUBCASE("numeric forms, day first") {
        CHECK(range("2024-06-10") == "2024-06-10");
        CHECK(range("2024-6-1") == "2024-06-01");
        CHECK(range("10/06/2024") == "2024-06-10");
        CHECK(range("10/06/24") == "2024-06-10");
        CHECK(range("1/6/2024") == "2024-06-01");
        CHECK(range("10/06") == "2024-06-10");
        CHECK(range("10.06.2024") == "2024-06-10");
        CHECK(range("10-06-2024") == "2024-06-10");
        CHECK(range("  10/06/2024  ") == "2024-06-10");
    }
    SUBCASE("French words") {
        CHECK(range("4 avril 2024") == "2024-04-04");
        CHECK(range("04 avril 2024") == "2024-04-04");
        CHECK(range("1er juillet") == "2024-07-01");
        CHECK(range("1er février 2024") == "2024-02-01");
        CHECK(range("1ER FÉVRIER 2024") == "2024-02-01");
        // Typed in NFD (macOS, some web forms): e then U+0301 COMBINING ACUTE ACCENT.
        CHECK(range("1er fe\xCC\x81vrier 2024") == "2024-02-01");
        CHECK(range("12 aou\xCC\x82t 2024") == "2024-08-12");
        CHECK(range("me\xCC\x81rcredi 12 juin 2024") == "2024-06-12");
        CHECK(range("mardi 11 juin") == "2024-06-11");
        CHECK(range("Mardi 11 juin 2024") == "2024-06-11");
        CHECK(range("le mardi 11 juin 2024") == "2024-06-11");
        CHECK(range("mar. 11 juin 2024") == "2024-06-11");
        CHECK(range("1\xC2\xA0juillet\xE2\x80\xAF" "2024") == "2024-07-01");
    }
    SUBCASE("the ordinal as converters leave it") {
        CHECK(range("1ᵉʳ juillet 2024") == "2024-07-01");
        CHECK(range("1^{er} juillet 2024") == "2024-07-01");
        CHECK(range("1<sup>er</sup> juillet 2024") == "2024-07-01");
    }
    SUBCASE("month names, abbreviations, with or without accents") {
        CHECK(range("4 fevrier 2024") == "2024-02-04");
        CHECK(range("4 Août 2024") == "2024-08-04");
        CHECK(range("4 aout 2024") == "2024-08-04");
        CHECK(range("4 AOÛT 2024") == "2024-08-04");
        CHECK(range("4 déc. 2024") == "2024-12-04");
        CHECK(range("4 dec 2024") == "2024-12-04");
        CHECK(range("4 sept. 2024") == "2024-09-04");
        CHECK(range("4 janv. 2024") == "2024-01-04");
        CHECK(range("4 févr. 2024") == "2024-02-04");
        CHECK(range("4 avr. 2024") == "2024-04-04");
        CHECK(range("4 juil. 2024") == "2024-07-04");
        CHECK(range("4 mai 2024") == "2024-05-04");
    }
    SUBCASE("English") {
        CHECK(range("11 June 2024") == "2024-06-11");
        CHECK(range("June 11, 2024") == "2024-06-11");
        CHECK(range("June 11 2024") == "2024-06-11");
        CHECK(range("Tuesday 11 June 2024") == "2024-06-11");
        CHECK(range("Tuesday, June 11, 2024") == "2024-06-11");
        CHECK(range("June 1st") == "2024-06-01");
        CHECK(range("22nd Feb. 2024") == "2024-02-22");
        CHECK(range("Mar 11, 2024") == "2024-03-11");  // March, not "mardi"
        CHECK(range("May 3") == "2024-05-03");
    }
    SUBCASE("ranges") {
        CHECK(range("10 et 11 juin 2024") == "2024-06-10/2024-06-11");
        CHECK(range("10 & 11 juin 2024") == "2024-06-10/2024-06-11");
        CHECK(range("du 10 au 12 juin 2024") == "2024-06-10/2024-06-12");
        CHECK(range("10-11 juin 2024") == "2024-06-10/2024-06-11");
        CHECK(range("10 – 11 juin 2024") == "2024-06-10/2024-06-11");
        CHECK(range("10 — 11 juin 2024") == "2024-06-10/2024-06-11");
        CHECK(range("10 au 12 juin") == "2024-06-10/2024-06-12");
        CHECK(range("30 juin au 2 juillet 2024") == "2024-06-30/2024-07-02");
        CHECK(range("du 30 décembre 2024 au 2 janvier 2025") == "2024-12-30/2025-01-02");
        CHECK(range("30 décembre au 2 janvier 2025") == "2024-12-30/2025-01-02");
        CHECK(range("du 30 décembre 2024 au 2 janvier") == "2024-12-30/2025-01-02");
        CHECK(range("lundi 10 et mardi 11 juin 2024") == "2024-06-10/2024-06-11");
        CHECK(range("mar 11 et mer 12 juin 2024") == "2024-06-11/2024-06-12");
        CHECK(range("10/06/2024 - 12/06/2024") == "2024-06-10/2024-06-12");
        CHECK(range("10/06 au 12/06/2024") == "2024-06-10/2024-06-12");
        CHECK(range("2024-06-10/2024-06-12") == "2024-06-10/2024-06-12");
        CHECK(range("2024-06-10 au 2024-06-12") == "2024-06-10/2024-06-12");
        CHECK(range("2024-06-10 – 2024-06-12") == "2024-06-10/2024-06-12");
        CHECK(range("10-11/06/2024") == "2024-06-10/2024-06-11");
        CHECK(range("1er-3 juin 2024") == "2024-06-01/2024-06-03");
        CHECK(range("10 and 11 June 2024") == "2024-06-10/2024-06-11");
        CHECK(range("from 10 to 12 June 2024") == "2024-06-10/2024-06-12");
        CHECK(range("June 30 to July 2, 2024") == "2024-06-30/2024-07-02");
        CHECK(range("du 10 au 10 juin 2024") == "2024-06-10");
    }
    SUBCASE("missing year: on or after the reference") {
        CHECK(range("1er juillet") == "2024-07-01");
        CHECK(range("15 mars") == "2025-03-15");
        CHECK(range("4 avril") == "2024-04-04");
        CHECK(range("3 avril") == "2025-04-03");
        CHECK(range("10 au 12 juin") == "2024-06-10/2024-06-12");
        CHECK(range("30 décembre au 2 janvier") == "2024-12-30/2025-01-02");
        CHECK(range("1er au 3 mars") == "2025-03-01/2025-03-03");
        CHECK(show(parse_date_range("29 février", Date{2024, 1, 10})) == "2024-02-29");
        CHECK(show(parse_date_range("1er janvier", Date{2024, 12, 31})) == "2025-01-01");
    }
    SUBCASE("missing year without reference") {
        CHECK(show(parse_date_range("1er juillet", std::nullopt)) == "date_needs_year(1er juillet)");
        CHECK(show(parse_date_range("10 au 12 juin", std::nullopt)) == "date_needs_year(10 au 12 juin)");
        CHECK(show(parse_date_range("4 avril 2024", std::nullopt)) == "2024-04-04");
    }
    SUBCASE("days that do not exist") {
        CHECK(range("2024-02-30") == "date_no_such_day(2024-02-30)");
        CHECK(range("31/04/2024") == "date_no_such_day(2024-04-31)");
        CHECK(range("29/02/2023") == "date_no_such_day(2023-02-29)");
        CHECK(range("32 janvier") == "date_no_such_day(2025-01-32)");
        CHECK(range("0 juin 2024") == "date_no_such_day(2024-06-00)");
        CHECK(range("10/13/2024") == "date_no_such_day(2024-13-10)");
        CHECK(range("29 février") == "date_no_such_day(2025-02-29)");
        CHECK(range("30 au 31 avril 2024") == "date_no_such_day(2024-04-31)");
        CHECK(range("2024-02-29") == "2024-02-29");
    }
    SUBCASE("years out of bounds") {
        CHECK(range("0000-01-01") == "date_year_out_of_range(0000)");
        CHECK(range("4 avril 1850") == "date_year_out_of_range(1850)");
        CHECK(range("30 décembre au 2 janvier 1900") == "date_year_out_of_range(1899)");
        CHECK(show(parse_date_range("1er janvier", Date{2200, 12, 31})) == "date_year_out_of_range(2201)");
    }
    SUBCASE("weekday that does not match") {
        CHECK(range("lundi 11 juin 2024") == "date_wrong_weekday(11 juin 2024, mardi, lundi)");
        CHECK(range("Monday 11 June 2024") == "date_wrong_weekday(11 June 2024, Tuesday, Monday)");
        CHECK(range("lundi 10 et lundi 11 juin 2024") == "date_wrong_weekday(11 juin 2024, mardi, lundi)");
        CHECK(range("jeu 4 avril") == "2024-04-04");
    }
    SUBCASE("ranges that are wrong") {
        CHECK(range("12 au 10 juin 2024") == "date_range_backwards(12 au 10 juin 2024)");
        CHECK(range("12 au 10 juin") == "date_range_backwards(12 au 10 juin)");
        CHECK(range("2024-06-12/2024-06-10") == "date_range_backwards(2024-06-12/2024-06-10)");
        CHECK(range("10 et 12 juin 2024") == "date_not_consecutive(10 et 12 juin 2024)");
        CHECK(range("du 10 et 11 juin 2024") == "date_unreadable(du 10 et 11 juin 2024)");
        CHECK(range("du 4 avril 2024") == "date_unreadable(du 4 avril 2024)");
    }
    SUBCASE("trailing text") {
        CHECK(range("4 avril 2024 matin") == "date_trailing_text(matin)");
        CHECK(range("4 avril 2024, 10h") == "date_trailing_text(, 10h)");
        CHECK(range("10 juin 2024 et") == "date_trailing_text(et)");
        CHECK(range("4 avril 24") == "date_trailing_text(24)");
        CHECK(range("10/06/2024.") == "date_trailing_text(.)");
        CHECK(range("10 / 06 / 2024") == "date_unreadable(10 / 06 / 2024)");
    }
    SUBCASE("unreadable") {
        CHECK(range("demain") == "date_unreadable(demain)");
        CHECK(range("10") == "date_unreadable(10)");
        CHECK(range("10 et") == "date_unreadable(10 et)");
        CHECK(range("juin 2024") == "date_unreadable(juin 2024)");
        CHECK(range("2er juin") == "date_unreadable(2er juin)");
        CHECK(range("10-06") == "date_unreadable(10-06)");
        CHECK(range("10/06/2024/2024-06-12") == "date_trailing_text(/2024-06-12)");
        CHECK(range("004 avril 2024") == "date_unreadable(004 avril 2024)");
    }
    SUBCASE("empty") {
        CHECK(range("") == "date_empty()");
        CHECK(range(" \t\n") == "date_empty()");
        CHECK(range("\xC2\xA0") == "date_empty()");
    }
}

TEST_CASE("parse_date") {
    SUBCASE("one day") {
        CHECK(show(parse_date("mardi 11 juin", k_ref)) == "2024-06-11");
        CHECK(show(parse_date("2024-06-10", std::nullopt)) == "2024-06-10");
    }
    SUBCASE("a range is an error") {
        CHECK(show(parse_date("10 et 11 juin 2024", k_ref)) == "date_range_not_allowed(10 et 11 juin 2024)");
        CHECK(show(parse_date("du 10 au 10 juin 2024", k_ref)) == "date_range_not_allowed(du 10 au 10 juin 2024)");
    }
    SUBCASE("errors of parse_date_range") {
        CHECK(show(parse_date("31/04/2024", k_ref)) == "date_no_such_day(2024-04-31)");
        CHECK(show(parse_date("4 avril 2024 matin", k_ref)) == "date_trailing_text(matin)");
        CHECK(show(parse_date("", k_ref)) == "date_empty()");
    }
}

TEST_CASE("parse_time_range") {
    auto times = [](std::string_view text) { return show(parse_time_range(text)); };
    SUBCASE("one time") {
        CHECK(times("10h") == "10:00");
        CHECK(times("10h30") == "10:30");
        CHECK(times("10 h 30") == "10:30");
        CHECK(times("10H30") == "10:30");
        CHECK(times("10:30") == "10:30");
        CHECK(times("10h00") == "10:00");
        CHECK(times("9h05") == "09:05");
        CHECK(times("0h") == "00:00");
        CHECK(times("23:59") == "23:59");
    }
    SUBCASE("ranges") {
        CHECK(times("9h – 11h") == "09:00-11:00");
        CHECK(times("9h-11h") == "09:00-11:00");
        CHECK(times("12h30 – 13h30") == "12:30-13:30");
        CHECK(times("13:30-17:30") == "13:30-17:30");
        CHECK(times("de 9h à 11h") == "09:00-11:00");
        CHECK(times("De 9h a 11h") == "09:00-11:00");
        CHECK(times("9h à 11h") == "09:00-11:00");
        CHECK(times("10h – 10h") == "10:00-10:00");
    }
    SUBCASE("out of range") {
        CHECK(times("24h") == "time_out_of_range(24h)");
        CHECK(times("10h60") == "time_out_of_range(10h60)");
        CHECK(times("9h – 25h") == "time_out_of_range(25h)");
        CHECK(times("99:99 - 10h") == "time_out_of_range(99:99)");
    }
    SUBCASE("unreadable") {
        CHECK(times("10") == "time_unreadable(10)");
        CHECK(times("10h5") == "time_unreadable(10h5)");
        CHECK(times("10:5") == "time_unreadable(10:5)");
        CHECK(times("10h300") == "time_unreadable(10h300)");
        CHECK(times("100h") == "time_unreadable(100h)");
        CHECK(times("de 9h") == "time_unreadable(de 9h)");
        CHECK(times("9h –") == "time_unreadable(9h –)");
        CHECK(times("10h matin") == "time_unreadable(10h matin)");
        CHECK(times("midi") == "time_unreadable(midi)");
    }
    SUBCASE("end before start") {
        CHECK(times("11h-9h") == "time_range_backwards(11h-9h)");
    }
    SUBCASE("empty") {
        CHECK(times("") == "time_empty()");
        CHECK(times("  ") == "time_empty()");
    }
}

TEST_CASE("parse_time") {
    CHECK(show(parse_time("10h30")) == "10:30");
    CHECK(show(parse_time(" 9:05 ")) == "09:05");
    CHECK(show(parse_time("9h – 11h")) == "time_range_not_allowed(9h – 11h)");
    CHECK(show(parse_time("25h")) == "time_out_of_range(25h)");
    CHECK(show(parse_time("")) == "time_empty()");
}

TEST_CASE("format_french") {
    SUBCASE("dates") {
        CHECK(format_french(days({2024, 4, 4}, 1)) == "4 avril 2024");
        CHECK(format_french(days({2024, 7, 1}, 1)) == "1er juillet 2024");
        CHECK(format_french(days({2024, 6, 10}, 2)) == "10 et 11 juin 2024");
        CHECK(format_french(days({2024, 6, 10}, 3)) == "du 10 au 12 juin 2024");
        CHECK(format_french(days({2024, 6, 1}, 3)) == "du 1er au 3 juin 2024");
        CHECK(format_french(days({2024, 6, 30}, 2)) == "30 juin et 1er juillet 2024");
        CHECK(format_french(days({2024, 6, 30}, 3)) == "du 30 juin au 2 juillet 2024");
        CHECK(format_french(days({2024, 12, 30}, 4)) == "du 30 décembre 2024 au 2 janvier 2025");
        CHECK(format_french(days({2024, 12, 31}, 2)) == "31 décembre 2024 et 1er janvier 2025");
        CHECK(format_french(DateRange{{2024, 6, 10}, {2025, 6, 12}}) == "du 10 juin 2024 au 12 juin 2025");
    }
    SUBCASE("times") {
        CHECK(format_french(Time{10, 0}) == "10h");
        CHECK(format_french(Time{10, 30}) == "10h30");
        CHECK(format_french(Time{9, 5}) == "9h05");
        CHECK(format_french(Time{0, 0}) == "0h");
    }
}

TEST_CASE("format_english") {
    CHECK(format_english(days({2024, 4, 4}, 1)) == "4 April 2024");
    CHECK(format_english(days({2024, 7, 1}, 1)) == "1 July 2024");
    CHECK(format_english(days({2024, 6, 10}, 2)) == "10 and 11 June 2024");
    CHECK(format_english(days({2024, 6, 10}, 3)) == "10 to 12 June 2024");
    CHECK(format_english(days({2024, 6, 30}, 3)) == "30 June to 2 July 2024");
    CHECK(format_english(days({2024, 12, 30}, 4)) == "30 December 2024 to 2 January 2025");
}

TEST_CASE("format_french_short") {
    CHECK(format_french_short(days({2024, 6, 20}, 1)) == "20 juin");
    CHECK(format_french_short(days({2024, 7, 1}, 1)) == "1er juillet");
    CHECK(format_french_short(days({2024, 6, 10}, 2)) == "10 et 11 juin");
    CHECK(format_french_short(days({2024, 6, 10}, 3)) == "du 10 au 12 juin");
    CHECK(format_french_short(days({2024, 6, 30}, 2)) == "30 juin et 1er juillet");
    CHECK(format_french_short(days({2024, 12, 30}, 4)) == "du 30 décembre au 2 janvier");
    // A year or more apart, the years are said: without them it would read as three days.
    CHECK(format_french_short(DateRange{{2024, 6, 10}, {2025, 6, 12}}) == "du 10 juin 2024 au 12 juin 2025");
    CHECK(format_french_short(DateRange{{2024, 1, 3}, {2025, 1, 1}}) == "du 3 janvier 2024 au 1er janvier 2025");
    CHECK(format_english_short(DateRange{{2024, 6, 10}, {2026, 1, 2}}) == "10 June 2024 to 2 January 2026");
}

TEST_CASE("format_english_short") {
    CHECK(format_english_short(days({2024, 6, 20}, 1)) == "20 June");
    CHECK(format_english_short(days({2024, 6, 10}, 2)) == "10 and 11 June");
    CHECK(format_english_short(days({2024, 6, 30}, 3)) == "30 June to 2 July");
}

TEST_CASE("format_numeric") {
    CHECK(format_numeric({2024, 4, 22}, false) == "22/04");
    CHECK(format_numeric({2024, 4, 22}, true) == "22/04/2024");
    CHECK(format_numeric({2025, 1, 2}, true) == "02/01/2025");
    // What it writes, the parser reads back.
    CHECK(show(parse_date(format_numeric({2025, 1, 2}, true), std::nullopt)) == "2025-01-02");
}

TEST_CASE("format_long_french") {
    CHECK(format_long_french({2024, 4, 4}) == "jeudi 4 avril 2024");
    CHECK(format_long_french({2024, 7, 1}) == "lundi 1er juillet 2024");
    CHECK(format_long_french({2024, 8, 18}) == "dimanche 18 août 2024");
}

TEST_CASE("format_long_english") {
    CHECK(format_long_english({2024, 4, 4}) == "Thursday 4 April 2024");
    CHECK(format_long_english({2024, 7, 1}) == "Monday 1 July 2024");
}

TEST_CASE("formatting then parsing gives back the same dates") {
    // Every start from 2023-12-01 to 2025-03-31 (two year ends, 29 February 2024),
    // lengths across a month and a year end.
    int failures = 0;
    for (Date start = {2023, 12, 1}; start <= Date{2025, 3, 31}; start = add_days(start, 1)) {
        for (long length : {1, 2, 3, 5, 32, 367}) {
            DateRange r = days(start, length);
            for (const std::string& text : {format_french(r), format_english(r)}) {
                bool same = parse_date_range(text, std::nullopt) == Parsed<DateRange>(r) &&
                            parse_date_range(text, Date{2030, 1, 1}) == Parsed<DateRange>(r);
                if (!same && ++failures <= 5) FAIL_CHECK(text);
            }
        }
        for (const std::string& text : {format_long_french(start), format_long_english(start)})
            if (parse_date(text, std::nullopt) != Parsed<Date>(start) && ++failures <= 5) FAIL_CHECK(text);
        if (parse_iso_date(to_iso(start)) != Parsed<Date>(start) && ++failures <= 5) FAIL_CHECK(to_iso(start));
    }
    CHECK(failures == 0);
}

TEST_CASE("times: formatting then parsing") {
    int failures = 0;
    for (int h = 0; h < 24; ++h)
        for (int m = 0; m < 60; ++m)
            for (const std::string& text : {format_french(Time{h, m}), to_iso(Time{h, m})})
                if (parse_time(text) != Parsed<Time>(Time{h, m}) && ++failures <= 5) FAIL_CHECK(text);
    CHECK(failures == 0);
}

TEST_CASE("messages") {
    CHECK(std::get<DateError>(parse_date_range("lundi 11 juin 2024", k_ref)).in(Lang::fr) ==
          "le 11 juin 2024 est un mardi, pas un lundi");
    CHECK(std::get<DateError>(parse_date_range("Monday 11 June 2024", k_ref)).in(Lang::en) ==
          "11 June 2024 is a Tuesday, not a Monday");
    CHECK(std::get<DateError>(parse_date_range("4 avril 2024 matin", k_ref)).in(Lang::fr) ==
          "texte inattendu après la date : « matin »");
    CHECK(std::get<DateError>(parse_date_range("10 et 12 juin", k_ref)).in(Lang::en) ==
          "the two days are not consecutive: \"10 et 12 juin\"");
}

TEST_CASE("hostile input") {
    SUBCASE("long texts are quoted cut short") {
        std::string digits(1'000'000, '7');
        CHECK(range(digits) == "date_unreadable(" + std::string(60, '7') + "…)");
        CHECK(show(parse_time_range(digits)) == "time_unreadable(" + std::string(60, '7') + "…)");
        CHECK(range("4 avril 2024 " + std::string(1'000'000, '/')) ==
              "date_trailing_text(" + std::string(60, '/') + "…)");
        CHECK(range(std::string(1'000'000, '-')).starts_with("date_unreadable("));
        CHECK(range(std::string(1'000'000, 'a')).starts_with("date_unreadable("));
        CHECK(range("99999999999999999999/06/2024") == "date_unreadable(99999999999999999999/06/2024)");
        CHECK(show(parse_time("99999999999h")) == "time_unreadable(99999999999h)");
    }
    SUBCASE("invalid UTF-8, NUL and control bytes are shown as U+FFFD") {
        CHECK(range("4 avril 2024 \xFF\xFE") == "date_trailing_text(\xEF\xBF\xBD\xEF\xBF\xBD)");
        CHECK(range("4 avril\xC3") == "date_trailing_text(\xEF\xBF\xBD)");
        CHECK(range("4 avril 2024\0x"s) == "date_trailing_text(\xEF\xBF\xBDx)");
        CHECK(range("\xE2\x80") == "date_unreadable(\xEF\xBF\xBD\xEF\xBF\xBD)");
        CHECK(range("4 \xC3\xA9\x80vril") == "date_unreadable(4 é\xEF\xBF\xBDvril)");
    }
    SUBCASE("random texts: no crash, and every success is a real range") {
        const char* const pieces[] = {"juin", "déc.", "Février", "March", "1er", "et", "au", "du", "-", "–",
                                      "/", ".", ",", ":", "h", "mardi", "Monday", "à", "\xFF", "\xC3", "ᵉʳ",
                                      "&", "2024-06-10", "le", "de", "10/06", "/2024", "\0"};
        std::uint32_t seed = 12345;
        auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
        int failures = 0;
        for (int n = 0; n < 20000; ++n) {
            // Numbers half the time, pieces of dates otherwise, mostly spaced.
            std::string text;
            for (std::uint32_t k = next() % 5 + 1; k > 0; --k) {
                std::uint32_t r = next() >> 8;
                text += r % 5 == 0 ? "" : " ";
                text += r % 2 ? std::to_string(r / 8 % 4 == 0 ? 2024 + r / 32 % 2 : r / 8 % 32)
                              : std::string(pieces[r / 2 % std::size(pieces)]);
            }
            auto r = parse_date_range(text, k_ref);
            (void)parse_time_range(text);
            if (auto* d = std::get_if<DateRange>(&r)) {
                bool sane = make_date(d->start.year, d->start.month, d->start.day) &&
                            make_date(d->end.year, d->end.month, d->end.day) && d->start <= d->end &&
                            parse_date_range(format_french(*d), std::nullopt) == r;
                if (!sane && ++failures <= 5) FAIL_CHECK(text);
            }
        }
        CHECK(failures == 0);
    }
}
