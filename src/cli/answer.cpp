#include "answer.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "dla/load/cache.hpp"

namespace dla::cli {

namespace {

static_assert(sizeof(load::FileStamp) == 5 * sizeof(std::int64_t), "a stamp is hashed as its bytes: no padding");

// A stream buffer writing through to the stream's own and keeping a copy.
class Tee : public std::streambuf {
public:
    explicit Tee(std::ostream& stream) : m_stream(stream), m_target(stream.rdbuf(this)) {}
    ~Tee() override { m_stream.rdbuf(m_target); }
    Tee(const Tee&) = delete;
    Tee& operator=(const Tee&) = delete;
    std::string kept;
    bool lost = false;  // a write did not go through (a closed pipe): what is kept is not the answer

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        kept += traits_type::to_char_type(c);
        const int_type written = m_target->sputc(traits_type::to_char_type(c));
        lost = lost || traits_type::eq_int_type(written, traits_type::eof());
        return written;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        kept.append(s, static_cast<std::size_t>(n));
        const std::streamsize written = m_target->sputn(s, n);
        lost = lost || written != n;
        return written;
    }
    int sync() override { return m_target->pubsync(); }

private:
    std::ostream& m_stream;
    std::streambuf* m_target;
};

// 128 bits of two unrelated 64-bit hashes, eight bytes at a time: no two different
// keys of this world meet by chance.
std::string hash128(std::string_view bytes) {
    std::uint64_t a = 0xcbf29ce484222325ULL ^ bytes.size();
    std::uint64_t b = 0x9e3779b97f4a7c15ULL;
    for (std::size_t i = 0; i < bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, std::min<std::size_t>(8, bytes.size() - i));
        a = (a ^ word) * 0x100000001b3ULL;
        a ^= a >> 32;
        b = (b ^ word) * 0xbf58476d1ce4e5b9ULL;
        b ^= b >> 31;
    }
    return fmt::format("{:016x}{:016x}", a, b);
}

// Everything the answer depends on, hashed; nullopt when a note cannot be told unchanged
// (touched within the last two seconds, or that cannot be stat'ed). The folder listed
// here is left in the workspace, for the command not to list it again.
std::optional<std::string> answer_key(Context& ctx, int argc, char** argv) {
    std::string key;
    auto add = [&](std::string_view s) {
        key += s;
        key += '\0';
    };
    add(ctx.workspace.fingerprint);  // the build, dla.yaml, the language
    add(ctx.workspace.repo.root.string());
    add(ctx.cwd.string());
    for (int i = 1; i < argc; ++i) add(argv[i]);
    add(util::to_iso(ctx.today));
    add(ctx.lang == util::Lang::en ? "en" : "fr");
    add(ctx.style.color() ? "colour" : "plain");
    add(std::to_string(ctx.width));
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");  // the DTSTAMP of calendar's ICS
    add(epoch ? epoch : "-");

    const parse::Listing& folder = ctx.workspace.folder.emplace(parse::list_folder(ctx.workspace));
    const auto& [files, stamps] = folder;
    const std::int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::system_clock::now().time_since_epoch()).count();
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& s = stamps[i];
        if (!s || load::racy(*s, now)) return std::nullopt;
        add(files[i].native());
        add(std::string_view(reinterpret_cast<const char*>(&*s), sizeof *s));  // five integers, no padding
    }
    return hash128(key);
}

}  // namespace

int run_remembered(Context& ctx, int argc, char** argv, const Run& run) {
    std::unique_ptr<load::Cache> index =
        ctx.workspace.use_index ? load::Cache::open(ctx.workspace.repo, ctx.workspace.fingerprint) : nullptr;
    const std::optional<std::string> key = index ? answer_key(ctx, argc, argv) : std::nullopt;
    if (!key) return run(ctx);
    if (auto answer = index->answer(*key)) {
        std::cerr << answer->err << std::flush;
        std::cout << answer->out << std::flush;
        return answer->status;
    }
    int status = 0;
    bool whole = false;
    load::Cache::Answer answer;
    {
        Tee err(std::cerr);
        Tee out(std::cout);
        status = run(ctx);
        std::cout.flush();
        whole = !out.lost && !err.lost && std::cout.good() && std::cerr.good();
        answer = {std::move(out.kept), std::move(err.kept), status};
    }
    if (whole && answer.out.size() + answer.err.size() <= load::Cache::k_answers_bytes)
        index->store_answer(*key, answer);
    return status;
}

}  // namespace dla::cli
