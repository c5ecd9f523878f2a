#include "dla/util/date_option.hpp"

#include <cstdlib>

namespace dla::util {

Parsed<Date> parse_date_option(std::string_view text, Date today) {
    // A reference on 1 January makes parse_date give that year to a yearless date: the
    // years around today's are tried and the nearest date kept. A date with its year
    // reads the same whatever the reference.
    Parsed<Date> this_year = parse_date(text, Date{today.year, 1, 1});
    const Date* best = std::get_if<Date>(&this_year);
    Parsed<Date> others[] = {parse_date(text, Date{today.year - 1, 1, 1}), parse_date(text, Date{today.year + 1, 1, 1})};
    for (const auto& other : others) {
        const Date* d = std::get_if<Date>(&other);
        if (!d) continue;
        if (!best || std::labs(to_days(*d) - to_days(today)) < std::labs(to_days(*best) - to_days(today))) best = d;
    }
    if (!best) return this_year;
    return *best;
}

}  // namespace dla::util
