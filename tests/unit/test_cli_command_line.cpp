// The command line as main parses it (src/cli/command_line.hpp): the table of commands
// and their traits, the global options, the usage errors.
#include "cli/command_line.hpp"

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "cli/usage_error.hpp"

using namespace dla;
using util::Lang;

namespace {

// Parses `args` (after "dla") into `line`; the usage error said, as main says it, when
// the parse fails, else empty.
std::string parse_line(cli::CommandLine& line, std::vector<std::string> args, Lang lang = Lang::fr) {
    args.insert(args.begin(), "dla");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    try {
        line.app.parse(static_cast<int>(argv.size()), argv.data());
        return {};
    } catch (const CLI::ParseError& e) {
        std::ostringstream err;
        auto* old = std::cerr.rdbuf(err.rdbuf());
        const int status = cli::usage_error(line.app, e, static_cast<int>(argv.size()), argv.data(), lang);
        std::cerr.rdbuf(old);
        return err.str() + "status " + std::to_string(status);
    }
}

cli::Traits traits(std::vector<std::string> args) {
    cli::CommandLine line(Lang::fr);
    const std::string error = parse_line(line, std::move(args));
    REQUIRE(error.empty());
    return cli::selected_traits(line.app);
}

}  // namespace

TEST_CASE("k_commands: every command of dla, in the order of dla --help") {
    cli::CommandLine line(Lang::fr);
    std::vector<std::string> registered, table;
    for (const CLI::App* sub : line.app.get_subcommands([](const CLI::App*) { return true; })) registered.push_back(sub->get_name());
    for (const auto& c : cli::k_commands) table.emplace_back(c.name);
    CHECK(registered == table);
}

TEST_CASE("selected_traits: the table's traits of the command parsed") {
    for (const char* name : {"show", "actions", "calendar", "summary", "attendance", "news", "diff"}) {
        CAPTURE(name);
        CHECK(traits({name}).paged);
        CHECK(traits({name}).needs_repository);
    }
    for (const char* name : {"check", "fmt", "new-minutes", "init"}) {
        CAPTURE(name);
        CHECK_FALSE(traits({name}).paged);
    }
    CHECK_FALSE(traits({"import", "cr.txt"}).paged);
    CHECK_FALSE(traits({"hook", "install"}).paged);
    CHECK_FALSE(traits({"completion", "bash"}).needs_repository);
    CHECK(traits({"__complete", "series"}).quiet);
    CHECK_FALSE(traits({"show"}).quiet);
}

TEST_CASE("CommandLine: the global options, before or after the command") {
    cli::CommandLine line(Lang::fr);
    CHECK(parse_line(line, {"-C", "minutes", "--today", "2024-04-10", "actions", "--lang", "en", "--no-pager"}).empty());
    CHECK(line.options.dir == "minutes");
    CHECK(line.options.today == "2024-04-10");
    CHECK(line.options.lang == "en");
    CHECK(line.no_pager);
    CHECK(line.selected.run);
}

TEST_CASE("early_lang: --lang, before the command line is parsed") {
    const char* en[] = {"dla", "--lang", "en", "show"};
    CHECK(cli::early_lang(4, en) == Lang::en);
    const char* fr[] = {"dla", "show", "--lang=fr"};
    CHECK(cli::early_lang(3, fr) == Lang::fr);
}

TEST_CASE("usage_error: said in the user's words, exit 2") {
    cli::CommandLine line(Lang::fr);
    SUBCASE("a mistyped command, after global options that take a value") {
        CHECK(parse_line(line, {"--color", "never", "-C", "show", "shwo"}) ==
              "dla: error: « shwo » n'est pas une commande de dla ; vouliez-vous dire « show » ?\nstatus 2");
    }
    SUBCASE("after a flag") {
        CHECK(parse_line(line, {"--no-cache", "publier"}) ==
              "dla: error: « publier » n'est pas une commande de dla ; « dla --help » les liste\nstatus 2");
    }
    SUBCASE("an unknown option near a known one") {
        CHECK(parse_line(line, {"actions", "--stauts", "open"}) ==
              "dla: error: option inconnue : --stauts ; vouliez-vous dire « --status » ?\n"
              "« dla --help » décrit les commandes et leurs options\nstatus 2");
    }
    SUBCASE("a value refused, in English") {
        cli::CommandLine english(Lang::en);
        CHECK(parse_line(english, {"attendance", "--by", "team"}, Lang::en) ==
              "dla: error: --by: value \"team\" refused; possible values: person, organisation, organization, department\n"
              "\"dla --help\" describes the commands and their options\nstatus 2");
    }
}
