// dla: parses the command line (command_line.hpp), runs the command selected with its
// traits (pager, repository), says a failure once. Everything else is in the libraries.
#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <streambuf>

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

// std::cout's buffer, passing everything to the one it replaces and keeping the cause of
// the first write that failed: a big answer fails while it is written, and errno is long
// gone (another file read, another call) when the run ends and the failure is said.
class KeepsWriteError : public std::streambuf {
public:
    explicit KeepsWriteError(std::ostream& out) : out_(out), to_(out.rdbuf(this)) {}
    ~KeepsWriteError() override { out_.rdbuf(to_); }
    KeepsWriteError(const KeepsWriteError&) = delete;
    KeepsWriteError& operator=(const KeepsWriteError&) = delete;
    [[nodiscard]] int first_error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        errno = 0;
        const int_type written = to_->sputc(traits_type::to_char_type(c));
        if (traits_type::eq_int_type(written, traits_type::eof())) keep();
        return written;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        errno = 0;
        const std::streamsize written = to_->sputn(s, n);
        if (written < n) keep();
        return written;
    }
    int sync() override {
        errno = 0;
        const int result = to_->pubsync();
        if (result != 0) keep();
        return result;
    }

private:
    void keep() {
        if (error_ == 0) error_ = errno;
    }
    std::ostream& out_;
    std::streambuf* to_;
    int error_ = 0;
};

// What the command wrote reached standard output: its status, else 2 with the error said
// (a full disk, /dev/full). A reader that went away (a pager quit, `| head`) is no
// error: nothing is said, as when SIGPIPE ends the run.
int flushed(int status, Lang lang, const KeepsWriteError& out) {
    errno = 0;
    std::cout.flush();
    const bool failed = std::cout.fail() || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (!failed) return status;
    const int error = out.first_error() ? out.first_error() : errno ? errno : EIO;
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
    const KeepsWriteError out(std::cout);
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
    return flushed(status, lang, out);
}
