#include "dla/util/hash.hpp"

namespace dla::util {

namespace {

// The one loop of FNV-1a; each width has its own offset basis and prime.
template <typename Hash>
Hash fnv1a(std::string_view bytes, Hash basis, Hash prime) {
    Hash hash = basis;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= prime;
    }
    return hash;
}

}  // namespace

std::uint32_t fnv1a_32(std::string_view bytes) { return fnv1a<std::uint32_t>(bytes, 2166136261u, 16777619u); }

std::uint64_t fnv1a_64(std::string_view bytes) {
    return fnv1a<std::uint64_t>(bytes, 14695981039346656037ULL, 1099511628211ULL);
}

}  // namespace dla::util
