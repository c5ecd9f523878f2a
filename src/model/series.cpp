#include "dla/model/series.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

#include "dla/util/text.hpp"

namespace dla::model {

namespace {

// Every word a format is written with, folded, each with its format; the longer first, so
// that "presentiel et visio" is read before "presentiel".
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> k_formats = {{
    {"visio et presentiel", "hybride"}, {"presentiel et visio", "hybride"},
    {"visioconference", "visio"}, {"a distance", "visio"}, {"distanciel", "visio"},
    {"presentiel", "présentiel"}, {"in person", "présentiel"}, {"sur place", "présentiel"},
    {"hybride", "hybride"}, {"hybrid", "hybride"}, {"online", "visio"}, {"remote", "visio"},
    {"mixte", "hybride"}, {"visio", "visio"}, {"teams", "visio"}, {"zoom", "visio"},
}};

}  // namespace

std::string series_title(const Series& series, int number) {
    std::string title = series.title;
    const std::string n = std::to_string(number);
    for (auto at = title.find("{number}"); at != std::string::npos; at = title.find("{number}", at + n.size()))
        title.replace(at, 8, n);
    return title;
}

std::string series_name(const Series& series) {
    std::string name = series.title;
    if (auto at = name.find("{number}"); at != std::string::npos) name = name.substr(0, at);
    std::string folded = util::fold(name);
    // The number's own marker: "N°", "n°", "No", "#" (which folding already dropped).
    for (std::string_view marker : {" n", " no", " num", " numero"})
        if (folded.ends_with(marker)) {
            folded.resize(folded.size() - marker.size());
            break;
        }
    return folded.empty() ? util::fold(series.id) : folded;
}

std::string note_path(std::string_view notes_dir, util::Date date, std::string_view series, std::optional<int> number) {
    std::string path = fmt::format("{}/{}/{}-{}", notes_dir, date.year, util::to_iso(date), series);
    if (number) path += "-" + std::to_string(*number);
    return path + ".md";
}

std::string meeting_format(std::string_view text) {
    const std::string folded = util::fold(text);
    for (const auto& [words, format] : k_formats)
        if (folded == words) return std::string(format);
    return {};
}

std::string meeting_format_at_start(std::string_view text) {
    const std::string folded = util::fold(text);
    for (const auto& [words, format] : k_formats)
        if (folded == words || (folded.starts_with(words) && folded[words.size()] == ' ')) return std::string(format);
    return {};
}

}  // namespace dla::model
