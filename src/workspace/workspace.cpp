#include "dla/workspace/workspace.hpp"

#include <chrono>
#include <mutex>

#include "dla/index/encode.hpp"
#include "dla/index/stamp.hpp"
#include "dla/parse/note.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/parallel.hpp"

namespace fs = std::filesystem;

namespace dla::workspace {

namespace {

// The build (its version, and the binary itself: a rebuilt dla may parse otherwise),
// dla.yaml and the language of the messages.
std::string fingerprint(const std::string& config_bytes, const model::Config& config) {
    std::string build = DLA_VERSION;
    if (auto exe = index::stamp_of("/proc/self/exe"))
        build += ' ' + std::to_string(exe->size) + ' ' + std::to_string(exe->mtime_ns) + ' ' + std::to_string(exe->inode);
    return index::hash_hex(build + '\0' + config_bytes + '\0' + std::string(config.language == util::Lang::en ? "en" : "fr"));
}

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

Workspace open(const Options& options) {
    const auto& lang = options.lang;
    const util::Lang fallback = options.fallback;
    Workspace ws;
    ws.repo = load::find_repository(options.cwd, options.dir);
    ws.use_index = options.use_index;
    ws.config.language = lang.value_or(fallback);
    std::string config_bytes;
    if (ws.repo.has_config) {
        const load::SourceFile file = load::read_file(ws.repo, ws.repo.root / "dla.yaml", k_max_config_bytes);
        if (file.error == load::k_too_large)
            throw util::Failure({util::Msg::config_too_large, {file.path, std::to_string(file.size), std::to_string(k_max_config_bytes)}});
        if (file.error != 0)
            throw util::Failure({util::Msg::file_unreadable,
                                 {file.path + " : " + parse::read_error_text(file, lang.value_or(fallback))}});
        config_bytes = file.bytes;
        diag::Sink sink;
        ws.config = parse::parse_config(file.path, file.bytes, sink, lang, fallback);
        if (lang) ws.config.language = *lang;
        ws.diagnostics = sink.take();
    }
    ws.fingerprint = fingerprint(config_bytes, ws.config);
    if (options.warn)
        ws.index_session->warn = [warn = options.warn, lang = ws.config.language](const util::Phrase& phrase) {
            warn(phrase.in(lang));
        };
    return ws;
}

index::Index* index_of(Workspace& ws) {
    if (!ws.index_tried && ws.use_index) ws.index = index::Index::open(ws.repo, ws.fingerprint, ws.index_session);
    ws.index_tried = true;
    return ws.index.get();
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


namespace {

// read_notes, and refresh_index when `keep` is false: the notes' models are then neither
// read back from the index nor kept, only what changed is parsed and stored. `with_text`:
// the text of what is parsed goes in the index's text table too (index::Source).
parse::Notes read(Workspace& ws, const fs::path& cwd, const std::vector<std::string>& paths, unsigned parts, bool keep,
                  bool with_text, bool* all_stored = nullptr) {
    const std::vector<fs::path> files = note_files(ws, cwd, paths);
    parts = model::with_needed(parts);
    std::vector<std::string> shown(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) shown[i] = load::display_path(ws.repo, files[i]);

    index::Index* const db = index_of(ws);
    std::vector<std::optional<index::FileStamp>> stamps;
    if (db) stamps = index::stamps_of(files);
    std::unordered_map<std::string, index::Index::Entry> cached;
    std::vector<std::string> others;  // in the index, not asked for
    if (db) cached = db->find(shown, parts, &others);
    const std::int64_t started = now_ns();

    // Each note: from the index when its stamp is the one stored, else read and parsed
    // (its bytes dropped as soon as it is); what was parsed is stored for the next run.
    std::vector<model::ParsedNote> notes(files.size());
    std::vector<char> readable(files.size(), 1);
    // What was parsed goes to the index by batches, so that a first run over a large
    // repository does not hold every note's blobs until the end.
    std::mutex batching;  // held a moment, to add to the batch or take it
    std::mutex writing;   // the index is one SQLite connection: one writer at a time
    std::vector<std::pair<std::string, index::Index::Entry>> batch;
    constexpr std::size_t k_batch = 256;
    auto store = [&](std::optional<std::pair<std::string, index::Index::Entry>> entry) {
        std::vector<std::pair<std::string, index::Index::Entry>> full;
        {
            const std::lock_guard lock(batching);
            if (entry) batch.push_back(std::move(*entry));
            if (entry && batch.size() < k_batch) return;
            full.swap(batch);
        }
        // Written while the other workers go on parsing and filling the next batch. The
        // last batch also forgets the notes deleted or renamed since, when the whole
        // folder was read.
        const std::lock_guard lock(writing);
        if (!db->store(full, !entry && paths.empty() ? others : std::vector<std::string>{}) && all_stored)
            *all_stored = false;
    };
    util::parallel_for(files.size(), [&](std::size_t i) {
        const std::optional<index::FileStamp> stamp = db ? stamps[i] : std::nullopt;
        // Only notes of the repository, by their path in it, go in the index.
        const bool indexed = db && stamp && !fs::path(shown[i]).is_absolute() && !shown[i].starts_with("../");
        if (indexed) {
            if (auto hit = cached.find(shown[i]); hit != cached.end() && hit->second.stamp == *stamp) {
                if (!keep) {
                    readable[i] = 0;
                    return;
                }
                if (auto decoded = index::decode(hit->second.blobs, parts)) {
                    notes[i] = std::move(*decoded);
                    index::EncodedNote().swap(hit->second.blobs);  // read: its bytes are not needed any more
                    return;
                }
            }
        }
        load::SourceFile file = load::read_file(ws.repo, files[i]);
        notes[i] = parse::parse_source(file, ws.config);
        if (file.error != 0) {
            readable[i] = 0;
            return;
        }
        if (indexed) {
            // A file that may still change within its timestamps' granularity is stored
            // under a stamp no file has (size -1): its rows answer this run's questions in
            // SQL, and the next run reads it again.
            index::FileStamp kept = *stamp;
            if (index::racy(kept, started)) kept.size = -1;
            // The rows hold no section's Markdown: copied without it (50 MB in a 50 MB note).
            model::Meeting& meeting = notes[i].meeting;
            std::vector<std::string> bodies(meeting.sections.size());
            for (std::size_t k = 0; k < bodies.size(); ++k) bodies[k].swap(meeting.sections[k].markdown);
            auto source = std::make_shared<index::Source>(
                index::Source{meeting, notes[i].diagnostics, with_text ? std::move(file.bytes) : std::string(), with_text});
            for (std::size_t k = 0; k < bodies.size(); ++k) bodies[k].swap(meeting.sections[k].markdown);
            store(std::pair{shown[i], index::Index::Entry{kept, index::encode(notes[i]), std::move(source)}});
        }
        if (!keep) {
            notes[i] = {};
            readable[i] = 0;
            return;
        }
        model::keep_only(notes[i].meeting, parts);
    });

    if (db) {
        store(std::nullopt);
        db->release_memory();  // the connection stays open for the run's next reads
    }

    parse::Notes out;
    out.files = files.size();
    out.meetings.reserve(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (readable[i]) out.meetings.push_back(std::move(notes[i].meeting));
        out.diagnostics.insert(out.diagnostics.end(), std::make_move_iterator(notes[i].diagnostics.begin()),
                               std::make_move_iterator(notes[i].diagnostics.end()));
    }
    return out;
}

}  // namespace

parse::Notes read_notes(Workspace& ws, const fs::path& cwd, const std::vector<std::string>& paths, unsigned parts) {
    return read(ws, cwd, paths, parts, true, false);
}

namespace {

// Brings `db` (the run's index) up to date with every note, text table included: what
// changed, and what was stored without its text, parsed and stored; what is gone
// forgotten; no model built of an unchanged note. False when a write did not happen.
bool refresh(Workspace& ws, index::Index& db) {
    if (!db.drop_without_text()) return false;
    bool all_stored = true;
    (void)read(ws, ws.repo.root, {}, model::head, false, true, &all_stored);
    return all_stored;
}

}  // namespace

index::Index* fresh_database(Workspace& ws) {
    if (index::Index* db = index_of(ws); db && refresh(ws, *db)) return db;
    // No index (--no-cache, no cache folder), or one that could not be brought up to date
    // (another dla holding it past patience, the disk saying no): rows that may be old
    // never answer; an index in memory, made for this run, does.
    ws.index = index::Index::open_in_memory(ws.fingerprint);
    if (!ws.index || !refresh(ws, *ws.index)) return nullptr;
    return ws.index.get();
}

}  // namespace dla::workspace
