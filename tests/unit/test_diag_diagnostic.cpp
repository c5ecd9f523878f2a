#include "dla/diag/diagnostic.hpp"

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace dla::diag;

namespace {

const std::string k_path = "notes/2024/2024-04-04-interdla-4.md";

bool is_kebab_case(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && id[i + 1] == '-')) return false;
    }
    return true;
}

std::vector<std::string> formatted(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) out.push_back(format(d));
    return out;
}

}  // namespace

TEST_CASE("format") {
    SUBCASE("line and column") {
        CHECK(format({k_path, 14, 3, Severity::error, "échéance de l'action : ce jour n'existe pas : 2024-02-30",
                      "invalid-due-date"}) ==
              "notes/2024/2024-04-04-interdla-4.md:14:3: error: échéance de l'action : ce jour n'existe pas : "
              "2024-02-30 [invalid-due-date]");
    }
    SUBCASE("line without column") {
        CHECK(format({k_path, 5, 0, Severity::warning, "Jeanne Martin est listé·e deux fois (déjà ligne 4)",
                      "duplicate-attendee"}) ==
              "notes/2024/2024-04-04-interdla-4.md:5: warning: Jeanne Martin est listé·e deux fois (déjà ligne 4) "
              "[duplicate-attendee]");
    }
    SUBCASE("neither line nor column") {
        CHECK(format({"notes/2024/a.md", 0, 0, Severity::error, "lecture impossible : Permission denied",
                      "unreadable-file"}) ==
              "notes/2024/a.md: error: lecture impossible : Permission denied [unreadable-file]");
    }
    SUBCASE("a column without a line is not shown") {
        CHECK(format({"dla.yaml", 0, 7, Severity::error, "m", "config-invalid"}) ==
              "dla.yaml: error: m [config-invalid]");
    }
}

TEST_CASE("severity_name") {
    CHECK(severity_name(Severity::error) == "error");
    CHECK(severity_name(Severity::warning) == "warning");
}

TEST_CASE("sort") {
    SUBCASE("by path, line, column, then rule") {
        std::vector<Diagnostic> d = {
            {"notes/b.md", 1, 1, Severity::error, "1", "missing-date"},
            {"notes/a.md", 10, 1, Severity::error, "2", "invalid-date"},
            {"notes/a.md", 2, 5, Severity::warning, "3", "unknown-owner"},
            {"notes/a.md", 2, 5, Severity::warning, "4", "action-without-owner"},
            {"notes/a.md", 2, 0, Severity::error, "5", "wrong-type"},
            {"dla.yaml", 3, 1, Severity::error, "6", "config-invalid"},
        };
        sort(d);
        std::vector<std::string> messages;
        for (const auto& x : d) messages.push_back(x.message);
        CHECK(messages == std::vector<std::string>{"6", "5", "4", "3", "2", "1"});
    }
    SUBCASE("line 10 after line 9: numbers, not text") {
        std::vector<Diagnostic> d = {{"a.md", 10, 1, Severity::error, "dix", "x"},
                                     {"a.md", 9, 1, Severity::error, "neuf", "x"}};
        sort(d);
        CHECK(d[0].message == "neuf");
        CHECK(d[1].message == "dix");
    }
    SUBCASE("same place and rule: the order of reporting is kept") {
        std::vector<Diagnostic> d = {{"a.md", 3, 0, Severity::warning, "Jeanne", "unknown-owner"},
                                     {"a.md", 3, 0, Severity::warning, "Paul", "unknown-owner"},
                                     {"a.md", 1, 0, Severity::warning, "Alpha", "unknown-owner"}};
        sort(d);
        CHECK(formatted(d) == std::vector<std::string>{"a.md:1: warning: Alpha [unknown-owner]",
                                                        "a.md:3: warning: Jeanne [unknown-owner]",
                                                        "a.md:3: warning: Paul [unknown-owner]"});
    }
    SUBCASE("exact repeats dropped") {
        const Diagnostic twice{"a.md", 4, 2, Severity::error, "« title » doit être un texte", "wrong-type"};
        std::vector<Diagnostic> d = {twice, {"a.md", 1, 1, Severity::error, "autre", "missing-date"}, twice};
        sort(d);
        CHECK(formatted(d) == std::vector<std::string>{"a.md:1:1: error: autre [missing-date]",
                                                        "a.md:4:2: error: « title » doit être un texte [wrong-type]"});
    }
    SUBCASE("empty") {
        std::vector<Diagnostic> d;
        sort(d);
        CHECK(d.empty());
    }
}

TEST_CASE("has_errors") {
    CHECK_FALSE(has_errors({}));
    CHECK_FALSE(has_errors({{"a.md", 1, 0, Severity::warning, "m", "missing-title"}}));
    CHECK(has_errors({{"a.md", 1, 0, Severity::warning, "m", "missing-title"},
                      {"a.md", 2, 0, Severity::error, "m", "missing-date"}}));
}

TEST_CASE("means_unread") {
    std::vector<std::string> unread;
    for (const auto& r : rules())
        if (means_unread({"a.md", 1, 0, r.severity, "m", std::string(r.id)})) unread.emplace_back(r.id);
    CHECK(unread == std::vector<std::string>{"unreadable-file", "not-a-regular-file", "note-too-large", "not-utf8", "control-character", "front-matter-missing",
                                             "front-matter-unclosed", "yaml-syntax", "front-matter-not-mapping",
                                             "config-invalid"});
}

TEST_CASE("rules") {
    const auto& all = rules();
    REQUIRE_FALSE(all.empty());
    SUBCASE("ids are kebab-case and unique, each with a summary") {
        std::set<std::string_view> seen;
        for (const auto& r : all) {
            CAPTURE(r.id);
            CHECK(is_kebab_case(r.id));
            CHECK(seen.insert(r.id).second);
            CHECK_FALSE(r.summary.empty());
        }
    }
    SUBCASE("the rules named in docs/format.md are in the table") {
        for (std::string_view id : {"not-utf8", "filename-date-mismatch", "duplicate-attendee", "present-and-excused",
                                    "unknown-department", "unknown-owner", "action-without-owner", "invalid-due-date",
                                    "due-before-meeting", "invalid-event-date", "config-invalid"}) {
            CAPTURE(id);
            CHECK_NOTHROW((void)rule(id));
        }
    }
}

TEST_CASE("is_kebab_case (test helper)") {
    CHECK(is_kebab_case("not-utf8"));
    CHECK(is_kebab_case("missing-date"));
    CHECK_FALSE(is_kebab_case("Missing-date"));
    CHECK_FALSE(is_kebab_case("missing_date"));
    CHECK_FALSE(is_kebab_case("missing--date"));
    CHECK_FALSE(is_kebab_case("-date"));
    CHECK_FALSE(is_kebab_case("date-"));
    CHECK_FALSE(is_kebab_case(""));
}

TEST_CASE("rule") {
    SUBCASE("a known id") {
        const Rule& r = rule("missing-title");
        CHECK(r.id == "missing-title");
        CHECK(r.severity == Severity::warning);
        CHECK(r.summary == "the front matter has no title");
        CHECK(rule("not-utf8").severity == Severity::error);
    }
    SUBCASE("an unknown id throws") {
        CHECK_THROWS_WITH_AS((void)rule("no-such-rule"), "unknown rule id no-such-rule", std::out_of_range);
        CHECK_THROWS_AS((void)rule(""), std::out_of_range);
        CHECK_THROWS_AS((void)rule("Missing-Title"), std::out_of_range);
    }
}

TEST_CASE("Sink") {
    SUBCASE("report takes the severity from the table") {
        Sink sink;
        sink.report(k_path, 3, 0, "missing-title", "pas de titre");
        sink.report(k_path, 4, 7, "missing-date", "pas de date");
        REQUIRE(sink.diagnostics().size() == 2);
        CHECK(sink.diagnostics()[0] == Diagnostic{k_path, 3, 0, Severity::warning, "pas de titre", "missing-title"});
        CHECK(sink.diagnostics()[1] == Diagnostic{k_path, 4, 7, Severity::error, "pas de date", "missing-date"});
    }
    SUBCASE("report with an unknown rule throws and keeps nothing") {
        Sink sink;
        CHECK_THROWS_AS(sink.report(k_path, 1, 1, "no-such-rule", "m"), std::out_of_range);
        CHECK(sink.diagnostics().empty());
    }
    SUBCASE("append keeps the order") {
        Sink sink;
        sink.report("a.md", 9, 0, "missing-date", "premier");
        sink.append({{"b.md", 1, 0, Severity::warning, "deuxième", "missing-title"}});
        CHECK(formatted(sink.diagnostics()) ==
              std::vector<std::string>{"a.md:9: error: premier [missing-date]",
                                       "b.md:1: warning: deuxième [missing-title]"});
    }
    SUBCASE("take empties the sink") {
        Sink sink;
        sink.report("a.md", 1, 1, "not-utf8", "m");
        const auto taken = sink.take();
        CHECK(taken.size() == 1);
        CHECK(sink.diagnostics().empty());
    }
}
