// dla: parses the command line (command_line.hpp), runs the command selected with its
// traits (pager, repository), says a failure once. Everything else is in the libraries.
#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>

#include <CLI/CLI.hpp>

#include "command_line.hpp"
#include "error.hpp"
#include "context.hpp"
#include "pager.hpp"
#include "usage_error.hpp"
#include "dla/util/failure.hpp"

namespace {

using dla::util::Lang;
using dla::util::Msg;
using dla::util::tr;

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
    dla::cli::print_error(tr(lang, Msg::stdout_failed, std::strerror(error)));
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace dla;
    // Over the file size limit (ulimit -f), a write fails with EFBIG instead of killing
    // dla: the index is then not written, the answer whole (docs/robustness.md).
    std::signal(SIGXFSZ, SIG_IGN);
    const Lang lang = cli::early_lang(argc, argv);
    cli::CommandLine line(lang);
    CLI::App& app = line.app;
    const cli::Selected& selected = line.selected;

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        return cli::usage_error(app, e, argc, argv, lang);
    }

    const cli::Traits traits = cli::selected_traits(app);
    if (traits.quiet) {
        try {
            cli::Context ctx = cli::make_context(line.options);
            return selected.run(ctx);
        } catch (...) {
            return 0;
        }
    }
    // Declared before the try: the pager is waited for after the error messages too.
    std::optional<cli::Pager> pager;
    int status = 2;
    try {
        if (!traits.needs_repository) {
            cli::Context ctx;
            ctx.lang = lang;
            status = selected.run(ctx);
        } else {
            cli::Context ctx = cli::make_context(line.options);
            ctx.formats = traits.formats;
            // After make_context, which asks the terminal for its colours and width.
            if (!line.no_pager && traits.paged) pager.emplace();
            status = selected.run(ctx);
        }
    } catch (const util::Failure& f) {
        cli::print_error(f.phrase().in(lang));
        status = 2;
    } catch (const std::exception& e) {
        cli::print_error(e.what());
        status = 2;
    }
    return flushed(status, lang);
}
