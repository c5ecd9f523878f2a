#include "commands.hpp"

#include <algorithm>

namespace dla::cli {

void register_all(CLI::App& app, Selected& selected) {
    for (const Command& command : k_commands) command.add(app, selected);
}

Traits selected_traits(const CLI::App& app) {
    const auto subcommands = app.get_subcommands();
    if (subcommands.empty()) return {};
    return command_traits(subcommands.front()->get_name());
}

Traits command_traits(std::string_view name) {
    const auto* found = std::ranges::find(k_commands, name, &Command::name);
    return found == k_commands.end() ? Traits{} : found->traits;
}

}  // namespace dla::cli
