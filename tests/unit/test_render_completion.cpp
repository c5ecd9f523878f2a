#include "dla/render/completion.hpp"

#include <doctest/doctest.h>

using namespace dla::render;

namespace {

// A command line of two commands, as cli::completion_spec builds it from CLI11.
CompletionSpec spec() {
    CompletionSpec s;
    s.global = {{{"-C"}, "Dossier", true, ValueSource::directories, {}},
                {{"--color"}, "Couleurs", true, ValueSource::choices, {"auto", "always", "never"}}};
    s.commands = {{"actions", "Les actions : qui, quoi", {{{"--status"}, "open, done", true, ValueSource::choices, {"open", "done"}},
                                                          {{"--owner"}, "Un responsable", true, ValueSource::owners, {}},
                                                          {{"--wide"}, "[large] l'identifiant", false, ValueSource::none, {}}},
                   {}, {}},
                  {"hook", "Crochets", {}, {}, {"install"}}};
    return s;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("bash_completion") {
    const std::string script = bash_completion(spec());
    CHECK(has(script, "        actions:--status) COMPREPLY=($(compgen -W 'open done' -- \"$cur\")); return 0 ;;\n"));
    CHECK(has(script, "        actions:--owner) _dla_values owners; return 0 ;;\n"));
    CHECK(has(script, "        *:--color) COMPREPLY=($(compgen -W 'auto always never' -- \"$cur\")); return 0 ;;\n"));
    CHECK(has(script, "            actions) COMPREPLY=($(compgen -W '--status --owner --wide -C --color' -- \"$cur\")) ;;\n"));
    CHECK(has(script, "        '') COMPREPLY=($(compgen -W 'actions hook' -- \"$cur\")) ;;\n"));
    CHECK(has(script, "        hook) COMPREPLY=($(compgen -W 'install' -- \"$cur\")) ;;\n"));
    CHECK(has(script, "            --color) (( i++ )) ;;\n"));
    CHECK(script.ends_with("complete -F _dla dla\n"));
}

TEST_CASE("zsh_completion") {
    const std::string script = zsh_completion(spec());
    CHECK(script.starts_with("#compdef dla\n"));
    CHECK(has(script, "'--status[open, done]:value:(open done)'"));
    CHECK(has(script, "'--owner[Un responsable]:owner:_dla_values owners'"));
    CHECK(has(script, "'--wide[\\[large\\] l'\\''identifiant]'"));
    CHECK(has(script, "        'actions:Les actions : qui, quoi'\n"));
    CHECK(has(script, "'1:command:(install)'"));
}

TEST_CASE("fish_completion") {
    const std::string script = fish_completion(spec());
    CHECK(has(script, "complete -c dla -s C -r -f -a '(__fish_complete_directories)' -d 'Dossier'\n"));
    CHECK(has(script, "complete -c dla -n '__fish_seen_subcommand_from actions' -l status -r -f -a 'open done' -d 'open, done'\n"));
    CHECK(has(script, "complete -c dla -n '__fish_seen_subcommand_from actions' -l wide -d '[large] l\\'identifiant'\n"));
    CHECK(has(script, "complete -c dla -n __fish_use_subcommand -a hook -d 'Crochets'\n"));
    CHECK(has(script, "complete -c dla -n '__fish_seen_subcommand_from hook' -a 'install'\n"));
}
