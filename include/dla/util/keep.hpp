// What a command reads and computes, kept until the process ends.
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace dla::util {

/// Moves `value` where it lives until the process ends, and returns it. The system
/// takes back a process's memory at once at exit, where freeing the model of 10,000
/// notes string by string took a tenth of a warm `dla actions`. Only memory may be kept
/// so: nothing with a file, a lock or a connection to close. Main thread only.
template <class T>
T& keep_until_exit(T&& value) {
    // Reachable from here, and never freed: leak checkers see no leak, and no
    // destructor runs at exit.
    static auto* kept = new std::vector<std::shared_ptr<void>>();
    auto held = std::make_shared<std::remove_cvref_t<T>>(std::forward<T>(value));
    kept->push_back(held);
    return *held;
}

}  // namespace dla::util
