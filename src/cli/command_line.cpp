#include "command_line.hpp"

#include <string>
#include <vector>

namespace dla::cli {

namespace {

using util::Lang;
using util::Msg;
using util::tr;

void localise_help(CLI::App& app, Lang lang) {
    auto formatter = app.get_formatter();
    // CLI11 writes the colon right after the label: the French one ends with the space
    // French puts before it ("Utilisation : dla …"). Group names (Options:, Commandes:)
    // keep theirs: help2man and scripts/man-page read a heading by its bare colon.
    formatter->label("Usage", tr(lang, Msg::help_usage));
    formatter->label("OPTIONS", tr(lang, Msg::help_options_word));
    formatter->label("SUBCOMMAND", tr(lang, Msg::help_command_word));
    formatter->label("Positionals", tr(lang, Msg::help_arguments));
    formatter->label("REQUIRED", tr(lang, Msg::help_required));
    formatter->label("Excludes", tr(lang, Msg::help_excludes));
    formatter->label("Needs", tr(lang, Msg::help_needs));
    app.option_defaults()->group(tr(lang, Msg::help_options));
    app.set_help_flag("-h,--help", tr(lang, Msg::help_help));
}

}  // namespace

Lang early_lang(int argc, const char* const* argv) {
    GlobalOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) options.lang = argv[i + 1];
        else if (arg.starts_with("--lang=")) options.lang = arg.substr(7);
    }
    return environment_lang(options);
}

CommandLine::CommandLine(Lang lang) : app(tr(lang, Msg::help_description), "dla") {
    localise_help(app, lang);
    app.set_version_flag("--version", std::string("dla ") + DLA_VERSION, tr(lang, Msg::help_version));
    app.require_subcommand(1);
    app.fallthrough();

    app.add_option("-C", options.dir, tr(lang, Msg::opt_dir))->type_name("DIR");
    app.add_option("--today", options.today, tr(lang, Msg::opt_today))->type_name("DATE");
    app.add_option("--lang", options.lang, tr(lang, Msg::opt_lang))->type_name("LANG");
    app.add_option("--color", options.color, tr(lang, Msg::opt_color))
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name(tr(lang, Msg::type_when));
    app.add_option("--format", options.format, tr(lang, Msg::opt_format))->type_name("FORMAT");
    app.add_flag("--no-cache", options.no_cache, tr(lang, Msg::opt_no_cache));
    app.add_flag("--no-pager", no_pager, tr(lang, Msg::opt_no_pager));

    selected.lang = lang;
    register_all(app, selected);
    // Every level: `dla hook install` is listed under "Commandes", not CLI11's "Subcommands".
    std::vector<CLI::App*> levels = app.get_subcommands([](const CLI::App*) { return true; });
    while (!levels.empty()) {
        CLI::App* sub = levels.back();
        levels.pop_back();
        if (sub->get_group().empty()) continue;  // hidden (__complete)
        sub->group(tr(lang, Msg::help_commands));
        sub->set_help_flag("-h,--help", tr(lang, Msg::help_help));
        for (CLI::App* inner : sub->get_subcommands([](const CLI::App*) { return true; })) levels.push_back(inner);
    }
}

}  // namespace dla::cli
