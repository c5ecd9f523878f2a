// libFuzzer target: the whole note parser (front matter + body) on arbitrary bytes,
// then what `dla check` and `dla show` do with the result (diagnostics printed,
// the meeting rendered as text and JSON). Any crash, sanitizer report, hang or
// exception escaping parse_note (which promises never to throw) is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dla/diag/diagnostic.hpp"
#include "dla/parse/note.hpp"
#include "dla/render/json.hpp"
#include "dla/render/show.hpp"

namespace {

// A directory shaped like the network's dla.yaml, so that department, people and
// owner lookups run: fictional names only.
dla::model::Config make_config() {
    using namespace dla::model;
    Config c;
    c.departments = {
        Department{"59", "DLA 59 Nord", "Association Alpha", {"DLA 59", "Nord"}},
        Department{"62", "DLA 62 Pas-de-Calais", "Coopérative Beta", {"DLA 62"}},
        Department{"02-80", "DLA 02-80 Aisne-Somme", "", {"DLA 02-80", "DLA 02 – 80"}},
        Department{"R", "DLA R Hauts-de-France", "Réseau Gamma", {"DLA R", "DLA régional"}},
    };
    c.people = {
        Person{"Jeanne Martin", "Association Alpha", {"Jeanne", "Jeanne M"}, "jeanne@exemple.org"},
        Person{"Paul Durand", "Coopérative Beta", {"Paul"}, ""},
        Person{"Amina Diallo", "Réseau Gamma", {"Amina"}, ""},
    };
    c.headings.news = {"Nouvelles des DLA"};
    c.headings.events = {"Agenda du réseau"};
    return c;
}

volatile std::size_t g_output_size = 0;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const dla::model::Config config = make_config();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    dla::diag::Sink sink;
    const auto meeting = dla::parse::parse_note("notes/2024/2024-04-04-interdla-4.md", bytes, config, sink);

    auto diagnostics = sink.take();
    dla::diag::sort(diagnostics);
    std::size_t total = 0;
    for (const auto& d : diagnostics) total += dla::diag::format(d).size();
    total += dla::render::diagnostics_json(diagnostics).size();
    total += dla::render::meetings_json({&meeting}).size();
    total += dla::render::meeting_text(meeting, dla::util::Lang::fr, dla::render::Style(true)).size();
    total += dla::render::meeting_text(meeting, dla::util::Lang::en, dla::render::Style(false)).size();
    g_output_size = total;  // keeps the rendering from being optimised away
    return 0;
}
