#include "usage_error.hpp"
#include "error.hpp"

#include <algorithm>

#include <cstdlib>
#include <iostream>

#include "error.hpp"

#include "dla/util/text.hpp"

namespace dla::cli {

namespace {

using util::Lang;
using util::Msg;
using util::tr;

// A global option of `app` that takes a value: its value is not a command name.
bool takes_value(const CLI::App& app, const std::string& arg) {
    const CLI::Option* option = arg.starts_with('-') ? app.get_option_no_throw(arg) : nullptr;
    return option && option->get_items_expected_max() > 0;
}

// The first word of the command line that is neither an option nor an option's value.
std::string first_word(const CLI::App& app, int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (takes_value(app, arg)) ++i;
        else if (!arg.starts_with('-')) return arg;
    }
    return {};
}

// The subcommand nearest to a mistyped word, or empty when none is near.
std::string nearest_command(const CLI::App& app, const std::string& word) {
    std::string best;
    std::size_t best_distance = 3;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
        const std::size_t d = dla::util::edit_distance(word, sub->get_name());
        if (d < best_distance) {
            best_distance = d;
            best = sub->get_name();
        }
    }
    return best;
}

// The options of dla and of the commands the command line gives, as typed ("--status", "-C").
std::vector<std::string> known_options(const CLI::App& app) {
    std::vector<const CLI::App*> apps{&app};
    for (const CLI::App* sub : app.get_subcommands()) apps.push_back(sub);  // the ones given
    std::vector<std::string> known;
    for (const CLI::App* a : apps)
        for (const CLI::Option* o : a->get_options()) {
            for (const auto& n : o->get_lnames()) known.push_back("--" + n);
            for (const auto& n : o->get_snames()) known.push_back("-" + n);
        }
    return known;
}

// The first long option of the command line ("--bogus" of "--bogus=1") that neither the
// command given nor dla knows; empty when there is none.
std::string unknown_option(const CLI::App& app, int argc, const char* const* argv) {
    const std::vector<std::string> known = known_options(app);
    for (int i = 1; i < argc; ++i) {
        const std::string arg = std::string(argv[i]).substr(0, std::string(argv[i]).find('='));
        if (arg == "--") return {};
        if (takes_value(app, arg)) ++i;
        else if (arg.starts_with("--") && std::find(known.begin(), known.end(), arg) == known.end()) return arg;
    }
    return {};
}

// The known option nearest to `unknown` ("--stauts" → "--status"); empty when none is near.
std::string nearest_option(const CLI::App& app, const std::string& unknown) {
    std::string best;
    std::size_t best_distance = 3;
    for (const auto& k : known_options(app))
        if (const std::size_t d = dla::util::edit_distance(unknown, k); d < best_distance) {
            best_distance = d;
            best = k;
        }
    return best;
}

// "TEXT:{open,done}" → "TEXT", "N:POSITIVE" → "N": CLI11 appends the choices of an IsMember
// check, and the name of a PositiveNumber check, to the type name.
std::string without_choices(const std::string& type) {
    std::string out = type.substr(0, type.find(":{"));
    if (out.ends_with(":POSITIVE")) out.resize(out.size() - 9);
    return out;
}

// "{a,b,c}" → "a, b, c".
std::string choice_list(std::string_view braced) {
    std::string out;
    for (char c : braced.substr(1, braced.size() - 2)) out += c == ',' ? std::string(", ") : std::string(1, c);
    return out;
}

// The option CLI11 names `name`, in the commands the command line selected; null if none.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
    for (const CLI::App* cmd = &app;;) {
        if (const CLI::Option* option = cmd->get_option_no_throw(name)) return option;
        const auto subs = cmd->get_subcommands();
        if (subs.empty()) return nullptr;
        cmd = subs.front();
    }
}

// An option as the user knows it: --status as written, a positional by its placeholder
// (files → FICHIER).
std::string shown_name(const CLI::App& app, const std::string& name) {
    if (name.starts_with('-')) return name;
    const CLI::Option* option = find_option(app, name);
    const std::string type = option ? without_choices(option->get_type_name()) : std::string();
    return type.empty() ? name : type;
}

// The text between `before` and `after` when `what` is exactly before + X + after.
std::optional<std::string> between(std::string_view what, std::string_view before, std::string_view after) {
    if (what.size() < before.size() + after.size() || !what.starts_with(before) || !what.ends_with(after))
        return std::nullopt;
    return std::string(what.substr(before.size(), what.size() - before.size() - after.size()));
}

// ValidationError: "NAME: MESSAGE", the message of one of the validators dla uses.
std::optional<std::string> validation(const CLI::App& app, std::string_view what, Lang lang) {
    const auto colon = what.find(": ");
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string name = shown_name(app, std::string(what.substr(0, colon)));
    const std::string_view message = what.substr(colon + 2);
    // IsMember: "team not in {person,organisation}".
    if (const auto in = message.rfind(" not in {"); in != std::string_view::npos && message.ends_with('}'))
        return tr(lang, Msg::usage_value_not_allowed, name, message.substr(0, in), choice_list(message.substr(in + 8)));
    // Range, of which dla uses PositiveNumber only: "Value x not in range 0.000000 to 1797…000.000000"
    // (the smallest double printed with 6 decimals), for a word as for a number out of range.
    if (message.starts_with("Value ")) {
        const auto range = message.find(" not in range ");
        const auto to = message.find(" to ", range == std::string_view::npos ? 0 : range);
        if (range != std::string_view::npos && to != std::string_view::npos) {
            const double min = std::strtod(std::string(message.substr(range + 14, to - range - 14)).c_str(), nullptr);
            const double max = std::strtod(std::string(message.substr(to + 4)).c_str(), nullptr);
            if (min >= 0 && min <= 1 && max > 1e300) return tr(lang, Msg::usage_not_positive, name, message.substr(6, range - 6));
            return std::nullopt;
        }
        if (const auto value = between(message, "Value ", " could not be converted"))
            return tr(lang, Msg::usage_not_a_number, name, *value);
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> localised_parse_error(const CLI::App& app, const CLI::ParseError& e, Lang lang) {
    const std::string_view what = e.what();
    if (dynamic_cast<const CLI::ValidationError*>(&e)) return validation(app, what, lang);
    if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        // "Could not convert: --limit = x"
        const auto equals = what.find(" = ");
        if (!what.starts_with("Could not convert: ") || equals == std::string_view::npos) return std::nullopt;
        const std::string name = shown_name(app, std::string(what.substr(19, equals - 19)));
        // --overdue=maybe: a flag takes true, false or a number, which nobody means to write.
        if (const CLI::Option* option = find_option(app, name); option && option->get_items_expected_max() == 0)
            return tr(lang, Msg::usage_flag_value, name, what.substr(equals + 3));
        return tr(lang, Msg::usage_not_a_number, name, what.substr(equals + 3));
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
        // "--limit: 1 required N missing", "revisions: At Most 2 required but received 3"
        const auto colon = what.find(": ");
        if (colon == std::string_view::npos) return std::nullopt;
        const std::string name = shown_name(app, std::string(what.substr(0, colon)));
        const std::string_view rest = what.substr(colon + 2);
        if (const auto type = between(rest, "1 required ", " missing"))
            return tr(lang, Msg::usage_value_missing, name, without_choices(*type));
        if (rest.starts_with("At Most ")) {
            const auto required = rest.find(" required but received ");
            if (required != std::string_view::npos) return tr(lang, Msg::usage_too_many_values, name, rest.substr(8, required - 8));
        }
        return std::nullopt;
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e)) {
        const auto name = between(what, "", " is required");
        if (!name || name->empty() || name->starts_with("Exactly ") || name->starts_with("At least ")) return std::nullopt;
        if (*name == "A subcommand") {
            const auto selected = app.get_subcommands();
            if (selected.empty()) return std::nullopt;
            const std::string command = selected.front()->get_name();
            return tr(lang, Msg::usage_subcommand_required, command, command);
        }
        return tr(lang, Msg::usage_required, shown_name(app, *name));
    }
    if (dynamic_cast<const CLI::ExcludesError*>(&e) || dynamic_cast<const CLI::RequiresError*>(&e)) {
        const bool excludes = dynamic_cast<const CLI::ExcludesError*>(&e) != nullptr;
        const std::string_view word = excludes ? " excludes " : " requires ";
        const auto at = what.find(word);
        if (at == std::string_view::npos) return std::nullopt;
        const std::string first = shown_name(app, std::string(what.substr(0, at)));
        const std::string second = shown_name(app, std::string(what.substr(at + word.size())));
        return tr(lang, excludes ? Msg::usage_excludes : Msg::usage_requires, first, second);
    }
    return std::nullopt;
}

int usage_error(const CLI::App& app, const CLI::ParseError& e, int argc, const char* const* argv, Lang lang) {
    const std::string word = first_word(app, argc, argv);
    const bool known = !word.empty() && !app.get_subcommands([&](const CLI::App* s) { return s->get_name() == word; }).empty();
    if (!word.empty() && !known) {
        const std::string near = nearest_command(app, word);
        print_error(near.empty() ? tr(lang, Msg::not_a_command, word) : tr(lang, Msg::did_you_mean, word, near));
    } else if (const std::string unknown = unknown_option(app, argc, argv);
               !unknown.empty() && (dynamic_cast<const CLI::ExtrasError*>(&e) || (word.empty() && dynamic_cast<const CLI::RequiredError*>(&e)))) {
        // `dla --bogus` is an unknown option before it is a missing command.
        const std::string near = nearest_option(app, unknown);
        print_error(near.empty() ? tr(lang, Msg::unknown_option, unknown) : tr(lang, Msg::unknown_option_did_you_mean, unknown, near));
        std::cerr << tr(lang, Msg::see_help) << '\n';
    } else if (word.empty() && dynamic_cast<const CLI::RequiredError*>(&e)) {
        print_error(tr(lang, Msg::command_required));
    } else if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        // CLI11 says "The following argument was not expected: --strict": keep the arguments.
        const std::string what = e.what();
        const auto colon = what.find(": ");
        print_error(tr(lang, Msg::unexpected_argument, what.substr(colon == std::string::npos ? 0 : colon + 2)));
        std::cerr << tr(lang, Msg::see_help) << '\n';
    } else {
        // An unknown shape stays in CLI11's English rather than being guessed at.
        print_error(localised_parse_error(app, e, lang).value_or(e.what()));
        std::cerr << tr(lang, Msg::see_help) << '\n';
    }
    return 2;
}

}  // namespace dla::cli
