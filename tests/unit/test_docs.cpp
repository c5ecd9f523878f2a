// The documentation lists what the code does: every rule id of the table is in
// docs/rules.md with its severity, and docs/rules.md names no rule the code lacks.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "dla/diag/diagnostic.hpp"

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("docs/rules.md matches the rule table") {
    const std::string doc = read(std::string(DLA_TEST_DATA) + "/../docs/rules.md");
    REQUIRE(!doc.empty());
    for (const auto& rule : dla::diag::rules()) {
        const std::string row = "| `" + std::string(rule.id) + "` | " + std::string(dla::diag::severity_name(rule.severity)) + " |";
        CHECK_MESSAGE(doc.find(row) != std::string::npos, "missing or wrong severity in docs/rules.md: " << row);
    }
    std::set<std::string> documented;
    const std::regex row_re(R"(\n\| `([a-z0-9-]+)` \|)");
    for (auto it = std::sregex_iterator(doc.begin(), doc.end(), row_re); it != std::sregex_iterator(); ++it)
        documented.insert((*it)[1]);
    CHECK(documented.size() == dla::diag::rules().size());
}
