// The message catalogue: every sentence the tool prints, in French and English.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <fmt/args.h>
#include <fmt/format.h>

namespace dla::util {

enum class Lang { fr, en };

/// "fr" or "en" (also "fr_FR.UTF-8", "en-GB"…); nullopt-like fr for anything else is
/// the caller's choice, so this returns false when `text` names neither.
[[nodiscard]] bool parse_lang(std::string_view text, Lang& out);

/// Keys of the catalogue. Each has a French and an English text, fmt-style `{}`
/// placeholders in the same order in both.
/// The keys come from a header generated from messages.def at configure time
/// (cmake/message_keys.cmake), so that rewording a message rebuilds one file.
enum class Msg {
#define DLA_MSG_KEY(key) key,
#include "dla/util/message_keys.inc"
#undef DLA_MSG_KEY
};

/// The text of `msg` in `lang`.
[[nodiscard]] std::string_view text(Msg msg, Lang lang);

/// Every key, for the test that both languages are complete.
[[nodiscard]] const std::vector<Msg>& all_messages();

/// The text with its placeholders filled in.
template <typename... Args>
[[nodiscard]] std::string tr(Lang lang, Msg msg, const Args&... args) {
    return fmt::format(fmt::runtime(text(msg, lang)), args...);
}

/// `n` and the words counted, agreeing with it: "1 note vérifiée", "3 notes vérifiées".
/// `noun` is a count message of the catalogue (key `count_…`): its singular and its
/// plural separated by "|" ("note vérifiée|notes vérifiées"). French takes the singular
/// for 0 and 1 ("0 erreur"), English for 1 only ("0 errors").
[[nodiscard]] std::string count(Lang lang, std::size_t n, Msg noun);

/// A message kept for later, when the language is chosen: a key and its arguments.
struct Phrase {
    Msg msg{};
    std::vector<std::string> args;
    [[nodiscard]] std::string in(Lang lang) const;
    bool operator==(const Phrase&) const = default;
};

}  // namespace dla::util
