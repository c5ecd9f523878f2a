#include "dla/load/process.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dla/util/failure.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace dla::load {

TempDir::TempDir() {
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "dla-XXXXXX").string();
    if (ec) pattern = "/tmp/dla-XXXXXX";
    if (!mkdtemp(pattern.data()))
        throw util::Failure({util::Msg::write_failed, {pattern, std::strerror(errno)}});
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::optional<fs::path> find_program(std::string_view name, std::string_view path_list) {
    if (name.find('/') != std::string_view::npos) return std::nullopt;
    std::size_t pos = 0;
    while (pos <= path_list.size()) {
        std::size_t colon = path_list.find(':', pos);
        if (colon == std::string_view::npos) colon = path_list.size();
        const std::string_view dir = path_list.substr(pos, colon - pos);
        const fs::path candidate = fs::path(dir.empty() ? "." : std::string(dir)) / std::string(name);
        struct stat st {};
        if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        pos = colon + 1;
    }
    return std::nullopt;
}

std::optional<fs::path> find_in_path(const std::vector<std::string_view>& names) {
    const char* path = std::getenv("PATH");
    for (const auto name : names)
        if (auto found = find_program(name, path ? path : "")) return found;
    return std::nullopt;
}

ProgramRun run_program(const fs::path& program, const std::vector<std::string>& args, const fs::path& work_dir,
                       std::chrono::milliseconds timeout) {
    const fs::path log = work_dir / "output.log";
    std::vector<std::string> argv_text{program.string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setpgroup(&attr, 0);  // its own group: a timeout kills its children too
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    pid_t pid = 0;
    const int error = posix_spawn(&pid, program.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (error != 0) throw util::Failure({util::Msg::program_failed_to_start, {program.string(), std::strerror(error)}});

    ProgramRun run;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid || (done < 0 && errno != EINTR)) break;
        if (std::chrono::steady_clock::now() >= deadline) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            run.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // A program that leaves helpers behind (Chromium's) must not keep the folder busy.
    ::kill(-pid, SIGKILL);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
    std::ifstream in(log, std::ios::binary);
    std::string output((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    constexpr std::size_t k_kept = 2000;
    run.output = output.size() > k_kept ? output.substr(output.size() - k_kept) : output;
    return run;
}

}  // namespace dla::load
