#include "context.hpp"
#include "options.hpp"

#include <algorithm>
#include <ctime>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sys/ioctl.h>
#include <unistd.h>

#include "dla/load/write.hpp"
#include "dla/query/calendar.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/text.hpp"

namespace dla::cli {

namespace fs = std::filesystem;

namespace {

util::Date clock_today() {
    // The only read of the clock: everything below main takes "today" as a value. The
    // local date: at 00:30 in Paris, today is already the next day of UTC's.
    return util::local_date(std::time(nullptr));
}

util::Date resolve_today(const std::string& option, util::Lang lang) {
    if (!option.empty()) return today_option("--today", option, lang);
    const char* env = std::getenv("DLA_TODAY");
    if (env && *env) return today_option("DLA_TODAY", env, lang);
    return clock_today();
}

// The terminal's width; COLUMNS when set (as shells export it), 0 when stdout is not a terminal.
std::size_t terminal_width() {
    if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
        const long n = std::strtol(columns, nullptr, 10);
        if (n > 0 && n < 10000) return static_cast<std::size_t>(n);
    }
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}

}  // namespace

util::Lang environment_lang(const GlobalOptions& options) {
    util::Lang lang = util::Lang::fr;
    if (!options.lang.empty() && util::parse_lang(options.lang, lang)) return lang;
    // As POSIX orders them: the first one set decides; a locale that is neither French
    // nor English (C, de_DE) gives the default, French.
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) return util::parse_lang(v, lang) ? lang : util::Lang::fr;
    }
    return util::Lang::fr;
}

Context make_context(const GlobalOptions& options) {
    Context ctx;
    // As with git -C, paths on the command line are relative to DIR.
    ctx.cwd = std::filesystem::current_path();
    if (!options.dir.empty()) ctx.cwd = std::filesystem::absolute(options.dir).lexically_normal();
    ctx.today = resolve_today(options.today, environment_lang(options));
    std::optional<util::Lang> forced;
    if (!options.lang.empty()) {
        util::Lang l{};
        if (!util::parse_lang(options.lang, l)) throw util::Failure({util::Msg::bad_lang, {options.lang}});
        forced = l;
    }
    workspace::Options open;
    open.cwd = ctx.cwd;
    if (!options.dir.empty()) open.dir = options.dir;
    open.lang = forced;
    // Without --lang nor `language:` in dla.yaml, the environment's language applies.
    open.fallback = environment_lang(options);
    open.use_index = !options.no_cache;
    open.warn = [](const std::string& line) { std::cerr << "dla: " << line << '\n'; };
    ctx.workspace = workspace::open(open);
    ctx.lang = ctx.workspace.config.language;
    const char* no_color = std::getenv("NO_COLOR");
    const bool color = options.color == "always" ||
                       (options.color == "auto" && isatty(STDOUT_FILENO) && !(no_color && *no_color));
    ctx.style = render::Style(color);
    ctx.width = terminal_width();
    ctx.format = options.format;
    return ctx;
}

std::string choose_format(const Context& ctx, const std::string& fallback) {
    if (ctx.format.empty()) return fallback;
    for (const auto& a : ctx.formats)
        if (a == ctx.format) return std::string(a);
    std::string list;
    for (const auto& a : ctx.formats) list += (list.empty() ? "" : ", ") + std::string(a);
    throw util::Failure({util::Msg::bad_format, {ctx.format, list}});
}

std::string choose_format(const Context& ctx, const std::string& fallback, bool csv_excel) {
    if (!csv_excel) return choose_format(ctx, fallback);
    // --csv-excel says which format it wants: another one asked for is a contradiction.
    if (!ctx.format.empty() && ctx.format != "csv") throw util::Failure({util::Msg::csv_excel_other_format, {ctx.format}});
    return "csv";
}

void print_diagnostics(std::vector<diag::Diagnostic> diagnostics) {
    diag::sort(diagnostics);
    for (const auto& d : diagnostics) std::cerr << diag::format(d) << '\n';
}

std::optional<std::string> rewrite_note(const Context& ctx, const load::SourceFile& read, std::string_view text) {
    const auto& root = ctx.workspace.repo.root;
    switch (load::rewrite_file(read.fs_path, text, load::Expected{read.bytes, root})) {
    case load::Rewritten::done: return std::nullopt;
    case load::Rewritten::changed: return util::tr(ctx.lang, util::Msg::write_changed, read.path);
    case load::Rewritten::hard_linked: {
        std::error_code ec;
        return util::tr(ctx.lang, util::Msg::write_hard_link, read.path, fs::hard_link_count(read.fs_path, ec));
    }
    case load::Rewritten::outside: return util::tr(ctx.lang, util::Msg::write_outside, read.path, root.string());
    }
    return std::nullopt;
}

std::vector<diag::Diagnostic> unread(const Context& ctx, const std::vector<diag::Diagnostic>& notes) {
    std::vector<diag::Diagnostic> out;
    for (const auto* list : {&ctx.workspace.diagnostics, &notes})
        std::copy_if(list->begin(), list->end(), std::back_inserter(out), diag::means_unread);
    return out;
}

void report_problems(const Context& ctx, const std::vector<diag::Diagnostic>& notes) {
    auto shown = unread(ctx, notes);
    std::copy_if(notes.begin(), notes.end(), std::back_inserter(shown),
                 [](const auto& d) { return d.severity == diag::Severity::error && !diag::means_unread(d); });
    print_diagnostics(shown);
    const auto errors = std::count_if(notes.begin(), notes.end(), [](const auto& d) { return d.severity == diag::Severity::error; });
    if (errors) std::cerr << util::tr(ctx.lang, util::Msg::notes_have_problems, util::count(ctx.lang, static_cast<std::size_t>(errors), util::Msg::count_problem)) << '\n';
}

std::string checked_series(const std::string& wanted, const Context& ctx, const std::vector<model::Meeting>& meetings) {
    const std::vector<std::string> known = query::known_series(meetings, ctx.workspace.config);
    for (const auto& k : known)
        if (util::fold(k) == util::fold(wanted)) return k;
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    if (list.empty()) list = util::tr(ctx.lang, util::Msg::calendar_no_series);
    throw util::Failure({util::Msg::calendar_unknown_series, {wanted, list}});
}

}  // namespace dla::cli
