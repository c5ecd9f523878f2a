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

namespace {

// --format, global with every format, redefined by `actions` with its own; `summary`'s note.
CompletionSpec spec_with_formats() {
    CompletionSpec s;
    const CompletionOption format{{"--format"}, "Format", true, ValueSource::choices, {"table", "json", "html"}};
    s.global = {{{"-C"}, "Dossier", true, ValueSource::directories, {}}, format};
    CompletionOption own = format;
    own.choices = {"table", "json"};
    s.commands = {{"actions", "Les actions", {own}, {}, {}},
                  {"summary", "La synthèse", {}, {{{}, "Le compte rendu", true, ValueSource::notes, {}}}, {}}};
    return s;
}

}  // namespace

TEST_CASE("completion: a command's own --format, and notes for a note argument") {
    const CompletionSpec s = spec_with_formats();
    const std::string bash = bash_completion(s);
    CHECK(has(bash, "        actions:--format) COMPREPLY=($(compgen -W 'table json' -- \"$cur\")); return 0 ;;\n"));
    CHECK(has(bash, "        *:--format) COMPREPLY=($(compgen -W 'table json html' -- \"$cur\")); return 0 ;;\n"));
    CHECK(has(bash, "            actions) COMPREPLY=($(compgen -W '--format -C' -- \"$cur\")) ;;\n"));  // --format once
    CHECK(has(bash, "            summary) COMPREPLY=($(compgen -W ' -C --format' -- \"$cur\")) ;;\n"));
    CHECK(has(bash, "        summary) _dla_values notes ;;\n"));

    const std::string zsh = zsh_completion(s);
    CHECK(has(zsh, "  global=(\n    '-C[Dossier]:C:_directories'\n  )\n"));
    CHECK(has(zsh, "  _arguments -C $global '--format[Format]:value:(table json html)' '(- *)--version'"));
    CHECK(has(zsh, "        (actions)\n          _arguments $global \\\n            '--format[Format]:value:(table json)'\n"));
    CHECK(has(zsh, "        (summary)\n          _arguments $global \\\n            '--format[Format]:value:(table json html)' \\\n"
                   "            '*:argument:_dla_values notes'\n"));

    const std::string fish = fish_completion(s);
    CHECK(has(fish, "complete -c dla -n 'not __fish_seen_subcommand_from actions' -l format -r -f -a 'table json html' -d 'Format'\n"));
    CHECK(has(fish, "complete -c dla -n '__fish_seen_subcommand_from actions' -l format -r -f -a 'table json' -d 'Format'\n"));
    CHECK(has(fish, "complete -c dla -n '__fish_seen_subcommand_from summary' -f -a '(__dla_values notes)'\n"));
}
