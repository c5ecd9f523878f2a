#include "dla/edit/action_ids.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;
using edit::IdInsertion;

namespace {

// The note with all of `ids`, or nullopt when one is refused.
std::optional<std::string> with(const std::string& note, const std::vector<IdInsertion>& ids) {
    edit::NoteWithIds out = edit::with_action_ids("notes/n.md", note, ids, model::Config{});
    if (!out.refused.empty()) return std::nullopt;
    return out.bytes;
}

std::vector<int> lines(const std::vector<IdInsertion>& ids) {
    std::vector<int> out;
    for (const auto& id : ids) out.push_back(id.line);
    return out;
}

const std::string k_front = "---\ntitle: T\ndate: 2024-04-04\n---\n\n## Actions\n\n";  // the body starts on line 6; items on line 8

}  // namespace

TEST_CASE("with_action_ids") {
    SUBCASE("at the end of the task's line, every other byte kept") {
        const std::string note = k_front + "- [ ] Relancer @Paul 📅 2024-05-01\n- [ ] Écrire @Paul ^deja\n\nFin.\n";
        CHECK(with(note, {{8, "relancer-1a2b", ""}}) ==
              k_front + "- [ ] Relancer @Paul 📅 2024-05-01 ^relancer-1a2b\n- [ ] Écrire @Paul ^deja\n\nFin.\n");
    }
    SUBCASE("several, in any order") {
        const std::string note = k_front + "- [ ] A @Paul\n- [x] B @Paul\n- [ ] C @Paul\n";
        CHECK(with(note, {{10, "c", ""}, {8, "a", ""}}) == k_front + "- [ ] A @Paul ^a\n- [x] B @Paul\n- [ ] C @Paul ^c\n");
    }
    SUBCASE("CRLF, trailing blanks and no final line break are kept") {
        const std::string crlf = "---\r\ntitle: T\r\ndate: 2024-04-04\r\n---\r\n\r\n## Actions\r\n\r\n- [ ] A @Paul  \r\n- [ ] B @Paul\t";
        CHECK(with(crlf, {{8, "a", ""}, {9, "b", ""}}) ==
              "---\r\ntitle: T\r\ndate: 2024-04-04\r\n---\r\n\r\n## Actions\r\n\r\n- [ ] A @Paul ^a  \r\n- [ ] B @Paul ^b\t");
    }
    SUBCASE("a text over several lines: at the end of its last line") {
        const std::string note = k_front + "- [ ] Diffuser le compte rendu\n  aux partenaires @Paul\n  - [ ] sous-tâche @Paul\n";
        CHECK(with(note, {{8, "diffuser", ""}, {10, "sous", ""}}) ==
              k_front + "- [ ] Diffuser le compte rendu\n  aux partenaires @Paul ^diffuser\n  - [ ] sous-tâche @Paul ^sous\n");
    }
    SUBCASE("a cancelled one, one in a quote, one in news") {
        const std::string note = k_front + "- [-] Annulée\n\n> - [ ] Citée @Paul\n";
        CHECK(with(note, {{8, "annulee", ""}, {10, "citee", ""}}) == k_front + "- [-] Annulée ^annulee\n\n> - [ ] Citée @Paul ^citee\n");
    }
    SUBCASE("nothing when the line holds no task, or the task has an id") {
        const std::string note = k_front + "- [ ] A @Paul ^a\n- une puce\n\nTexte\n";
        CHECK_FALSE(with(note, {{8, "b", ""}}));
        CHECK_FALSE(with(note, {{9, "b", ""}}));
        CHECK_FALSE(with(note, {{11, "b", ""}}));
        CHECK_FALSE(with(note, {{99, "b", ""}}));
    }
    SUBCASE("nothing when the task at that line is another one now") {
        const std::string note = k_front + "- [ ] A @Paul\n";
        CHECK(with(note, {{8, "a", "A"}}) == k_front + "- [ ] A @Paul ^a\n");
        CHECK_FALSE(with(note, {{8, "a", "B"}}));
    }
    SUBCASE("a text ending in a backslash or a caret keeps it") {
        const std::string note = k_front + "- [ ] A @Paul \\\n- [ ] Calculer x^2 @Paul\n";
        CHECK(with(note, {{8, "a", ""}, {9, "b", ""}}) == k_front + "- [ ] A @Paul \\ ^a\n- [ ] Calculer x^2 @Paul ^b\n");
    }
    SUBCASE("an empty task refuses its own id, the others are given") {
        const std::string note = k_front + "- [ ] A @Paul\n- [ ]\n- [ ] C @Paul\n";
        const edit::NoteWithIds out =
            edit::with_action_ids("notes/n.md", note, {{8, "a", "A"}, {9, "action-1a2b", ""}, {10, "c", "C"}}, model::Config{});
        CHECK(out.bytes == k_front + "- [ ] A @Paul ^a\n- [ ]\n- [ ] C @Paul ^c\n");
        CHECK(lines(out.given) == std::vector<int>{8, 10});
        CHECK(lines(out.refused) == std::vector<int>{9});
    }
    SUBCASE("none given: the note as read") {
        const std::string note = k_front + "- [ ]\n";
        const edit::NoteWithIds out = edit::with_action_ids("notes/n.md", note, {{8, "e", ""}}, model::Config{});
        CHECK(out.bytes == note);
        CHECK(out.given.empty());
        CHECK(lines(out.refused) == std::vector<int>{8});
    }
}
