#include "dla/load/convert.hpp"

#include <fstream>
#include <iterator>

#include <unistd.h>

#include "dla/load/process.hpp"
#include "dla/load/write.hpp"
#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::load {

namespace {

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The program's output or the failure that says what went wrong, in its own words.
std::string result(const fs::path& program, const ProgramRun& run, const fs::path& out,
                   std::chrono::milliseconds timeout) {
    const std::string name = program.filename().string();
    if (run.timed_out)
        throw util::Failure({util::Msg::program_timed_out,
                             {name, std::to_string(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())}});
    std::error_code ec;
    if (run.exit_code != 0 || !fs::is_regular_file(out, ec) || fs::file_size(out, ec) == 0) {
        std::string said = run.output;
        while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
        throw util::Failure({util::Msg::program_failed, {name, std::to_string(run.exit_code), said}});
    }
    return read_all(out);
}

}  // namespace

std::string print_pdf(std::string_view html, std::chrono::milliseconds timeout) {
    const auto chromium = find_in_path({"chromium", "chromium-browser"});
    if (!chromium) throw util::Failure({util::Msg::export_no_chromium, {}});
    const TempDir tmp;
    const fs::path page = tmp.path() / "page.html";
    const fs::path out = tmp.path() / "page.pdf";
    write_file_atomically(page, html);
    std::vector<std::string> args{"--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                                  "--disable-extensions",
                                  "--no-pdf-header-footer", "--user-data-dir=" + (tmp.path() / "profile").string(),
                                  "--print-to-pdf=" + out.string()};
    if (::geteuid() == 0) args.insert(args.begin() + 1, "--no-sandbox");
    args.push_back("file://" + page.string());
    return result(*chromium, run_program(*chromium, args, tmp.path(), timeout), out, timeout);
}

std::string pandoc_document(std::string_view markdown, std::string_view format, const std::optional<fs::path>& reference,
                            std::chrono::milliseconds timeout) {
    const auto pandoc = find_in_path({"pandoc"});
    if (!pandoc) throw util::Failure({util::Msg::export_no_pandoc, {std::string(format)}});
    const TempDir tmp;
    const fs::path in = tmp.path() / "minutes.md";
    const fs::path out = tmp.path() / ("minutes." + std::string(format));
    write_file_atomically(in, markdown);
    std::vector<std::string> args{"--from=gfm", "--to=" + std::string(format), "--output=" + out.string()};
    if (reference) args.push_back("--reference-doc=" + fs::absolute(*reference).string());
    args.push_back(in.string());
    return result(*pandoc, run_program(*pandoc, args, tmp.path(), timeout), out, timeout);
}

}  // namespace dla::load
