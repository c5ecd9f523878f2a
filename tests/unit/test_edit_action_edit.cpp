#include "dla/edit/action_edit.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;
using edit::ActionChange;
using edit::ActionEdit;

namespace {

constexpr util::Date k_day{2026, 12, 3};
constexpr util::Date k_due{2026, 12, 20};

ActionEdit edit_of(ActionChange change, util::Date date = {}) { return {change, date, {}}; }

std::string edited(std::string_view line, ActionEdit edit) { return edit::edited_action_line(line, edit).value_or("(none)"); }

const std::string k_front = "---\ntitle: T\ndate: 2024-04-04\n---\n\n## Actions\n\n";  // items from line 8

}  // namespace

TEST_CASE("edited_action_line") {
    SUBCASE("done: [x] and ✅ DATE before the ^id, as Obsidian Tasks writes it") {
        CHECK(edited("- [ ] Envoyer la trame @Jeanne 📅 2024-04-15 ^trame", edit_of(ActionChange::done, k_day)) ==
              "- [x] Envoyer la trame @Jeanne 📅 2024-04-15 ✅ 2026-12-03 ^trame");
        CHECK(edited("- [ ] Relancer les fondations @Amina", edit_of(ActionChange::done, k_day)) ==
              "- [x] Relancer les fondations @Amina ✅ 2026-12-03");
    }
    SUBCASE("done again, or after a cancel: the date replaced, not added") {
        CHECK(edited("- [x] A @Paul ✅ 2024-04-02 ^a", edit_of(ActionChange::done, k_day)) == "- [x] A @Paul ✅ 2026-12-03 ^a");
        CHECK(edited("- [-] A @Paul ❌ 2024-04-02 ^a", edit_of(ActionChange::done, k_day)) == "- [x] A @Paul ✅ 2026-12-03 ^a");
        CHECK(edited("- [X] A [completion:: 2024-04-02] ^a", edit_of(ActionChange::done, k_day)) == "- [x] A ✅ 2026-12-03 ^a");
    }
    SUBCASE("a done date typed after the id: the id ends the line again") {
        CHECK(edited("- [ ] A @Paul ^a ✅ 2024-05-16", edit_of(ActionChange::done, k_day)) == "- [x] A @Paul ✅ 2026-12-03 ^a");
    }
    SUBCASE("cancel: [-] and ❌ DATE") {
        CHECK(edited("- [x] A @Paul ✅ 2024-04-02 ^a", edit_of(ActionChange::cancel, k_day)) == "- [-] A @Paul ❌ 2026-12-03 ^a");
    }
    SUBCASE("reopen: [ ], the done and cancelled dates taken out") {
        CHECK(edited("- [x] A @Paul 📅 2024-04-15 ✅ 2024-04-02 ^a", edit_of(ActionChange::reopen)) == "- [ ] A @Paul 📅 2024-04-15 ^a");
        CHECK(edited("- [-] A ❌ 2024-04-02", edit_of(ActionChange::reopen)) == "- [ ] A");
    }
    SUBCASE("indentation, block quote, numbered list and * kept") {
        CHECK(edited("  > 1. [ ] A", edit_of(ActionChange::done, k_day)) == "  > 1. [x] A ✅ 2026-12-03");
        CHECK(edited("    * [ ] A ^a", edit_of(ActionChange::cancel, k_day)) == "    * [-] A ❌ 2026-12-03 ^a");
    }
    SUBCASE("redate: the due date replaced whatever its form") {
        CHECK(edited("- [ ] A @Paul 📅 2024-04-15 ^a", edit_of(ActionChange::redate, k_due)) == "- [ ] A @Paul 📅 2026-12-20 ^a");
        CHECK(edited("- [ ] A échéance : 30/09/2024 ^a", edit_of(ActionChange::redate, k_due)) == "- [ ] A échéance : 2026-12-20 ^a");
        CHECK(edited("- [ ] A [due:: 2024-09-30]", edit_of(ActionChange::redate, k_due)) == "- [ ] A [due:: 2026-12-20]");
    }
    SUBCASE("redate without a due date: 📅 before ✅, else before the id, else at the end") {
        CHECK(edited("- [ ] A @Paul ^a", edit_of(ActionChange::redate, k_due)) == "- [ ] A @Paul 📅 2026-12-20 ^a");
        CHECK(edited("- [x] A ✅ 2024-04-02 ^a", edit_of(ActionChange::redate, k_due)) == "- [x] A 📅 2026-12-20 ✅ 2024-04-02 ^a");
        CHECK(edited("- [ ] A", edit_of(ActionChange::redate, k_due)) == "- [ ] A 📅 2026-12-20");
    }
    SUBCASE("assign: the first owner replaced, the others taken out") {
        CHECK(edited("- [ ] A @Jeanne @Paul 📅 2024-04-15 ^a", {ActionChange::assign, {}, {"@Amina"}}) ==
              "- [ ] A @Amina 📅 2024-04-15 ^a");
        CHECK(edited("- [ ] A [owner:: Association Alpha] ^a", {ActionChange::assign, {}, {"Paul", "Jeanne Martin"}}) ==
              "- [ ] A @Paul [owner:: Jeanne Martin] ^a");
        CHECK(edited("- [ ] Appeler @Jean, il attend ^a", {ActionChange::assign, {}, {"Paul"}}) == "- [ ] Appeler @Paul, il attend ^a");
    }
    SUBCASE("assign without owner: before the first field, else the id, else at the end") {
        CHECK(edited("- [ ] A 📅 2024-04-15 ^a", {ActionChange::assign, {}, {"Paul"}}) == "- [ ] A @Paul 📅 2024-04-15 ^a");
        CHECK(edited("- [ ] A ^a", {ActionChange::assign, {}, {"Paul"}}) == "- [ ] A @Paul ^a");
        CHECK(edited("- [ ] A", {ActionChange::assign, {}, {"Paul"}}) == "- [ ] A @Paul");
        CHECK(edited("- [ ] Écrire à jeanne@exemple.org", {ActionChange::assign, {}, {"Paul"}}) == "- [ ] Écrire à jeanne@exemple.org @Paul");
    }
    SUBCASE("no task checkbox: nothing") {
        CHECK(edited("- Une idée", edit_of(ActionChange::done, k_day)) == "(none)");
        CHECK(edited("[ ] sans liste", edit_of(ActionChange::done, k_day)) == "(none)");
        CHECK(edited("-[ ] collé", edit_of(ActionChange::done, k_day)) == "(none)");
        CHECK(edited("- [ ]collé", edit_of(ActionChange::done, k_day)) == "(none)");
    }
}

TEST_CASE("with_action_edit") {
    const model::Config config{};
    SUBCASE("only the one line changes: BOM, CRLF, trailing blanks and the last line kept") {
        const std::string note = "\xEF\xBB\xBF---\r\ntitle: T\r\ndate: 2024-04-04\r\n---\r\n\r\n## Actions\r\n\r\n"
                                 "- [ ] A @Paul ^a  \r\n- [ ] B @Paul\t\r\n\r\nFin.  ";
        const auto out = edit::with_action_edit("notes/n.md", note, 8, edit_of(ActionChange::done, k_day), config);
        CHECK_FALSE(out.refused);
        CHECK(out.before == "- [ ] A @Paul ^a");
        CHECK(out.after == "- [x] A @Paul ✅ 2026-12-03 ^a");
        CHECK(out.bytes == "\xEF\xBB\xBF---\r\ntitle: T\r\ndate: 2024-04-04\r\n---\r\n\r\n## Actions\r\n\r\n"
                           "- [x] A @Paul ✅ 2026-12-03 ^a  \r\n- [ ] B @Paul\t\r\n\r\nFin.  ");
    }
    SUBCASE("an action without id keeps its text, so its implicit id") {
        const std::string note = k_front + "- [ ] Relancer les fondations @Amina\n";
        const auto out = edit::with_action_edit("notes/n.md", note, 8, edit_of(ActionChange::cancel, k_day), config);
        CHECK(out.bytes == k_front + "- [-] Relancer les fondations @Amina ❌ 2026-12-03\n");
    }
    SUBCASE("refused: not a task item, past the end, or the action would read otherwise") {
        const std::string note = k_front + "- Une idée\n- [ ] A @Paul\n";
        CHECK(edit::with_action_edit("notes/n.md", note, 8, edit_of(ActionChange::done, k_day), config).refused);
        CHECK(edit::with_action_edit("notes/n.md", note, 40, edit_of(ActionChange::done, k_day), config).refused);
        // An owner whose alias would be read as part of the text.
        const auto odd = edit::with_action_edit("notes/n.md", note, 9, {ActionChange::assign, {}, {"Pa;ul"}}, config);
        CHECK(odd.refused);
        CHECK(odd.bytes == note);
    }
}
