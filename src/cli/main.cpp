// dla: the command line. CLI11 wiring only; everything else is in dla_core.
#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <set>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "pager.hpp"
#include "usage_error.hpp"
#include "dla/util/failure.hpp"

namespace {

using dla::util::Lang;
using dla::util::Msg;
using dla::util::tr;

// The commands whose output may run over a screen: through the pager on a terminal.
bool paged(const CLI::App& app) {
    static const std::set<std::string> commands{"show", "actions", "calendar", "summary", "attendance", "news", "diff"};
    const auto selected = app.get_subcommands();
    return !selected.empty() && commands.contains(selected.front()->get_name());
}

// The language of --lang on the command line, else of the environment: for help and
// usage errors, which come before any repository is read.
Lang early_lang(int argc, char** argv) {
    dla::cli::GlobalOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) options.lang = argv[i + 1];
        else if (arg.starts_with("--lang=")) options.lang = arg.substr(7);
    }
    return dla::cli::environment_lang(options);
}

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

// What the command wrote reached standard output: its status, else 2 with the error said
// (a full disk, /dev/full). A reader that went away (a pager quit, `| head`) is no
// error: nothing is said, as when SIGPIPE ends the run.
int flushed(int status, Lang lang) {
    errno = 0;
    std::cout.flush();
    const bool failed = std::cout.fail() || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (!failed) return status;
    const int error = errno ? errno : EIO;
    if (error == EPIPE) return status;
    std::cerr << "dla: error: " << tr(lang, Msg::stdout_failed, std::strerror(error)) << '\n';
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace dla;
    // Over the file size limit (ulimit -f), a write fails with EFBIG instead of killing
    // dla: the index is then not written, the answer whole (docs/robustness.md).
    std::signal(SIGXFSZ, SIG_IGN);
    const Lang lang = early_lang(argc, argv);
    CLI::App app{tr(lang, Msg::help_description), "dla"};
    localise_help(app, lang);
    app.set_version_flag("--version", std::string("dla ") + DLA_VERSION, tr(lang, Msg::help_version));
    app.require_subcommand(1);
    app.fallthrough();

    cli::GlobalOptions options;
    app.add_option("-C", options.dir, tr(lang, Msg::opt_dir))->type_name("DIR");
    app.add_option("--today", options.today, tr(lang, Msg::opt_today))->type_name("DATE");
    app.add_option("--lang", options.lang, tr(lang, Msg::opt_lang))->type_name("LANG");
    app.add_option("--color", options.color, tr(lang, Msg::opt_color))
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name(tr(lang, Msg::type_when));
    app.add_option("--format", options.format, tr(lang, Msg::opt_format))->type_name("FORMAT");
    app.add_flag("--no-cache", options.no_cache, tr(lang, Msg::opt_no_cache));
    bool no_pager = false;
    app.add_flag("--no-pager", no_pager, tr(lang, Msg::opt_no_pager));

    cli::Selected selected;
    selected.lang = lang;
    cli::register_all(app, selected);
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

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        return cli::usage_error(app, e, argc, argv, lang);
    }

    if (selected.quiet) {
        try {
            cli::Context ctx = cli::make_context(options);
            return selected.run(ctx);
        } catch (...) {
            return 0;
        }
    }
    // Declared before the try: the pager is waited for after the error messages too.
    std::optional<cli::Pager> pager;
    int status = 2;
    try {
        if (!selected.needs_repository) {
            cli::Context ctx;
            ctx.lang = lang;
            status = selected.run(ctx);
        } else {
            cli::Context ctx = cli::make_context(options);
            // After make_context, which asks the terminal for its colours and width.
            if (!no_pager && paged(app)) pager.emplace();
            status = selected.run(ctx);
        }
    } catch (const util::Failure& f) {
        std::cerr << "dla: error: " << f.phrase().in(lang) << '\n';
        status = 2;
    } catch (const std::exception& e) {
        std::cerr << "dla: error: " << e.what() << '\n';
        status = 2;
    }
    return flushed(status, lang);
}
