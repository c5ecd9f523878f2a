// libFuzzer target: the date and time parser (util/date.hpp) on arbitrary text, with
// properties checked on what it accepts:
//   - a range never ends before it starts, and both ends are real days;
//   - format_french / format_english of a range read back to the same range, with
//     no reference date (the year is written); the short forms read back with the
//     start as reference;
//   - to_iso and format_numeric of a date read back to the same date;
//   - a time is within 00:00..23:59 and its French and ISO forms read back;
//   - every error renders in both languages.
// A property that fails aborts with both texts on stderr: a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dla/util/date.hpp"

namespace {

using namespace dla::util;

[[noreturn]] void fail(std::string_view what, std::string_view input, std::string_view detail) {
    std::fprintf(stderr, "fuzz_date: %.*s\n  input: \"%.*s\"\n  detail: %.*s\n", static_cast<int>(what.size()),
                 what.data(), static_cast<int>(input.size()), input.data(), static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

template <typename T>
std::size_t render_error(const Parsed<T>& parsed) {
    if (const auto* e = std::get_if<DateError>(&parsed)) return e->in(Lang::fr).size() + e->in(Lang::en).size();
    return 0;
}

bool valid(Date d) { return make_date(d.year, d.month, d.day) == d; }

std::string describe(DateRange r) { return to_iso(r.start) + " .. " + to_iso(r.end); }

void check_range(std::string_view text, DateRange r) {
    if (!valid(r.start) || !valid(r.end)) fail("range with a day that does not exist", text, describe(r));
    if (r.end < r.start) fail("range ending before it starts", text, describe(r));
    for (auto [name, written] : {std::pair{"format_french", format_french(r)}, std::pair{"format_english", format_english(r)}}) {
        auto back = parse_date_range(written, std::nullopt);
        const auto* again = std::get_if<DateRange>(&back);
        if (!again || *again != r)
            fail(name, text, written + " -> " + (again ? describe(*again) : std::get<DateError>(back).in(Lang::en)));
    }
    for (auto [name, written] :
         {std::pair{"format_french_short", format_french_short(r)}, std::pair{"format_english_short", format_english_short(r)}}) {
        auto back = parse_date_range(written, r.start);
        const auto* again = std::get_if<DateRange>(&back);
        if (!again || *again != r)
            fail(name, text, written + " -> " + (again ? describe(*again) : std::get<DateError>(back).in(Lang::en)));
    }
}

void check_date(std::string_view text, Date d) {
    if (!valid(d)) fail("date that does not exist", text, to_iso(d));
    for (const std::string& written : {to_iso(d), format_numeric(d, true)}) {
        auto back = parse_date(written, std::nullopt);
        const auto* again = std::get_if<Date>(&back);
        if (!again || *again != d) fail("date does not read back", text, written);
    }
    auto iso = parse_iso_date(to_iso(d));
    if (!std::holds_alternative<Date>(iso) || std::get<Date>(iso) != d) fail("parse_iso_date(to_iso)", text, to_iso(d));
    (void)format_long_french(d);
    (void)format_long_english(d);
}

void check_time(std::string_view text, Time t) {
    if (t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59) fail("time out of range", text, to_iso(t));
    for (const std::string& written : {to_iso(t), format_french(t)}) {
        auto back = parse_time(written);
        const auto* again = std::get_if<Time>(&back);
        if (!again || *again != t) fail("time does not read back", text, written);
    }
}

volatile std::size_t g_output_size = 0;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The first byte picks the reference date (the meeting's day), or none: the
    // rest is the text. A date without a year needs a reference to be read.
    if (size == 0) return 0;
    std::optional<Date> reference;
    if (data[0] != 0) reference = add_days(Date{2024, 1, 1}, (static_cast<long>(data[0]) - 128) * 3);
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    std::size_t total = 0;
    auto range = parse_date_range(text, reference);
    if (const auto* r = std::get_if<DateRange>(&range)) check_range(text, *r);
    total += render_error(range);

    auto date = parse_date(text, reference);
    if (const auto* d = std::get_if<Date>(&date)) check_date(text, *d);
    total += render_error(date);

    auto iso = parse_iso_date(text);
    if (const auto* d = std::get_if<Date>(&iso)) check_date(text, *d);
    total += render_error(iso);

    auto times = parse_time_range(text);
    if (const auto* t = std::get_if<TimeRange>(&times)) {
        check_time(text, t->start);
        if (t->end) {
            check_time(text, *t->end);
            if (*t->end < t->start) fail("time range ending before it starts", text, to_iso(t->start));
        }
    }
    total += render_error(times);

    auto time = parse_time(text);
    if (const auto* t = std::get_if<Time>(&time)) check_time(text, *t);
    total += render_error(time);

    g_output_size = total;
    return 0;
}
