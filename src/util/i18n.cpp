#include "dla/util/i18n.hpp"

#include <iterator>
#include <string_view>

#include "dla/util/text.hpp"

namespace dla::util {

namespace {

struct Entry {
    std::string_view fr;
    std::string_view en;
};

constexpr Entry k_catalogue[] = {
#define DLA_MSG(key, fr, en) {fr, en},
#include "dla/util/messages.def"
#undef DLA_MSG
};

// The enum Msg comes from the keys read at configure time (message_keys.inc), the texts
// from messages.def as compiled now: if they ever disagree (a key the configure step
// missed, a stale generated header), every message after it would be another's. The
// build stops instead of printing wrong sentences.
constexpr std::string_view k_catalogue_keys[] = {
#define DLA_MSG(key, fr, en) #key,
#include "dla/util/messages.def"
#undef DLA_MSG
};
constexpr std::string_view k_enum_keys[] = {
#define DLA_MSG_KEY(key) #key,
#include "dla/util/message_keys.inc"
#undef DLA_MSG_KEY
};
constexpr bool same_keys() {
    if (std::size(k_catalogue_keys) != std::size(k_enum_keys)) return false;
    for (std::size_t i = 0; i < std::size(k_enum_keys); ++i)
        if (k_catalogue_keys[i] != k_enum_keys[i]) return false;
    return true;
}
static_assert(same_keys(), "message_keys.inc does not list the keys of messages.def: run cmake again");

}  // namespace

bool parse_lang(std::string_view text, Lang& out) {
    // "fr", "FR", "fr_FR.UTF-8", "fr-BE", "en_GB@euro"; not "english" nor "enfant".
    auto is = [&](std::string_view code) {
        return starts_with_ci(text, code) &&
               (text.size() == 2 || std::string_view("_-.@").find(text[2]) != std::string_view::npos);
    };
    if (is("fr")) { out = Lang::fr; return true; }
    if (is("en")) { out = Lang::en; return true; }
    return false;
}

std::string_view text(Msg msg, Lang lang) {
    const Entry& e = k_catalogue[static_cast<std::size_t>(msg)];
    return lang == Lang::fr ? e.fr : e.en;
}

const std::vector<Msg>& all_messages() {
    static const std::vector<Msg> all = [] {
        std::vector<Msg> v;
        for (std::size_t i = 0; i < std::size(k_catalogue); ++i) v.push_back(static_cast<Msg>(i));
        return v;
    }();
    return all;
}

std::string count(Lang lang, std::size_t n, Msg noun) {
    const std::string_view forms = text(noun, lang);
    const std::size_t bar = forms.find('|');
    const bool singular = lang == Lang::fr ? n <= 1 : n == 1;
    const std::string_view words = bar == std::string_view::npos ? forms : singular ? forms.substr(0, bar) : forms.substr(bar + 1);
    return std::to_string(n) + ' ' + std::string(words);
}

std::string Phrase::in(Lang lang) const {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& a : args) store.push_back(a);
    return fmt::vformat(text(msg, lang), store);
}

}  // namespace dla::util
