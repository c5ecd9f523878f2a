// Work spread over the cores: the one parallel loop of dla (reading files, parsing notes).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <system_error>
#include <thread>
#include <vector>

namespace dla::util {

/// Runs job(i) for every i < n on every core, the next i going to whichever is free.
/// A thread the system refuses (EAGAIN: process or memory limits) is done without: the
/// work goes to the threads there are, the calling one at least.
template <class Job>
void parallel_for(std::size_t n, Job job) {
    const std::size_t workers = std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), n));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < n; i = next++) job(i);
    };
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w) {
        try {
            threads.emplace_back(work);
        } catch (const std::system_error&) {
            break;  // a thread left joinable by an exception would end the process
        }
    }
    work();
    for (auto& t : threads) t.join();
}

}  // namespace dla::util
