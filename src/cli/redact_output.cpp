#include "redact_output.hpp"

#include <string>

namespace dla::cli {

void add_redact_flag(CLI::App* cmd, bool& redact, util::Lang lang) {
    cmd->add_flag("--redact", redact, std::string(util::text(util::Msg::opt_redact, lang)));
}

}  // namespace dla::cli
