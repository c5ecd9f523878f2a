// dla completion bash|zsh|fish: a completion script written from the CLI11 definitions of
// every command, so that it follows them; and the hidden `dla __complete WHAT`, which
// gives the scripts the values only the repository knows.
#include <iostream>
#include <algorithm>
#include <set>
#include <span>
#include <utility>

#include "commands.hpp"
#include "dla/query/calendar.hpp"
#include "dla/render/completion.hpp"

namespace dla::cli {

namespace {

using render::ValueSource;

// The choices of an IsMember check: CLI11 writes them in the type name, "QUAND:{auto,always,never}".
std::vector<std::string> choices_of(const CLI::Option& option) {
    const std::string type = option.get_type_name();
    const auto open = type.find(":{");
    const auto close = type.rfind('}');
    if (open == std::string::npos || close == std::string::npos || close < open) return {};
    std::vector<std::string> out;
    std::string item;
    for (char c : type.substr(open + 2, close - open - 2)) {
        if (c == ',') out.push_back(std::exchange(item, {}));
        else item += c;
    }
    out.push_back(item);
    return out;
}

// Where the values of an option come from: a fixed list when CLI11 checks one, else what
// its name says (the same names mean the same things in every command).
ValueSource source_of(const CLI::Option& option, const std::string& name) {
    if (!choices_of(option).empty() || name == "--lang") return ValueSource::choices;
    if (name == "--series") return ValueSource::series;
    if (name == "--department") return ValueSource::departments;
    if (name == "--owner") return ValueSource::owners;
    if (name == "-C" || name == "dir" || name == "outdir" || name == "--out") return ValueSource::directories;
    if (name == "--note" || name == "note" || name == "notes" || name == "paths") return ValueSource::notes;
    if (name == "-o" || name == "files" || name == "--mbox") return ValueSource::files;
    return ValueSource::none;
}

render::CompletionOption describe(const CLI::Option& option) {
    render::CompletionOption o;
    for (const auto& s : option.get_snames()) o.names.push_back("-" + s);
    for (const auto& l : option.get_lnames()) o.names.push_back("--" + l);
    o.help = option.get_description();
    o.takes_value = option.get_items_expected_max() > 0;  // 0 for a flag
    o.choices = choices_of(option);
    if (o.choices.empty() && option.get_name() == "--lang") o.choices = {"fr", "en"};  // fr_FR.UTF-8… are accepted too
    o.source = source_of(option, o.names.empty() ? option.get_name() : o.names.front());
    return o;
}

bool visible(const CLI::App* command) { return !command->get_group().empty(); }

std::vector<std::string> strings(std::span<const std::string_view> words) { return {words.begin(), words.end()}; }

// --format, global, with the formats of `command` (Traits::formats), or of every command
// when it is empty: the values it accepts where it is typed.
render::CompletionOption format_option(const render::CompletionOption& global, std::string_view command) {
    render::CompletionOption o = global;
    o.source = ValueSource::choices;
    if (!command.empty()) {
        o.choices = strings(command_traits(command).formats);
        return o;
    }
    for (const Command& c : k_commands)
        for (const auto& f : c.traits.formats)
            if (std::ranges::find(o.choices, f) == o.choices.end()) o.choices.emplace_back(f);
    return o;
}

render::CompletionSpec completion_spec(const CLI::App& app) {
    render::CompletionSpec spec;
    for (const CLI::Option* option : app.get_options()) {
        // -h, --help and --version stop the run: not offered among the options of a command.
        if (option->get_name() == "--help" || option->get_name() == "--version" || option->get_name() == "-h") continue;
        if (!option->nonpositional()) continue;
        spec.global.push_back(describe(*option));
        if (option->get_name() == "--format") spec.global.back() = format_option(spec.global.back(), "");
    }
    const auto global_format = std::ranges::find(spec.global, "--format", [](const auto& o) { return o.names.front(); });
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return visible(s); })) {
        render::CompletionCommand command{sub->get_name(), sub->get_description(), {}, {}, {}};
        for (const CLI::Option* option : sub->get_options()) {
            if (option->nonpositional()) command.options.push_back(describe(*option));
            else command.positionals.push_back(describe(*option));
        }
        if (global_format != spec.global.end() && !command_traits(command.name).formats.empty())
            command.options.push_back(format_option(*global_format, command.name));
        for (const CLI::App* inner : sub->get_subcommands([](const CLI::App*) { return true; }))
            command.subcommands.push_back(inner->get_name());
        spec.commands.push_back(std::move(command));
    }
    return spec;
}

// One value a line, each once, in the order dla.yaml gives them.
void print_values(const std::vector<std::string>& values) {
    std::set<std::string> seen;
    for (const auto& v : values)
        if (!v.empty() && v.find('\n') == std::string::npos && seen.insert(v).second) std::cout << v << '\n';
}

int run_complete(Context& ctx, const std::string& what) {
    const auto& config = ctx.workspace.config;
    std::vector<std::string> values;
    if (what == "series") {
        for (const auto& s : config.series) values.push_back(s.id);
        const auto notes = workspace::read_notes(ctx.workspace, ctx.cwd, {});
        for (auto& s : query::note_series(notes.meetings)) values.push_back(std::move(s));
    } else if (what == "departments") {
        for (const auto& d : config.departments) values.push_back(d.id);
    } else if (what == "notes") {
        for (const auto& path : workspace::note_files(ctx.workspace, ctx.cwd, {}))
            values.push_back(path.lexically_relative(ctx.cwd).generic_string());
    } else {
        for (const auto& p : config.people) {
            values.insert(values.end(), p.aliases.begin(), p.aliases.end());
            values.push_back(p.name);
        }
        for (const auto& p : config.people) values.push_back(p.organisation);
    }
    print_values(values);
    return 0;
}

}  // namespace

void register_completion(CLI::App& app, Selected& selected) {
    auto shell = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("completion", util::tr(selected.lang, util::Msg::completion_help));
    cmd->add_option("shell", *shell, util::tr(selected.lang, util::Msg::completion_help_shell))
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}))
        ->type_name("SHELL");
    cmd->footer(std::string(util::text(util::Msg::footer_completion, selected.lang)));
    // The app is complete when the callback runs: every command is registered by then.
    cmd->callback([&selected, &app, shell] {
        selected.run = [&app, shell](Context&) {
            const render::CompletionSpec spec = completion_spec(app);
            std::cout << (*shell == "bash" ? render::bash_completion(spec)
                          : *shell == "zsh" ? render::zsh_completion(spec)
                                            : render::fish_completion(spec));
            return 0;
        };
    });
}

void register_complete(CLI::App& app, Selected& selected) {
    auto what = std::make_shared<std::string>();
    CLI::App* complete = app.add_subcommand("__complete", "");
    complete->group("");  // hidden: for the scripts only
    complete->add_option("what", *what)->required()->check(CLI::IsMember({"series", "departments", "owners", "notes"}));
    complete->callback([&selected, what] {
        selected.run = [what](Context& ctx) { return run_complete(ctx, *what); };
    });
}

}  // namespace dla::cli
