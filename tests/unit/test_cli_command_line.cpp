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

// `args` after "dla", as main gets them: pointers into `args`, which must outlive them.
std::vector<const char*> argv_of(std::vector<std::string>& args) {
    args.insert(args.begin(), "dla");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    return argv;
}

// Parses `args` (after "dla") into `line`; the usage error said, as main says it, when
// the parse fails, else empty.
std::string parse_line(cli::CommandLine& line, std::vector<std::string> args, Lang lang = Lang::fr) {
    const std::vector<const char*> argv = argv_of(args);
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

TEST_CASE("usage_error: an unknown option is named, before or without a command") {
    cli::CommandLine line(Lang::fr);
    SUBCASE("without a command") {
        CHECK(parse_line(line, {"--bogus"}) ==
              "dla: error: option inconnue : --bogus\n« dla --help » décrit les commandes et leurs options\nstatus 2");
    }
    SUBCASE("after global options, near none") {
        CHECK(parse_line(line, {"-C", "--x", "--no-pager", "--bogus=1"}) ==
              "dla: error: option inconnue : --bogus\n« dla --help » décrit les commandes et leurs options\nstatus 2");
    }
    SUBCASE("after a command") {
        CHECK(parse_line(line, {"check", "--strict"}) ==
              "dla: error: option inconnue : --strict\n« dla --help » décrit les commandes et leurs options\nstatus 2");
    }
    SUBCASE("no command and no option: which command?") {
        CHECK(parse_line(line, {"--no-pager"}).starts_with("dla: error: quelle commande ?"));
    }
}

namespace {

// What CLI11 2.1 says in English (ParseError::what) and what dla prints instead, for `args`.
std::pair<std::string, std::string> usage_of(std::vector<std::string> args) {
    cli::CommandLine line(Lang::fr);
    const std::vector<const char*> argv = argv_of(args);
    try {
        line.app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        std::ostringstream err;
        auto* old = std::cerr.rdbuf(err.rdbuf());
        (void)cli::usage_error(line.app, e, static_cast<int>(argv.size()), argv.data(), Lang::fr);
        std::cerr.rdbuf(old);
        return {e.what(), err.str()};
    }
    return {};
}

}  // namespace

// CLI11's messages are recognised by their English wording (usage_error.cpp): an upgrade
// that changes one brings the English back, which this test catches, path by path.
TEST_CASE("usage_error: every CLI11 error dla can meet is said in French") {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"actions", "--status"}, "dla: error: --status attend une valeur (TEXT)\n"},
        {{"actions", "--status", "fini"}, "dla: error: --status : valeur « fini » refusée ; valeurs possibles : open, done, cancelled, all\n"},
        {{"--color", "rouge", "show"}, "dla: error: --color : valeur « rouge » refusée ; valeurs possibles : auto, always, never\n"},
        {{"diff", "v1", "v2", "v3"}, "dla: error: REV : trop de valeurs (au plus 2)\n"},
        {{"calendar", "--limit", "x"}, "dla: error: --limit attend un nombre positif, pas « x »\n"},
        {{"calendar", "--limit", "0"}, "dla: error: --limit attend un nombre positif, pas « 0 »\n"},
        {{"calendar", "--all", "--from", "2024-01-01"}, "dla: error: --from et --all ne vont pas ensemble : choisissez l'un ou l'autre\n"},
        {{"actions", "--wide=peut-être"}, "dla: error: --wide ne prend pas de valeur : retirez « peut-être »\n"},
        {{"import"}, "dla: error: FICHIER manquant : cette commande en a besoin\n"},
        {{"hook"}, "dla: error: « dla hook » attend une sous-commande ; « dla hook --help » les liste\n"},
        {{"completion", "bash", "zsh"}, "dla: error: argument inattendu : zsh\n"},
        {{"check", "--strict"}, "dla: error: option inconnue : --strict\n"},
        {{"--bogus"}, "dla: error: option inconnue : --bogus\n"},
        {{"shwo"}, "dla: error: « shwo » n'est pas une commande de dla ; vouliez-vous dire « show » ?\n"},
    };
    for (const auto& [args, first_line] : cases) {
        const auto [english, said] = usage_of(args);
        CAPTURE(english);
        CAPTURE(said);
        REQUIRE_FALSE(english.empty());
        CHECK(said.substr(0, said.find('\n') + 1) == first_line);
        CHECK(said.find(english) == std::string::npos);
        for (const char* word : {"required", "expected", "not in", "Could not", "excludes", "requires", "was not",
                                 "Value ", "received", "missing", "following", "subcommand"})
            CHECK(said.find(word) == std::string::npos);
    }
}

TEST_CASE("dla help [COMMAND]: the help --help prints") {
    const auto help_of = [](std::vector<std::string> args) {
        cli::CommandLine line(Lang::fr);
        REQUIRE(parse_line(line, args).empty());
        std::ostringstream out;
        auto* old = std::cout.rdbuf(out.rdbuf());
        cli::Context ctx;
        const int status = line.selected.run(ctx);
        std::cout.rdbuf(old);
        CHECK(status == 0);
        return out.str();
    };
    const auto dash_help = [](std::vector<std::string> args) {
        cli::CommandLine line(Lang::fr);
        const std::vector<const char*> argv = argv_of(args);
        try {
            line.app.parse(static_cast<int>(argv.size()), argv.data());
        } catch (const CLI::CallForHelp&) {
            return line.app.help();
        }
        return std::string("no help");
    };
    CHECK(help_of({"help", "actions"}) == dash_help({"actions", "--help"}));
    CHECK(help_of({"help", "actions"}).starts_with("Les actions"));
    CHECK(help_of({"help"}) == dash_help({"--help"}));
    CHECK(help_of({"help"}).find("  help ") != std::string::npos);
    cli::CommandLine line(Lang::fr);
    CHECK(parse_line(line, {"help", "publier"}).starts_with("dla: error: COMMAND : valeur « publier » refusée"));
}
