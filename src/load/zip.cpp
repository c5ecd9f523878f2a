#include "dla/load/zip.hpp"

#include <memory>

#include <zip.h>

#include "dla/util/failure.hpp"

namespace dla::load {

namespace {

using util::Msg;

constexpr std::uint64_t k_mib = std::uint64_t{1} << 20;

std::string mib(std::uint64_t bytes) { return std::to_string((bytes + k_mib - 1) / k_mib); }

[[noreturn]] void corrupt(const std::string& shown, const char* reason) {
    throw util::Failure({Msg::zip_corrupt, {shown, reason}});
}

struct ArchiveCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

std::map<std::string, std::string> read_zip(std::string_view bytes, const std::string& shown,
                                            const std::function<bool(std::string_view)>& wanted, const ZipLimits& limits) {
    if (bytes.empty()) corrupt(shown, "empty file");  // libzip reads it as an empty archive
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        const std::string reason = zip_error_strerror(&error);
        zip_error_fini(&error);
        corrupt(shown, reason.c_str());
    }
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        zip_source_free(source);
        const std::string reason = zip_error_strerror(&error);
        zip_error_fini(&error);
        corrupt(shown, reason.c_str());
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0) corrupt(shown, zip_strerror(archive.get()));
    if (static_cast<std::uint64_t>(count) > limits.members)
        throw util::Failure({Msg::zip_too_many_members, {shown, std::to_string(count), std::to_string(limits.members)}});

    std::map<std::string, std::string> members;
    std::uint64_t total = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        const char* name = zip_get_name(archive.get(), i, ZIP_FL_ENC_GUESS);
        if (!name) corrupt(shown, zip_strerror(archive.get()));
        if (!wanted(name)) continue;
        std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive.get(), i, 0));
        if (!file) corrupt(shown, zip_strerror(archive.get()));
        std::string content;
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0) corrupt(shown, zip_file_strerror(file.get()));  // a bad CRC, truncated data
            if (n == 0) break;
            // Counted as decompressed: what the archive declares may lie.
            if (content.size() + static_cast<std::uint64_t>(n) > limits.member_bytes)
                throw util::Failure({Msg::zip_member_too_large, {shown, name, mib(limits.member_bytes)}});
            total += static_cast<std::uint64_t>(n);
            if (total > limits.total_bytes) throw util::Failure({Msg::zip_too_large, {shown, mib(limits.total_bytes)}});
            content.append(buffer, static_cast<std::size_t>(n));
        }
        members.emplace(name, std::move(content));
    }
    return members;
}

}  // namespace dla::load
