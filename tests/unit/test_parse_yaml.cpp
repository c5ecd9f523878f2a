#include "dla/parse/yaml.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace dla;
using parse::load_yaml;

namespace {

struct Loaded {
    bool ok = false;
    std::vector<std::string> diagnostics;  // formatted
};

// Loads `yaml` as the front matter of a note, starting at line 2.
Loaded load(const std::string& yaml) {
    diag::Sink sink;
    Loaded l;
    l.ok = load_yaml(yaml, "notes/n.md", 2, util::Lang::fr, sink).has_value();
    for (const auto& d : sink.diagnostics()) l.diagnostics.push_back(diag::format(d));
    return l;
}

// `lol: &a0 [lol, …]` then `a1: &a1 [*a0, …]`…: `width` items a level, `levels` levels.
std::string alias_bomb(int levels, int width) {
    std::string out = "title: bombe\na0: &a0 [";
    for (int i = 0; i < width; ++i) out += i ? ", lol" : "lol";
    out += "]\n";
    for (int level = 1; level < levels; ++level) {
        out += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
        for (int i = 0; i < width; ++i) out += (i ? ", *a" : "*a") + std::to_string(level - 1);
        out += "]\n";
    }
    return out;
}

}  // namespace

TEST_CASE("load_yaml") {
    SUBCASE("a mapping") {
        const auto l = load("title: InterDLA\ndate: 2024-04-04\n");
        CHECK(l.ok);
        CHECK(l.diagnostics.empty());
    }
    SUBCASE("a syntax error at its file line") {
        const auto l = load("title: a\n\tdate: b\n");
        CHECK_FALSE(l.ok);
        REQUIRE(l.diagnostics.size() == 1);
        CHECK(l.diagnostics[0].starts_with("notes/n.md:3:"));
        CHECK(l.diagnostics[0].ends_with("[yaml-syntax]"));
    }
    SUBCASE("aliases that stay small are read") {
        const auto l = load("lieu: &lieu Maison des associations\nsalle: *lieu\nlist: &l [a, b, c]\nautre: *l\n");
        CHECK(l.ok);
        CHECK(l.diagnostics.empty());
        CHECK(load(alias_bomb(4, 9)).ok);  // 9^4 nodes: large, but under the limit
    }
    SUBCASE("an alias bomb is refused at the alias that goes past the limit, without expanding it") {
        // Nine levels of nine: 387 million nodes once expanded.
        const auto l = load(alias_bomb(9, 9));
        CHECK_FALSE(l.ok);
        CHECK(l.diagnostics == std::vector<std::string>{
                                   "notes/n.md:8:10: error: les alias (*nom) démultiplient le YAML au-delà de 100 000 "
                                   "éléments : refusé, sans le déplier [yaml-syntax]"});
    }
    SUBCASE("an alias inside its own anchor is refused") {
        const auto l = load("title: boucle\nattendees: &a [Jeanne, *a]\n");
        CHECK_FALSE(l.ok);
        CHECK(l.diagnostics == std::vector<std::string>{
                                   "notes/n.md:3:24: error: les alias (*nom) démultiplient le YAML au-delà de 100 000 "
                                   "éléments : refusé, sans le déplier [yaml-syntax]"});
    }
    SUBCASE("a star in a scalar is not an alias") {
        const auto l = load("title: \"2 * 1 personne\"\ntheme: a*b\n");
        CHECK(l.ok);
        CHECK(l.diagnostics.empty());
    }
}
