// FNV-1a, the hash of the identifiers dla makes from text (an action's implicit id, an
// event's UID): tiny, stable across runs, machines and versions, never to be changed (the
// ids are in people's notes and calendars). The index's checksums use xxHash instead.
#pragma once

#include <cstdint>
#include <string_view>

namespace dla::util {

/// FNV-1a, 32 bits, of `bytes`.
[[nodiscard]] std::uint32_t fnv1a_32(std::string_view bytes);

/// FNV-1a, 64 bits, of `bytes`.
[[nodiscard]] std::uint64_t fnv1a_64(std::string_view bytes);

}  // namespace dla::util
