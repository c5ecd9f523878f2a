// bench/yaml-floor: what yaml-cpp alone costs on the front matters of a corpus, one
// thread, with nothing of dla around it: the floor of a cold `dla` (docs/performance.md).
//
//   cmake --build build --target dla_yaml_floor && build/dla_yaml_floor CORPUS/notes
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Takes every event and does nothing with it: yaml-cpp's scanner and parser, no tree.
struct Nothing : YAML::EventHandler {
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& value) override {
        bytes += value.size();
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
    std::size_t bytes = 0;
};

double microseconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: dla_yaml_floor NOTES_FOLDER\n");
        return 2;
    }
    std::vector<std::string> front_matters;
    std::size_t total = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
        if (entry.path().extension() != ".md") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        if (!s.starts_with("---\n")) continue;
        const auto end = s.find("\n---", 3);
        if (end == std::string::npos) continue;
        front_matters.push_back(s.substr(4, end - 3));
        total += front_matters.back().size();
    }
    if (front_matters.empty()) {
        std::fprintf(stderr, "dla_yaml_floor: no front matter under %s\n", argv[1]);
        return 1;
    }
    const double n = static_cast<double>(front_matters.size());
    std::printf("%zu front matters, %.0f bytes each\n", front_matters.size(), static_cast<double>(total) / n);

    auto start = std::chrono::steady_clock::now();
    std::size_t nodes = 0;
    for (const auto& f : front_matters) nodes += YAML::Load(f).size();
    std::printf("YAML::Load (a tree of nodes): %.1f us/note\n", microseconds_since(start) / n);

    start = std::chrono::steady_clock::now();
    Nothing nothing;
    for (const auto& f : front_matters) {
        std::istringstream in(f);
        YAML::Parser parser(in);
        parser.HandleNextDocument(nothing);
    }
    std::printf("events, to a handler that keeps nothing: %.1f us/note\n", microseconds_since(start) / n);
    return nodes > 0 && nothing.bytes > 0 ? 0 : 1;
}
