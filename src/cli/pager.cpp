#include "pager.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sys/wait.h>
#include <unistd.h>

namespace dla::cli {

namespace {

// The pager's process, for the signal handler: a signal stops dla, not the pager, which
// would be left reading from a closed pipe while the shell takes the terminal back.
volatile pid_t g_pager_pid = -1;

void wait_for_pager() {
    const pid_t pid = g_pager_pid;
    if (pid <= 0) return;
    g_pager_pid = -1;
    ::close(STDOUT_FILENO);  // the pager reads to the end, then waits for its user
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

void on_signal(int sig) {
    wait_for_pager();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// Whether `program` is an executable file of a folder of PATH.
bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string dir = end > start ? dirs.substr(start, end - start) : ".";
        if (::access((dir + "/" + program).c_str(), X_OK) == 0) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

std::string pager_command() {
    const char* dla = std::getenv("DLA_PAGER");
    const char* env = std::getenv("PAGER");
    // Without less, the default is no pager rather than a shell saying "not found".
    if (!dla && !env) return on_path("less") ? "less -FRX" : "";
    std::string command = dla ? dla : env;
    const auto first = command.find_first_not_of(" \t");
    if (first == std::string::npos || command.substr(first, command.find_last_not_of(" \t") + 1 - first) == "cat") return {};
    return command;
}

Pager::Pager() {
    if (!::isatty(STDOUT_FILENO)) return;
    const std::string command = pager_command();
    if (command.empty()) return;
    int fds[2];
    if (::pipe(fds) != 0) return;
    std::cout.flush();
    std::fflush(stdout);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return;
    }
    if (pid == 0) {
        ::dup2(fds[0], STDIN_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        // -F: quit when it fits one screen; -R: keep the colours; -X: leave the text on screen.
        ::setenv("LESS", "FRX", 0);
        ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::dup2(fds[1], STDOUT_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    m_pid = pid;
    g_pager_pid = pid;
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) std::signal(sig, on_signal);
}

Pager::~Pager() {
    if (m_pid <= 0) return;
    std::cout.flush();
    std::fflush(stdout);
    wait_for_pager();
}

}  // namespace dla::cli
