// The index: the model written as bytes and read back (index/encode), and the SQLite
// file that keeps them between runs (index/index).
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dla/index/index.hpp"
#include "dla/index/encode.hpp"
#include "dla/parse/note.hpp"
#include "dla/workspace/workspace.hpp"
#include "support.hpp"

using namespace dla;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every note the tests have: the real minutes and the fixtures, each with its diagnostics.
std::vector<model::ParsedNote> every_note() {
    const fs::path root = fs::path(DLA_TEST_DATA).parent_path();
    std::vector<model::ParsedNote> notes;
    model::Config config;
    for (const fs::path& dir : {root / "notes", root / "tests/e2e/fixtures", root / "tests/import/fixtures"})
        for (const auto& entry : fs::recursive_directory_iterator(dir))
            if (entry.path().extension() == ".md") {
                diag::Sink sink;
                model::ParsedNote n;
                n.meeting = parse::parse_note(entry.path().string(), read(entry.path()), config, sink);
                n.diagnostics = sink.take();
                notes.push_back(std::move(n));
            }
    return notes;
}

// Sets an environment variable for the life of the object.
class Env {
public:
    Env(const char* name, const std::string& value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        setenv(name, value.c_str(), 1);
    }
    ~Env() {
        if (m_old) setenv(m_name, m_old->c_str(), 1);
        else unsetenv(m_name);
    }
    Env(const Env&) = delete;
    Env& operator=(const Env&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

index::Index::Entry entry_of(const model::ParsedNote& note, std::int64_t size) {
    return {{size, 1, 2, 3, 4}, index::encode(note)};
}

}  // namespace

TEST_CASE("every note of the repository reads back equal from its bytes") {
    const auto notes = every_note();
    REQUIRE(notes.size() > 10);
    std::size_t with_diagnostics = 0;
    for (const auto& note : notes) {
        CAPTURE(note.meeting.path);
        with_diagnostics += !note.diagnostics.empty();
        const auto back = index::decode(index::encode(note), model::k_all_parts);
        REQUIRE(back);
        CHECK(*back == note);
    }
    CHECK(with_diagnostics > 0);  // the diagnostics are part of what is kept
}

TEST_CASE("a query reads back only the parts it asks for") {
    const auto notes = every_note();
    const auto found = std::find_if(notes.begin(), notes.end(), [](const auto& n) {
        return n.meeting.path.ends_with("fixtures/actions/notes/2024/2024-04-04-interdla-4.md");
    });
    REQUIRE(found != notes.end());
    const model::ParsedNote& seed = *found;
    REQUIRE(!seed.meeting.actions.empty());
    for (unsigned parts : {unsigned(model::head), model::head | model::actions | model::news, model::head | model::events,
                           model::head | model::outline, unsigned(model::bodies), model::k_all_parts & ~model::bodies}) {
        CAPTURE(parts);
        model::ParsedNote expected = seed;
        model::keep_only(expected.meeting, parts);
        const auto back = index::decode(index::encode(seed), parts);
        REQUIRE(back);
        CHECK(*back == expected);
    }
    model::ParsedNote no_bodies = seed;
    model::keep_only(no_bodies.meeting, model::head | model::outline);
    CHECK(no_bodies.meeting.actions.empty());
    CHECK(no_bodies.meeting.sections.size() == seed.meeting.sections.size());
    CHECK(no_bodies.meeting.sections.front().markdown.empty());
    model::ParsedNote head_only = seed;
    model::keep_only(head_only.meeting, model::head);
    CHECK(head_only.meeting.sections.empty());
    CHECK(head_only.meeting.field_lines == seed.meeting.field_lines);
    model::ParsedNote with_bodies = seed;
    model::keep_only(with_bodies.meeting, model::bodies);  // the bodies bring their outline
    CHECK(with_bodies.meeting.sections == seed.meeting.sections);
}

TEST_CASE("bytes cut short or of another kind are refused, never misread") {
    const auto notes = every_note();
    const auto blobs = index::encode(notes.front());
    for (unsigned part = 0; part < model::k_part_count; ++part) {
        CAPTURE(part);
        for (std::size_t cut = 0; cut < blobs[part].size(); ++cut) {
            auto damaged = blobs;
            damaged[part].resize(cut);
            CHECK_FALSE(index::decode(damaged, model::k_all_parts));
        }
        auto longer = blobs;
        longer[part] += 'x';
        CHECK_FALSE(index::decode(longer, model::k_all_parts));
    }
    index::EncodedNote garbage;
    for (auto& b : garbage) b = "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff";
    CHECK_FALSE(index::decode(garbage, model::k_all_parts));
}

TEST_CASE("the index keeps entries for one fingerprint, and outlives a corrupt file") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const load::Repository repo{tmp.path() / "repo", true};
    const auto notes = every_note();
    const auto file = index::Index::location(repo);
    REQUIRE(file);
    CHECK(file->parent_path() == tmp.path() / "cache" / "dla");

    {
        auto index = index::Index::open(repo, "one");
        REQUIRE(index);
        index->store({{"notes/a.md", entry_of(notes[0], 10)}, {"notes/b.md", entry_of(notes[1], 20)}}, {});
        std::vector<std::string> others;
        auto found = index->find({"notes/a.md", "notes/c.md"}, model::k_all_parts, &others);
        REQUIRE(found.size() == 1);
        CHECK(found.at("notes/a.md").stamp == index::FileStamp{10, 1, 2, 3, 4});
        CHECK(*index::decode(found.at("notes/a.md").blobs, model::k_all_parts) == notes[0]);
        // Forgetting a note deleted since.
        index->store({}, {"notes/b.md"});
        CHECK(index->find({"notes/b.md"}, model::head).empty());
    }
    {
        // A scan (many paths asked) finds the same, and names the entries not asked for.
        auto index = index::Index::open(repo, "one");
        REQUIRE(index);
        std::vector<std::string> many(100, "notes/none.md");
        many[7] = "notes/a.md";
        std::vector<std::string> others;
        index->store({{"notes/z.md", entry_of(notes[2], 30)}}, {});
        auto found = index->find(many, model::head, &others);
        CHECK(found.size() == 1);
        CHECK(found.at("notes/a.md").blobs[1].empty());  // people: not asked for
        CHECK(others == std::vector<std::string>{"notes/z.md"});
    }
    {
        // Another build, dla.yaml or language: nothing of before is used.
        auto index = index::Index::open(repo, "two");
        REQUIRE(index);
        CHECK(index->find({"notes/a.md"}, model::head).empty());
    }
    // A file that is not SQLite (or an index of another layout) is replaced.
    std::ofstream(*file, std::ios::binary | std::ios::trunc) << std::string(5000, 'x');
    fs::remove(file->string() + "-wal");
    fs::remove(file->string() + "-shm");
    auto index = index::Index::open(repo, "two");
    REQUIRE(index);
    index->store({{"notes/a.md", entry_of(notes[0], 10)}}, {});
    CHECK(index->find({"notes/a.md"}, model::head).size() == 1);
}

TEST_CASE("two dla writing the index at once leave it whole") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const load::Repository repo{tmp.path() / "repo", true};
    const auto notes = every_note();
    auto writer = [&](int which) {
        auto index = index::Index::open(repo, "same");
        REQUIRE(index);
        for (int round = 0; round < 20; ++round) {
            std::vector<std::pair<std::string, index::Index::Entry>> batch;
            for (int i = 0; i < 20; ++i)
                batch.emplace_back("notes/" + std::to_string(which) + "-" + std::to_string(i) + ".md",
                                   entry_of(notes[static_cast<std::size_t>(i) % notes.size()], round));
            index->store(batch, {});
        }
    };
    std::thread a(writer, 1), b(writer, 2);
    a.join();
    b.join();
    auto index = index::Index::open(repo, "same");
    REQUIRE(index);
    std::vector<std::string> all;
    for (int w : {1, 2})
        for (int i = 0; i < 20; ++i) all.push_back("notes/" + std::to_string(w) + "-" + std::to_string(i) + ".md");
    const auto found = index->find(all, model::k_all_parts);
    // Each writer's last round is there (a writer kept waiting too long may skip a round,
    // never leave half of one), and every entry reads back.
    CHECK(found.size() == 40);
    for (const auto& [path, e] : found) CHECK(index::decode(e.blobs, model::k_all_parts));
}

TEST_CASE("a file touched within two seconds is not trusted to the index") {
    const index::FileStamp old{100, 1'000'000'000, 1'000'000'000, 1, 1};
    CHECK(index::racy(old, 2'500'000'000));
    CHECK_FALSE(index::racy(old, 3'500'000'000));
    const index::FileStamp changed{100, 1'000'000'000, 5'000'000'000, 1, 1};  // chmod, rewrite keeping mtime
    CHECK(index::racy(changed, 6'000'000'000));
}

TEST_CASE("stamps_of: every file's stamp, in order, from its folder") {
    test::TempDir tmp;
    std::vector<std::filesystem::path> files;
    for (int folder = 0; folder < 3; ++folder)
        for (int i = 0; i < 300; ++i) {  // more than one run of 256 in a folder
            const auto p = tmp.path() / std::to_string(folder) / (std::to_string(i) + ".md");
            std::filesystem::create_directories(p.parent_path());
            std::ofstream(p) << std::string(static_cast<std::size_t>(i), 'x');
            files.push_back(p);
        }
    files.push_back(tmp.path() / "0" / "missing.md");
    std::filesystem::create_symlink(files[5], tmp.path() / "link.md");
    files.push_back(tmp.path() / "link.md");
    const auto stamps = index::stamps_of(files);
    REQUIRE(stamps.size() == files.size());
    for (std::size_t i = 0; i + 2 < files.size(); ++i) {
        CAPTURE(files[i]);
        CHECK(stamps[i] == index::stamp_of(files[i]));
        CHECK(stamps[i]->size == static_cast<std::int64_t>(i % 300));
    }
    CHECK_FALSE(stamps[files.size() - 2]);
    CHECK(stamps.back() == stamps[5]);  // a link: the stamp of what it leads to, as stat
}

// The warnings a session says, in English.
struct Said {
    std::shared_ptr<index::Index::Session> session = std::make_shared<index::Index::Session>();
    std::vector<std::string> lines;
    Said() {
        session->warn = [this](const util::Phrase& phrase) { lines.push_back(phrase.in(util::Lang::en)); };
    }
};

unsigned mode_of(const fs::path& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

TEST_CASE("the index's folder and files: 0700 and 0600 whatever the umask, not used when others may write them") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const load::Repository repo{tmp.path() / "repo", true};
    const auto file = *index::Index::location(repo);
    const fs::path folder = file.parent_path();
    const std::string wal = file.string() + "-wal", shm = file.string() + "-shm";

    SUBCASE("made under umask 000: 0700, 0600, and SQLite's -wal and -shm 0600") {
        const mode_t old = ::umask(0);
        auto index = index::Index::open(repo, "one");
        ::umask(old);
        REQUIRE(index);
        CHECK(mode_of(folder) == 0700);
        CHECK(mode_of(file) == 0600);
        REQUIRE(fs::exists(wal));  // open while the index is
        CHECK(mode_of(wal) == 0600);
        CHECK(mode_of(shm) == 0600);
    }
    SUBCASE("a folder only readable by others (0755) is tightened") {
        fs::create_directories(folder);
        fs::permissions(folder, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
        Said said;
        CHECK(index::Index::open(repo, "one", said.session));
        CHECK(mode_of(folder) == 0700);
        CHECK(said.lines.empty());
    }
    SUBCASE("a folder writable by its group: not used, said once") {
        fs::create_directories(folder);
        fs::permissions(folder, fs::perms::owner_all | fs::perms::group_all);
        Said said;
        CHECK_FALSE(index::Index::open(repo, "one", said.session));
        CHECK_FALSE(index::Index::open(repo, "one", said.session));
        CHECK(said.lines == std::vector<std::string>{"warning: index not used: " + folder.string() +
                                                     " is writable by other users; every note is read (docs/robustness.md)"});
        CHECK_FALSE(fs::exists(file));
    }
    SUBCASE("a -shm writable by others: not used") {
        REQUIRE(index::Index::open(repo, "one"));
        std::ofstream(shm) << "";
        fs::permissions(shm, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_write);
        Said said;
        CHECK_FALSE(index::Index::open(repo, "one", said.session));
        CHECK(said.lines.size() == 1);
    }
    SUBCASE("a folder of another user (root only): not used") {
        if (::geteuid() != 0) {
            MESSAGE("skipped: chown to nobody needs root");
            return;
        }
        fs::create_directories(folder);
        REQUIRE(::chown(folder.c_str(), 65534, 65534) == 0);
        Said said;
        CHECK_FALSE(index::Index::open(repo, "one", said.session));
        CHECK(said.lines == std::vector<std::string>{"warning: index not used: " + folder.string() +
                                                     " belongs to another user; every note is read (docs/robustness.md)"});
    }
}

TEST_CASE("a row changed on disk is not used: its note is read again") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const load::Repository repo{tmp.path() / "repo", true};
    const auto notes = every_note();
    auto index = index::Index::open(repo, "one");
    REQUIRE(index);
    REQUIRE(index->store({{"notes/a.md", entry_of(notes[0], 10)}, {"notes/b.md", entry_of(notes[1], 20)}}, {}));
    REQUIRE(index->find({"notes/a.md", "notes/b.md"}, model::k_all_parts).size() == 2);

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(index::Index::location(repo)->c_str(), &db) == SQLITE_OK);
    SUBCASE("one byte of a part") {
        CHECK(sqlite3_exec(db, "UPDATE blob_actions SET data = CAST(data || 'x' AS BLOB) WHERE path = 'notes/a.md'",
                           nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    SUBCASE("the stamp") {
        CHECK(sqlite3_exec(db, "UPDATE blob_head SET size = 11 WHERE path = 'notes/a.md'", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    SUBCASE("a row copied under another path") {
        CHECK(sqlite3_exec(db, "UPDATE blob_people SET data = (SELECT data FROM blob_people WHERE path = 'notes/b.md'), "
                               "sum = (SELECT sum FROM blob_people WHERE path = 'notes/b.md') WHERE path = 'notes/a.md'",
                           nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    sqlite3_close(db);
    const auto found = index->find({"notes/a.md", "notes/b.md"}, model::k_all_parts);
    CHECK(found.size() == 1);
    CHECK(found.contains("notes/b.md"));
    // Stored anew: found again.
    REQUIRE(index->store({{"notes/a.md", entry_of(notes[0], 10)}}, {}));
    CHECK(index->find({"notes/a.md"}, model::k_all_parts).size() == 1);
}

TEST_CASE("another dla holding the index: a run waits less than half a second in all") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const load::Repository repo{tmp.path() / "repo", true};
    const auto notes = every_note();
    REQUIRE(index::Index::open(repo, "one"));
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open(index::Index::location(repo)->c_str(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    Said said;
    const auto start = std::chrono::steady_clock::now();
    auto index = index::Index::open(repo, "one", said.session);  // reading does not wait in WAL mode
    REQUIRE(index);
    for (int i = 0; i < 5; ++i) CHECK_FALSE(index->store({{"notes/a.md", entry_of(notes[0], 10)}}, {}));
    CHECK_FALSE(index::Index::open(repo, "two", said.session));  // another fingerprint: must write
    const auto waited = std::chrono::steady_clock::now() - start;
    CHECK(waited < std::chrono::milliseconds(500));
    CHECK(waited >= std::chrono::milliseconds(index::Index::k_patience_us / 1000));
    CHECK(said.lines.empty());  // busy is not a failure: nothing said

    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    CHECK(index::Index::open(repo, "one")->store({{"notes/a.md", entry_of(notes[0], 10)}}, {}));
}

TEST_CASE("a write over the file size limit: not written, said once, the index still readable") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const load::Repository repo{tmp.path() / "repo", true};
    const auto notes = every_note();
    Said said;
    auto index = index::Index::open(repo, "one", said.session);
    REQUIRE(index);
    rlimit old {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);  // as main does
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    std::vector<std::pair<std::string, index::Index::Entry>> many;
    for (std::size_t i = 0; i < 50; ++i) many.emplace_back("notes/" + std::to_string(i) + ".md", entry_of(notes[i % notes.size()], 1));
    const bool first = index->store(many, {});
    const bool second = index->store({{"notes/a.md", entry_of(notes[0], 10)}}, {});
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, old_handler);
    CHECK_FALSE(first);
    CHECK_FALSE(second);  // not tried again
    REQUIRE(said.lines.size() == 1);
    // The reason is the system's or SQLite's words (File too large, disk I/O error).
    CHECK(said.lines[0].starts_with("warning: the index " + index::Index::location(repo)->string() + " could not be written ("));
    CHECK(said.lines[0].ends_with("); the answer is complete, the notes will be read again next time"));
    CHECK(index->find({"notes/0.md"}, model::head).empty());
}

TEST_CASE("a run opens one SQLite connection, however many times it reads notes; --no-cache none") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const fs::path repo = tmp.path() / "repo";
    fs::copy(fs::path(DLA_TEST_DATA) / "e2e/fixtures/actions", repo, fs::copy_options::recursive);
    const std::string note = (fs::path("notes/2024") / fs::directory_iterator(repo / "notes/2024")->path().filename()).string();
    workspace::Options options;
    options.cwd = repo;
    for (const bool use_index : {true, false}) {
        options.use_index = use_index;
        const unsigned before = index::Index::connections_made();
        {
            workspace::Workspace ws = workspace::open(options);
            CHECK(index::Index::connections_made() == before);  // not before the first read
            // As `dla check NOTE` does: the notes named, then every note for the ids they carry.
            CHECK(workspace::read_notes(ws, repo, {note}, model::head).meetings.size() == 1);
            CHECK(workspace::read_notes(ws, repo, {}, model::head).meetings.size() > 1);
            CHECK(workspace::read_notes(ws, repo, {}, model::k_all_parts).meetings.size() > 1);
            CHECK((workspace::index_of(ws) != nullptr) == use_index);
        }
        CHECK(index::Index::connections_made() - before == (use_index ? 1u : 0u));
    }
}

TEST_CASE("the index's warning goes where the workspace's options say, in the workspace's language") {
    test::TempDir tmp("dla-unit-index-");
    const Env cache("XDG_CACHE_HOME", (tmp.path() / "cache").string());
    const fs::path repo = tmp.path() / "repo";
    fs::copy(fs::path(DLA_TEST_DATA) / "e2e/fixtures/actions", repo, fs::copy_options::recursive);
    fs::create_directories(tmp.path() / "cache/dla");
    fs::permissions(tmp.path() / "cache/dla", fs::perms::all);  // writable by others: not trusted
    std::vector<std::string> said;
    workspace::Options options;
    options.cwd = repo;
    options.warn = [&said](const std::string& line) { said.push_back(line); };
    for (const auto lang : {util::Lang::fr, util::Lang::en}) {
        said.clear();
        options.lang = lang;
        workspace::Workspace ws = workspace::open(options);
        CHECK(said.empty());  // the index is not opened yet
        (void)workspace::read_notes(ws, repo, {});
        (void)workspace::read_notes(ws, repo, {});
        CHECK(workspace::index_of(ws) == nullptr);
        const std::string folder = (tmp.path() / "cache/dla").string();
        CHECK(said == std::vector<std::string>{
                          lang == util::Lang::fr
                              ? "attention : index non utilisé : " + folder +
                                    " est modifiable par d'autres utilisateurs ; toutes les notes sont relues (docs/robustness.md)"
                              : "warning: index not used: " + folder +
                                    " is writable by other users; every note is read (docs/robustness.md)"});
    }
}
