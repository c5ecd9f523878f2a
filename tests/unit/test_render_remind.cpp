#include <doctest/doctest.h>

#include "dla/render/remind.hpp"

using namespace dla;

TEST_CASE("reminder_file_names") {
    std::vector<query::Reminder> list(4);
    list[0].name = "Jeanne Martin";
    list[1].name = "Élodie D'Arc-en-Ciel";
    list[2].name = "jeanne  martin";
    list[3].name = "李";
    CHECK(render::reminder_file_names(list) ==
          std::vector<std::string>{"jeanne-martin.eml", "elodie-d-arc-en-ciel.eml", "jeanne-martin-2.eml", "owner.eml"});
}

TEST_CASE("mbox_bytes") {
    SUBCASE("a From line before each message, LF, From lines quoted the mboxrd way") {
        const std::vector<std::string> messages = {"To: a@b\r\n\r\nFrom here\r\n>From there\r\nFromage\r\n",
                                                   "To: c@d\r\n\r\nok"};
        CHECK(render::mbox_bytes(messages, util::Date{2024, 4, 9}) ==
              "From dla@localhost Tue Apr  9 00:00:00 2024\n"
              "To: a@b\n\n>From here\n>>From there\nFromage\n\n"
              "From dla@localhost Tue Apr  9 00:00:00 2024\n"
              "To: c@d\n\nok\n\n");
    }
    SUBCASE("no message, no byte") { CHECK(render::mbox_bytes({}, util::Date{2024, 4, 9}).empty()); }
}

TEST_CASE("unix_newlines") {
    CHECK(render::unix_newlines("a\r\nb\rc\n\r\n") == "a\nb\rc\n\n");
}
