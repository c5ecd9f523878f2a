#include "dla/load/pipe.hpp"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace dla::load {

namespace {

// SIGPIPE ignored for as long as the object lives: a program that stops reading makes
// write() fail with EPIPE instead of ending dla.
class IgnoreSigpipe {
public:
    IgnoreSigpipe() {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGPIPE, &ignore, &m_old);
    }
    ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &m_old, nullptr); }
    IgnoreSigpipe(const IgnoreSigpipe&) = delete;
    IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;

private:
    struct sigaction m_old {};
};

// Every byte of `input` to `fd`, until the reader goes away.
void write_all(int fd, std::string_view input) {
    while (!input.empty()) {
        const ssize_t n = ::write(fd, input.data(), input.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        input.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace

PipeRun pipe_to_program(const std::string& program, const std::vector<std::string>& args, std::string_view input) {
    PipeRun run;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        run.spawn_error = errno;
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    run.spawn_error = ::posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[0]);
    if (run.spawn_error != 0) {
        ::close(fds[1]);
        return run;
    }
    {
        const IgnoreSigpipe quiet;
        write_all(fds[1], input);
        ::close(fds[1]);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
    return run;
}

}  // namespace dla::load
