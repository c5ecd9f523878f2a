#include "dla/parse/workspace.hpp"

#include "dla/parse/note.hpp"
#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::parse {

Workspace open_workspace(const fs::path& cwd, const std::optional<fs::path>& dir,
                         const std::optional<util::Lang>& lang) {
    Workspace ws{load::find_repository(cwd, dir), {}, {}};
    if (lang) ws.config.language = *lang;
    if (ws.repo.has_config) {
        auto files = load::read_files(ws.repo, {ws.repo.root / "dla.yaml"});
        diag::Sink sink;
        if (files[0].error != 0)
            throw util::Failure({util::Msg::file_unreadable,
                                 {files[0].path + " : " + read_error_text(files[0].error, lang.value_or(util::Lang::fr))}});
        ws.config = parse_config(files[0].path, files[0].bytes, sink, lang);
        if (lang) ws.config.language = *lang;
        ws.diagnostics = sink.take();
    }
    return ws;
}

std::vector<fs::path> note_files(const Workspace& ws, const fs::path& cwd, const std::vector<std::string>& paths) {
    std::vector<fs::path> files;
    if (paths.empty()) {
        files = load::list_notes(ws.repo, ws.config.notes_dir);
    } else {
        for (const auto& p : paths) {
            fs::path full = fs::path(p).is_absolute() ? fs::path(p) : cwd / p;
            std::error_code ec;
            if (fs::is_directory(full, ec)) {
                auto inside = load::list_notes(load::Repository{ws.repo.root, ws.repo.has_config},
                                               fs::relative(full, ws.repo.root, ec).string());
                files.insert(files.end(), inside.begin(), inside.end());
            } else if (fs::exists(full, ec) || fs::is_symlink(full, ec)) {
                files.push_back(full.lexically_normal());
            } else {
                throw util::Failure({util::Msg::no_such_path, {p}});
            }
        }
    }
    return files;
}

Notes read_notes(const Workspace& ws, const fs::path& cwd, const std::vector<std::string>& paths) {
    return parse_notes(load::read_files(ws.repo, note_files(ws, cwd, paths)), ws.config);
}

}  // namespace dla::parse
