// dla import FILE… [-o PATH | --into-repo]: legacy minutes into notes, losing no line.
#include <iostream>
#include <regex>

#include "commands.hpp"
#include "error.hpp"
#include "options.hpp"
#include "dla/load/encoding.hpp"
#include "dla/load/git.hpp"
#include "dla/load/write.hpp"
#include "dla/load/zip.hpp"
#include "dla/parse/legacy.hpp"
#include "dla/parse/office.hpp"
#include "dla/render/import.hpp"
#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::cli {

namespace {

using util::Msg;
using util::tr;

struct ImportOptions {
    std::vector<std::string> files;
    std::string output;
    bool into_repo = false;
    std::string series, number, date;
};

// A date in the file name (`interdla-4-2024-04-04.txt`, `CR 14-05-2024.txt`,
// `compte_rendu_20221214.md`, `20160924-bureau.md`), or nullopt.
std::optional<util::Date> date_in_name(const std::string& path) {
    const std::string name = fs::path(path).filename().string();
    static const std::regex iso(R"((\d{4})-(\d{2})-(\d{2}))");
    static const std::regex french(R"((\d{2})[-_.](\d{2})[-_.](\d{4}))");
    static const std::regex compact(R"((?:^|\D)((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$))");
    std::smatch m;
    if (std::regex_search(name, m, iso)) return util::make_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    if (std::regex_search(name, m, french)) return util::make_date(std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1]));
    if (std::regex_search(name, m, compact)) return util::make_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    return std::nullopt;
}

// The year a date written without one takes: the file name's date, else a folder or a
// name holding a year alone (`2018/cr-mars.txt`, `CR 2019/…`), the nearest first.
std::optional<int> year_in_path(const std::string& path) {
    if (auto d = date_in_name(path)) return d->year;
    static const std::regex year(R"((?:^|\D)((?:19|20)\d{2})(?:\D|$))");
    const fs::path p(path);
    std::vector<std::string> parts;
    for (const auto& part : p) parts.push_back(part.string());
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        std::smatch m;
        if (std::regex_search(*it, m, year)) return std::stoi(m[1]);
    }
    return std::nullopt;
}

parse::legacy::ImportOptions import_options(const Context& ctx, const ImportOptions& o) {
    parse::legacy::ImportOptions io;
    io.today = ctx.today;
    io.series = o.series;
    if (!o.number.empty()) {
        const bool digits = o.number.size() <= 6 && o.number.find_first_not_of("0123456789") == std::string::npos;
        if (!digits || std::stoi(o.number) <= 0) throw util::Failure({Msg::import_bad_number, {o.number}});
        io.number = std::stoi(o.number);
    }
    io.date = date_option("--date", o.date, ctx);
    return io;
}

// The date of the commit that added `file` to the git repository holding it, if any.
std::optional<util::Date> added_in_git(const fs::path& file) {
    try {
        return load::GitRepository(file.parent_path()).added_on(file);
    } catch (const util::Failure&) {
        return std::nullopt;  // not in a git repository: no year from there
    }
}

// The text of the document: a .docx, .odt or .pptx through its XML, made Markdown;
// else the bytes decoded as text. An old binary Office file is refused.
std::string document_text(const Context& ctx, const std::string& file, const std::string& bytes) {
    if (const auto old = parse::office::old_format_of(file))
        throw util::Failure({Msg::import_old_office, {file, std::string(old->program), std::string(old->save_as)}});
    if (const auto format = parse::office::format_of(file)) {
        const auto members = load::read_zip(bytes, file, [&](std::string_view name) { return parse::office::wanted_member(*format, name); });
        auto document = parse::office::to_markdown(*format, members);
        if (!document.bad_member.empty())
            throw util::Failure({Msg::import_office_unreadable, {file, document.bad_member, document.reason}});
        return std::move(document.markdown);
    }
    const auto decoded = load::decode_text(bytes);
    if (!decoded) throw util::Failure({Msg::import_not_text, {file}});
    if (decoded->encoding == load::Encoding::windows1252 || decoded->encoding == load::Encoding::utf16)
        std::cerr << tr(ctx.lang, Msg::import_encoding, file, load::encoding_name(decoded->encoding)) << '\n';
    return decoded->text;
}

// Imports one file; returns its exit status (0, or 1 when the note has errors).
int import_one(const Context& ctx, const ImportOptions& o, const parse::legacy::ImportOptions& io,
               const std::string& file) {
    const auto& ws = ctx.workspace;
    const fs::path input = fs::absolute(ctx.cwd / file);
    const auto read = load::read_files(ws.repo, {input});
    if (read[0].error != 0)
        throw util::Failure({Msg::file_unreadable, {file + " : " + parse::read_error_text(read[0], ctx.lang)}});
    const std::string source = document_text(ctx, file, read[0].bytes);
    auto with_year = io;
    with_year.year = year_in_path(file);
    auto minutes = parse::legacy::read_legacy(source, ws.config, with_year);
    if (minutes.year_guessed && !io.date) {
        // Neither the name nor the path: the year the file came into git, said.
        const auto added = added_in_git(input);
        if (!added) throw util::Failure({Msg::import_no_year, {file}});
        with_year.year = added->year;
        minutes = parse::legacy::read_legacy(source, ws.config, with_year);
        std::cerr << tr(ctx.lang, Msg::import_year_from_git, file, added->year, util::to_iso(*added)) << '\n';
    }
    if (!minutes.date) {
        if (auto d = date_in_name(file)) {
            // The events table's years were read without a reference: read it again with one.
            auto again = with_year;
            again.date = d;
            minutes = parse::legacy::read_legacy(source, ws.config, again);
            std::cerr << tr(ctx.lang, Msg::import_date_from_name, file, util::to_iso(*d)) << '\n';
        } else {
            throw util::Failure({Msg::import_no_date, {file}});
        }
    }
    if (o.into_repo && minutes.series.empty()) throw util::Failure({Msg::import_no_series, {file}});
    const std::string text = render::imported_note(minutes, ctx.lang);

    // Where it goes: stdout, -o PATH (a folder takes the note's own name), the repository.
    std::optional<fs::path> target;
    std::string shown;
    const std::string own_name = fs::path(render::imported_note_path(minutes, ws.config.notes_dir)).filename().string();
    if (o.into_repo) {
        (void)load::notes_folder(ws.repo, ws.config.notes_dir, true);  // inside the repository, or an error
        shown = render::imported_note_path(minutes, ws.config.notes_dir);
        target = ws.repo.root / shown;
    } else if (!o.output.empty()) {
        std::error_code ec;
        fs::path out = fs::absolute(ctx.cwd / o.output);
        shown = o.output;
        if (fs::is_directory(out, ec)) {
            out /= own_name;
            shown = (fs::path(o.output) / own_name).generic_string();
        }
        target = out;
    }

    // The note must read as minutes: what `dla check` would say of it is said too.
    diag::Sink sink;
    const model::Meeting meeting = parse::parse_note(target ? shown : own_name, text, ws.config, sink);
    auto problems = sink.take();
    std::size_t errors = 0;
    for (const auto& d : problems) errors += d.severity == diag::Severity::error;

    if (target) {
        // Said before anything is: an existing file is never touched (and the write
        // below refuses it too, should one appear meanwhile).
        std::error_code ec;
        if (fs::exists(*target, ec) || fs::is_symlink(*target, ec)) throw util::Failure({Msg::write_exists, {shown}});
        const fs::path folder = target->parent_path();
        if (o.into_repo) load::require_inside(folder, ctx.workspace.repo.root, folder.lexically_relative(ctx.workspace.repo.root).string());
        const bool new_folder = !fs::exists(folder, ec);
        fs::create_directories(folder, ec);
        try {
            load::write_file_atomically(*target, text, load::k_new_file_perms, load::IfExists::keep);
        } catch (const util::Failure&) {
            if (new_folder) fs::remove(folder, ec);
            throw;
        }
        std::cout << shown << std::endl;
    } else {
        std::cout << text;
    }
    for (const auto& k : minutes.kept) std::cerr << tr(ctx.lang, Msg::import_kept, file, k.line, k.text) << '\n';
    print_diagnostics(problems);
    // The figures are those the note gives when read back, as every command will read it.
    const auto counted = [&](std::size_t n, Msg noun) { return util::count(ctx.lang, n, noun); };
    const auto with_owner = std::count_if(meeting.actions.begin(), meeting.actions.end(), [](const model::Action& a) { return !a.owners.empty(); });
    std::cerr << tr(ctx.lang, Msg::import_summary, file, meeting.date ? util::format_date(*meeting.date, ctx.lang) : "?",
                    counted(meeting.attendees.size(), Msg::count_attendee),
                    counted(meeting.excused.size() + meeting.absent.size(), Msg::count_excused_or_absent),
                    counted(meeting.actions.size(), Msg::count_action), with_owner,
                    counted(meeting.decisions.size(), Msg::count_decision), counted(meeting.events.size(), Msg::count_upcoming_date),
                    counted(meeting.agenda.size(), Msg::count_agenda_item), counted(meeting.sections.size(), Msg::count_section),
                    counted(minutes.kept.size(), Msg::count_line_kept))
              << '\n';
    if (errors) std::cerr << tr(ctx.lang, Msg::import_problems, counted(errors, Msg::count_error)) << '\n';
    return errors ? 1 : 0;
}

int run_import(Context& ctx, const ImportOptions& o) {
    if (o.into_repo && !o.output.empty()) throw util::Failure({Msg::import_out_and_repo, {}});
    const auto io = import_options(ctx, o);
    if (o.files.size() > 1) {
        std::error_code ec;
        if (!o.into_repo && (o.output.empty() || !fs::is_directory(ctx.cwd / o.output, ec)))
            throw util::Failure({Msg::import_several_to_stdout, {}});
        if (io.number) throw util::Failure({Msg::import_option_one_file, {"--number"}});
        if (io.date) throw util::Failure({Msg::import_option_one_file, {"--date"}});
    }
    int status = 0;
    for (const auto& file : o.files) {
        try {
            status = std::max(status, import_one(ctx, o, io, file));
        } catch (const util::Failure& f) {
            // One file that cannot be imported does not stop the others.
            if (o.files.size() == 1) throw;
            print_error(f.phrase().in(ctx.lang));
            status = 2;
        }
    }
    return status;
}

}  // namespace

void register_import(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<ImportOptions>();
    CLI::App* cmd = app.add_subcommand(
        "import", util::tr(lang, util::Msg::cmd_import));
    cmd->add_option("files", o->files, util::tr(lang, util::Msg::opt_import_files))->required()->type_name(util::tr(lang, util::Msg::type_file));
    cmd->add_option("-o,--output", o->output, util::tr(lang, util::Msg::opt_import_output))
        ->type_name(util::tr(lang, util::Msg::type_path));
    cmd->add_flag("--into-repo", o->into_repo, util::tr(lang, util::Msg::opt_import_into_repo));
    cmd->add_option("--series", o->series, util::tr(lang, util::Msg::opt_import_series))->type_name("ID");
    cmd->add_option("--number", o->number, util::tr(lang, util::Msg::opt_import_number))->type_name("N");
    add_date_option(cmd, "--date", o->date, util::tr(lang, util::Msg::opt_import_date));
    cmd->footer(std::string(util::text(util::Msg::footer_import, selected.lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_import(ctx, *o); }; });
}

}  // namespace dla::cli
