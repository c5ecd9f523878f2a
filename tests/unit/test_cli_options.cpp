// The option types of the command line (src/cli/options.hpp) and the one printer of
// `dla: error:` (src/cli/error.hpp).
#include "cli/options.hpp"

#include <sstream>

#include <doctest/doctest.h>

#include "cli/error.hpp"
#include "dla/util/failure.hpp"

using namespace dla;
using util::Date;

namespace {

template <typename F>
std::string failure_text(F f, util::Lang lang = util::Lang::fr) {
    try {
        f();
    } catch (const util::Failure& e) {
        return e.phrase().in(lang);
    }
    return "no failure";
}

cli::Context context(util::Lang lang = util::Lang::fr) {
    cli::Context ctx;
    ctx.today = Date{2024, 6, 1};
    ctx.lang = lang;
    ctx.workspace.config.departments = {{"59", "DLA 59 Nord", "Association Alpha", {"Nord"}},
                                        {"62", "DLA 62 Pas-de-Calais", "", {}}};
    model::index_directory(ctx.workspace.config);
    return ctx;
}

std::string iso(const std::optional<Date>& d) { return d ? util::to_iso(*d) : "none"; }

}  // namespace

TEST_CASE("date_option: one rule and one message for every date option") {
    const auto ctx = context();
    CHECK(iso(cli::date_option("--since", "", ctx)) == "none");
    CHECK(iso(cli::date_option("--since", "2024-04-01", ctx)) == "2024-04-01");
    CHECK(iso(cli::date_option("--due-before", "1er janvier", ctx)) == "2024-01-01");  // the year nearest today
    CHECK(iso(cli::date_option("--to", "01/04/2024", ctx)) == "2024-04-01");
    CHECK(failure_text([&] { (void)cli::date_option("--due-before", "demain", ctx); }) ==
          "--due-before attend une date (2024-06-10, 10 juin 2024…) : date illisible : « demain »");
    CHECK(failure_text([&] { (void)cli::date_option("--from", "31/06/2024", ctx); }) ==
          "--from attend une date (2024-06-10, 10 juin 2024…) : ce jour n'existe pas : 2024-06-31");
    CHECK(failure_text([&] { (void)cli::date_option("--date", "31/06/2024", context(util::Lang::en)); }, util::Lang::en) ==
          "--date expects a date (2024-06-10, 10 June 2024…): no such day: 2024-06-31");
}

TEST_CASE("today_option: the forms of date_option, with their year") {
    using util::Lang;
    CHECK(util::to_iso(cli::today_option("--today", "2024-06-10", Lang::fr)) == "2024-06-10");
    CHECK(util::to_iso(cli::today_option("--today", "10 juin 2024", Lang::fr)) == "2024-06-10");
    CHECK(util::to_iso(cli::today_option("DLA_TODAY", "10/06/2024", Lang::fr)) == "2024-06-10");
    // Refused with date_option's message, naming where the date came from.
    CHECK(failure_text([] { (void)cli::today_option("--today", "2024-13-01", Lang::fr); }) ==
          "--today attend une date (2024-06-10, 10 juin 2024…) : ce jour n'existe pas : 2024-13-01");
    CHECK(failure_text([] { (void)cli::today_option("DLA_TODAY", "hier", Lang::fr); }) ==
          "DLA_TODAY attend une date (2024-06-10, 10 juin 2024…) : date illisible : « hier »");
    // No today to take a year from.
    CHECK(failure_text([] { (void)cli::today_option("--today", "10 juin", Lang::fr); }) ==
          "--today attend une date (2024-06-10, 10 juin 2024…) : année manquante : « 10 juin »");
}

TEST_CASE("department_option: a department of dla.yaml, by id, label or alias") {
    const auto ctx = context();
    CHECK(cli::department_option("", ctx).empty());
    CHECK(cli::department_option("59", ctx) == "59");
    CHECK(cli::department_option("DLA 62 Pas-de-Calais", ctx) == "DLA 62 Pas-de-Calais");
    CHECK(cli::department_option("Nord", ctx) == "Nord");
    CHECK(failure_text([&] { (void)cli::department_option("99", ctx); }) == "--department « 99 » : département inconnu ; départements de dla.yaml : 59, 62");
    CHECK(failure_text([&] { (void)cli::department_option("99", ctx); }, util::Lang::en) == "--department \"99\": unknown department; departments of dla.yaml: 59, 62");
    auto none = context();
    none.workspace.config.departments.clear();
    model::index_directory(none.workspace.config);
    CHECK(cli::department_option("99", none) == "99");  // dla.yaml lists none: nothing to check against
}

TEST_CASE("print_error, print_warning: the one way to say it") {
    std::ostringstream out;
    cli::print_error("« shwo » n'est pas une commande de dla", out);
    cli::print_warning("notes/a.md a changé", out);
    CHECK(out.str() == "dla: error: « shwo » n'est pas une commande de dla\ndla: warning: notes/a.md a changé\n");
}
