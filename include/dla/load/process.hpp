// Other programs dla hands a job to (Chromium prints a PDF, pandoc writes .docx and .odt):
// found in PATH, started directly (posix_spawn, never through a shell), bounded in time,
// working in a private temporary folder.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dla::load {

/// A folder of its own under the system's temporary folder (`dla-XXXXXX`, mode 0700),
/// removed with everything in it when the object goes. Throws util::Failure
/// (`write_failed`) when it cannot be made.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// The first executable regular file `name` in the folders of `path_list` (PATH's
/// syntax, `:`-separated; an empty entry is the current folder); nothing when none.
[[nodiscard]] std::optional<std::filesystem::path> find_program(std::string_view name, std::string_view path_list);

/// The first of `names` that find_program finds in the PATH of the environment.
[[nodiscard]] std::optional<std::filesystem::path> find_in_path(const std::vector<std::string_view>& names);

/// What became of a program.
struct ProgramRun {
    int exit_code = 0;       // its exit status; 128 + N when killed by signal N
    bool timed_out = false;  // killed (with its process group) at the time limit
    std::string output;      // what it wrote on stdout and stderr, its last 2,000 bytes
};

/// Runs `program` with `args` (argv[1…]) in its own process group, stdin from
/// /dev/null, stdout and stderr into a file of `work_dir`; waits at most `timeout`, then
/// kills the group. Throws util::Failure (`program_failed_to_start`) when it cannot start.
[[nodiscard]] ProgramRun run_program(const std::filesystem::path& program, const std::vector<std::string>& args,
                                     const std::filesystem::path& work_dir, std::chrono::milliseconds timeout);

}  // namespace dla::load
