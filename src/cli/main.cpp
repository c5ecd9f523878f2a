// dla: the command line. CLI11 wiring only; everything else is in dla_core.
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/text.hpp"

namespace {

// The subcommand nearest to a mistyped word, or empty when none is near.
std::string nearest_command(const CLI::App& app, const std::string& word) {
    std::string best;
    std::size_t best_distance = 3;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        const std::size_t d = dla::util::edit_distance(word, sub->get_name());
        if (d < best_distance) {
            best_distance = d;
            best = sub->get_name();
        }
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace dla;
    CLI::App app{"dla — les comptes rendus du réseau DLA en réponses : qui fait quoi, quand, qui était là.", "dla"};
    app.set_version_flag("--version", std::string("dla ") + DLA_VERSION);
    app.require_subcommand(1);
    app.fallthrough();

    cli::GlobalOptions options;
    app.add_option("-C", options.dir, "Dossier du dépôt de comptes rendus (par défaut : le dossier courant)")
        ->type_name("DIR");
    app.add_option("--today", options.today, "Date du jour AAAA-MM-JJ (sinon DLA_TODAY, sinon l'horloge)")
        ->type_name("DATE");
    app.add_option("--lang", options.lang, "Langue : fr (défaut) ou en")->type_name("LANG");
    app.add_option("--color", options.color, "Couleurs : auto, always ou never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--format", options.format, "Format de sortie (selon la commande : text, json…)")
        ->type_name("FORMAT");

    cli::Selected selected;
    cli::register_all(app, selected);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);
        // A mistyped subcommand gets a suggestion, as git does.
        for (int i = 1; i < argc; ++i) {
            std::string word = argv[i];
            if (word.starts_with('-')) continue;
            const auto subs = app.get_subcommands([&](const CLI::App* sub) { return sub->get_name() == word; });
            if (!subs.empty()) break;
            if (auto near = nearest_command(app, word); !near.empty()) {
                std::cerr << "dla: " << util::tr(cli::environment_lang(options), util::Msg::did_you_mean, word, near) << '\n';
                return 2;
            }
            break;
        }
        app.exit(e);
        return 2;
    }

    try {
        cli::Context ctx = cli::make_context(options);
        return selected.run(ctx);
    } catch (const util::Failure& f) {
        std::cerr << "dla: error: " << f.phrase().in(cli::environment_lang(options)) << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "dla: error: " << e.what() << '\n';
        return 2;
    }
}
