// dla help [COMMAND]: the help of dla, or of a command, as --help prints it.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"

namespace dla::cli {

void register_help(CLI::App& app, Selected& selected) {
    auto name = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("help", util::tr(selected.lang, util::Msg::help_command_help));
    std::vector<std::string> names;
    for (const Command& c : k_commands)
        if (!c.name.starts_with("__")) names.emplace_back(c.name);
    cmd->add_option("command", *name, util::tr(selected.lang, util::Msg::help_command_name))
        ->check(CLI::IsMember(names))
        ->type_name("COMMAND");
    cmd->callback([&selected, &app, name] {
        selected.run = [&app, name](Context&) {
            // CLI11's help(): the usage line names the command after the program, as --help does.
            const CLI::App* target = name->empty() ? &app : app.get_subcommand(*name);
            const std::string usage = name->empty() ? app.get_name() : app.get_name() + " " + *name;
            std::cout << target->get_formatter()->make_help(target, usage, CLI::AppFormatMode::Normal);
            return 0;
        };
    });
}

}  // namespace dla::cli
