// The members of a zip archive (a .docx, .odt or .pptx), read through libzip with limits:
// a corrupt or truncated archive, too many members, or a member that decompresses past
// its limit (a zip bomb) is a util::Failure naming the file, never a crash.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace dla::load {

/// What an archive may hold. The sizes are counted while decompressing: the sizes an
/// archive declares are not trusted.
struct ZipLimits {
    std::uint64_t members = 10'000;                      // entries in the archive
    std::uint64_t member_bytes = std::uint64_t{64} << 20;  // one member, decompressed
    std::uint64_t total_bytes = std::uint64_t{256} << 20;  // the members read, decompressed
};

/// The members of the archive `bytes` whose names `wanted` accepts, by name, decompressed.
/// `shown` is the file as messages name it. Throws util::Failure (zip_corrupt,
/// zip_too_many_members, zip_member_too_large, zip_too_large) as the header says.
[[nodiscard]] std::map<std::string, std::string> read_zip(std::string_view bytes, const std::string& shown,
                                                          const std::function<bool(std::string_view)>& wanted,
                                                          const ZipLimits& limits = {});

}  // namespace dla::load
