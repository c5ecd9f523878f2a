#include "dla/load/git.hpp"

#include <algorithm>
#include <map>

#include <git2.h>

#include "dla/util/failure.hpp"

namespace fs = std::filesystem;

namespace dla::load {

namespace {

// libgit2 is set up once for the whole process and never torn down: a second setup
// would only count references, and the process ends soon anyway.
void ensure_libgit2() {
    static const int once = git_libgit2_init();
    (void)once;
}

template <typename T, void (*Free)(T*)>
struct Freer {
    void operator()(T* p) const { Free(p); }
};
using Object = std::unique_ptr<git_object, Freer<git_object, git_object_free>>;
using Tree = std::unique_ptr<git_tree, Freer<git_tree, git_tree_free>>;
using TreeEntry = std::unique_ptr<git_tree_entry, Freer<git_tree_entry, git_tree_entry_free>>;
using Blob = std::unique_ptr<git_blob, Freer<git_blob, git_blob_free>>;
using Config = std::unique_ptr<git_config, Freer<git_config, git_config_free>>;
using Index = std::unique_ptr<git_index, Freer<git_index, git_index_free>>;
using Odb = std::unique_ptr<git_odb, Freer<git_odb, git_odb_free>>;
using Revwalk = std::unique_ptr<git_revwalk, Freer<git_revwalk, git_revwalk_free>>;
using Commit = std::unique_ptr<git_commit, Freer<git_commit, git_commit_free>>;

// A git_buf freed on scope exit.
struct Buffer {
    git_buf buf{nullptr, 0, 0};
    Buffer() = default;
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer() { git_buf_dispose(&buf); }
    [[nodiscard]] std::string str() const { return buf.ptr ? std::string(buf.ptr, buf.size) : std::string(); }
};

// A libgit2 failure that no user input explains (a damaged repository): its own words.
[[noreturn]] void fail_git() {
    const git_error* e = git_error_last();
    throw util::Failure({util::Msg::git_failed, {e && e->message ? e->message : "?"}});
}

void check(int code) {
    if (code < 0) fail_git();
}

std::string oid_text(const git_oid* oid) {
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, oid);
    return text;
}

// The commit an object leads to, else the tree, else nothing.
std::optional<std::string> peeled_id(git_object* object) {
    git_object* peeled = nullptr;
    if (git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) == 0) {
        Object owned(peeled);
        return oid_text(git_object_id(peeled));
    }
    if (git_object_peel(&peeled, object, GIT_OBJECT_TREE) == 0) {
        Object owned(peeled);
        return oid_text(git_object_id(peeled));
    }
    return std::nullopt;
}

}  // namespace

bool inside_git_repository(const fs::path& path) {
    ensure_libgit2();
    return git_repository_open_ext(nullptr, path.c_str(), 0, nullptr) == 0;
}

void init_git_repository(const fs::path& path) {
    ensure_libgit2();
    git_repository* repo = nullptr;
    check(git_repository_init(&repo, path.c_str(), 0));
    git_repository_free(repo);
}

void GitRepository::Closer::operator()(git_repository* repo) const { git_repository_free(repo); }

GitRepository::GitRepository(const fs::path& path) {
    ensure_libgit2();
    git_repository* repo = nullptr;
    const int code = git_repository_open_ext(&repo, path.c_str(), 0, nullptr);
    if (code == GIT_ENOTFOUND) throw util::Failure({util::Msg::not_a_git_repository, {path.string()}});
    check(code);
    m_repo.reset(repo);
}

GitRepository::~GitRepository() = default;
GitRepository::GitRepository(GitRepository&&) noexcept = default;
GitRepository& GitRepository::operator=(GitRepository&&) noexcept = default;

fs::path GitRepository::work_tree() const {
    const char* dir = git_repository_workdir(m_repo.get());
    if (!dir) throw util::Failure({util::Msg::git_bare, {git_repository_path(m_repo.get())}});
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(fs::path(dir), ec);
    return ec ? fs::path(dir) : canonical;
}

fs::path GitRepository::hooks_dir() const {
    git_config* raw = nullptr;
    check(git_repository_config(&raw, m_repo.get()));
    Config config(raw);
    Buffer configured;
    if (git_config_get_path(&configured.buf, config.get(), "core.hooksPath") == 0 && configured.buf.size > 0) {
        fs::path p = configured.str();
        return p.is_absolute() ? p : work_tree() / p;
    }
    Buffer hooks;
    check(git_repository_item_path(&hooks.buf, m_repo.get(), GIT_REPOSITORY_ITEM_HOOKS));
    return fs::path(hooks.str());
}

Revision GitRepository::resolve(std::string_view rev) const {
    const std::string spec(rev);
    git_object* raw = nullptr;
    if (spec.empty() || git_revparse_single(&raw, m_repo.get(), spec.c_str()) != 0) {
        if (git_repository_head_unborn(m_repo.get()) == 1 || git_repository_is_empty(m_repo.get()) == 1)
            throw util::Failure({util::Msg::git_no_commit, {spec}});
        throw util::Failure({util::Msg::unknown_revision, {spec}});
    }
    Object object(raw);
    auto id = peeled_id(object.get());
    // A blob or a tag of one is no version of the notes.
    if (!id) throw util::Failure({util::Msg::unknown_revision, {spec}});
    return Revision{spec, *id};
}

std::optional<std::pair<Revision, Revision>> GitRepository::resolve_range(std::string_view text) const {
    const auto dots = text.find("..");
    if (dots == std::string_view::npos) return std::nullopt;
    const bool merge_base = text.substr(dots).starts_with("...");
    const std::string_view left = text.substr(0, dots);
    const std::string_view right = text.substr(dots + (merge_base ? 3 : 2));
    Revision from = resolve(left.empty() ? "HEAD" : left);
    Revision to = resolve(right.empty() ? "HEAD" : right);
    if (merge_base) {
        git_oid a, b, base;
        check(git_oid_fromstr(&a, from.id.c_str()));
        check(git_oid_fromstr(&b, to.id.c_str()));
        if (git_merge_base(&base, m_repo.get(), &a, &b) != 0)
            throw util::Failure({util::Msg::unknown_revision, {std::string(text)}});
        from = Revision{std::string(left.empty() ? "HEAD" : left), oid_text(&base)};
    }
    return std::pair{from, to};
}

std::vector<SourceFile> GitRepository::notes_at(const Revision& revision, const Repository& repo,
                                                const std::string& notes_dir) const {
    git_oid oid;
    check(git_oid_fromstr(&oid, revision.id.c_str()));
    git_object* raw = nullptr;
    check(git_object_lookup(&raw, m_repo.get(), &oid, GIT_OBJECT_ANY));
    Object object(raw);
    git_object* tree_raw = nullptr;
    check(git_object_peel(&tree_raw, object.get(), GIT_OBJECT_TREE));
    Tree root(reinterpret_cast<git_tree*>(tree_raw));

    // The notes folder as a path of the tree: relative to the top of the working tree.
    const fs::path top = work_tree();
    const fs::path notes = (repo.root / notes_dir).lexically_normal().lexically_relative(top);
    if (notes.empty() || *notes.begin() == "..") return {};
    std::string prefix = notes.generic_string();
    if (prefix == ".") prefix.clear();
    while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();

    Tree folder;
    if (prefix.empty()) {
        folder = std::move(root);
    } else {
        git_tree_entry* entry_raw = nullptr;
        if (git_tree_entry_bypath(&entry_raw, root.get(), prefix.c_str()) != 0) return {};  // no notes folder then
        TreeEntry entry(entry_raw);
        if (git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE) return {};
        git_tree* sub = nullptr;
        check(git_tree_lookup(&sub, m_repo.get(), git_tree_entry_id(entry.get())));
        folder.reset(sub);
    }

    struct Found {
        std::string tree_path;  // from the top of the working tree
        git_oid id;
    };
    struct Walk {
        std::string prefix;
        std::vector<Found> found;
    } walk{prefix.empty() ? std::string() : prefix + "/", {}};
    auto visit = [](const char* dir, const git_tree_entry* entry, void* payload) -> int {
        auto& w = *static_cast<Walk*>(payload);
        const std::string name = git_tree_entry_name(entry);
        if (name.starts_with('.')) return 1;  // hidden: skipped, with its subtree
        const git_filemode_t mode = git_tree_entry_filemode(entry);
        if ((mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) && name.ends_with(".md"))
            w.found.push_back({w.prefix + dir + name, *git_tree_entry_id(entry)});
        return 0;
    };
    check(git_tree_walk(folder.get(), GIT_TREEWALK_PRE, visit, &walk));

    git_odb* odb_raw = nullptr;
    check(git_repository_odb(&odb_raw, m_repo.get()));
    const Odb odb(odb_raw);
    std::vector<SourceFile> files;
    for (const auto& f : walk.found) {
        const fs::path full = top / f.tree_path;
        // A note over the limit is reported as in the working tree, never loaded.
        std::size_t size = 0;
        git_object_t type{};
        check(git_odb_read_header(&size, &type, odb.get(), &f.id));
        if (size > k_max_note_bytes) {
            SourceFile big{display_path(repo, full), full, {}, k_too_large};
            big.size = size;
            files.push_back(std::move(big));
            continue;
        }
        git_blob* blob_raw = nullptr;
        check(git_blob_lookup(&blob_raw, m_repo.get(), &f.id));
        Blob blob(blob_raw);
        Buffer filtered;
        // As GIT_BLOB_FILTER_OPTIONS_INIT, whose partial initializer clang warns about.
        git_blob_filter_options options{};
        options.version = GIT_BLOB_FILTER_OPTIONS_VERSION;
        options.flags = GIT_BLOB_FILTER_CHECK_FOR_BINARY;
        check(git_blob_filter(&filtered.buf, blob.get(), f.tree_path.c_str(), &options));
        files.push_back(SourceFile{display_path(repo, full), full, filtered.str(), 0});
    }
    std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    return files;
}

std::vector<SourceFile> GitRepository::working_notes(const Repository& repo, const std::string& notes_dir) const {
    const fs::path top = work_tree();
    git_index* index_raw = nullptr;
    check(git_repository_index(&index_raw, m_repo.get()));
    Index index(index_raw);
    std::vector<fs::path> kept;
    std::map<fs::path, bool> nested;  // folder: whether it is the top of another git repository
    auto in_nested_repository = [&](const fs::path& note) {
        for (fs::path dir = note.parent_path(); dir != top && dir.has_relative_path(); dir = dir.parent_path()) {
            auto [at, added] = nested.try_emplace(dir, false);
            std::error_code ec;
            if (added) at->second = fs::exists(dir / ".git", ec);
            if (at->second) return true;
        }
        return false;
    };
    for (const auto& path : list_notes(repo, notes_dir)) {
        // A submodule (or any repository nested in this one) is a commit to git, not
        // files: its notes are no notes of this history, as notes_at() finds none there.
        if (in_nested_repository(path)) continue;
        const std::string relative = path.lexically_relative(top).generic_string();
        int ignored = 0;
        check(git_ignore_path_is_ignored(&ignored, m_repo.get(), relative.c_str()));
        // A file that git ignores but tracks all the same (added with --force) is a note.
        if (ignored && !git_index_get_bypath(index.get(), relative.c_str(), 0)) continue;
        kept.push_back(path);
    }
    auto files = read_files(repo, kept);
    std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    return files;
}

std::optional<util::Date> GitRepository::added_on(const fs::path& file) const {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    if (ec || git_repository_is_bare(m_repo.get())) return std::nullopt;
    const fs::path relative = canonical.lexically_relative(work_tree());
    if (relative.empty() || *relative.begin() == "..") return std::nullopt;
    git_revwalk* raw = nullptr;
    check(git_revwalk_new(&raw, m_repo.get()));
    Revwalk walk(raw);
    if (git_revwalk_push_head(walk.get()) < 0) return std::nullopt;  // no commit yet
    check(git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE));
    git_oid oid;
    while (git_revwalk_next(&oid, walk.get()) == 0) {
        git_commit* c = nullptr;
        check(git_commit_lookup(&c, m_repo.get(), &oid));
        Commit commit(c);
        git_tree* t = nullptr;
        check(git_commit_tree(&t, commit.get()));
        Tree tree(t);
        git_tree_entry* e = nullptr;
        if (git_tree_entry_bypath(&e, tree.get(), relative.generic_string().c_str()) != 0) continue;
        TreeEntry entry(e);
        const git_signature* author = git_commit_author(commit.get());
        // The author's own calendar day: the time plus its offset, read as UTC.
        const git_time_t local = author->when.time + static_cast<git_time_t>(author->when.offset) * 60;
        return util::from_days(static_cast<long>(local >= 0 ? local / 86400 : (local - 86399) / 86400));
    }
    return std::nullopt;
}

}  // namespace dla::load
