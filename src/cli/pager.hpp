// The pager of long outputs on a terminal, as git does it: `sh -c "$PAGER"` reading
// from a pipe that becomes our stdout, waited for when dla ends.
#pragma once

#include <string>
#include <sys/types.h>

namespace dla::cli {

/// The pager command: DLA_PAGER when set, else PAGER when set, else `less -FRX`; empty
/// when that is empty or `cat` (no pager).
[[nodiscard]] std::string pager_command();

/// While it lives, stdout goes through the pager. It starts one only when stdout is a
/// terminal and pager_command() is not empty (with LESS=FRX when LESS is unset);
/// otherwise, or when the pager cannot be started, it does nothing. When it ends (and
/// when a signal stops dla), stdout is flushed and closed and the pager waited for.
class Pager {
public:
    Pager();
    ~Pager();
    Pager(const Pager&) = delete;
    Pager& operator=(const Pager&) = delete;

private:
    pid_t m_pid = -1;
};

}  // namespace dla::cli
