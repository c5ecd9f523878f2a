#include "dla/parse/action.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using dla::parse::ActionFields;
using dla::parse::split_action;

namespace {

using Owners = std::vector<std::string>;

// "2024-04-15@47": a date field as written and where, to compare in one CHECK.
std::string show(const std::optional<dla::parse::DateField>& field) {
    return field ? field->text + "@" + std::to_string(field->offset) : "none";
}

// The field at the byte offset of `written` in `text`.
std::string at(std::string_view text, std::string_view written) {
    return std::string(written) + "@" + std::to_string(text.find(written));
}

}  // namespace

TEST_CASE("split_action") {
    SUBCASE("Obsidian Tasks form") {
        const std::string_view line = "Envoyer la trame LinkedIn aux DLA @Jeanne 📅 2024-04-15 ^linkedin-trame";
        const ActionFields f = split_action(line);
        CHECK(f.text == "Envoyer la trame LinkedIn aux DLA");
        CHECK(f.owners == Owners{"Jeanne"});
        CHECK(show(f.due) == at(line, "2024-04-15"));
        CHECK(show(f.done) == "none");
        CHECK(f.id == "linkedin-trame");
    }
    SUBCASE("cancelled date of Obsidian Tasks: taken out of the text, the id still trailing") {
        const ActionFields f = split_action("Préparer le webinaire @Paul ❌ 2026-12-03 ^webinaire");
        CHECK(f.text == "Préparer le webinaire");
        CHECK(f.owners == Owners{"Paul"});
        CHECK(f.id == "webinaire");
        CHECK(show(f.done) == "none");
    }
    SUBCASE("plain GitHub task: text only") {
        const ActionFields f = split_action("Relire le guide de la gouvernance");
        CHECK(f.text == "Relire le guide de la gouvernance");
        CHECK(f.owners.empty());
        CHECK(show(f.due) == "none");
        CHECK(show(f.done) == "none");
        CHECK(f.id == "");
    }
    SUBCASE("empty") {
        const ActionFields f = split_action("");
        CHECK(f.text == "");
        CHECK(f.owners.empty());
        CHECK(f.id == "");
    }
    SUBCASE("Dataview owner with a space") {
        const ActionFields f = split_action("Relire le guide [owner:: Jeanne Martin]");
        CHECK(f.text == "Relire le guide");
        CHECK(f.owners == Owners{"Jeanne Martin"});
    }
    SUBCASE("Dataview owner keys") {
        CHECK(split_action("Relire [responsable:: Jeanne Martin]").owners == Owners{"Jeanne Martin"});
        CHECK(split_action("Relire [Owner:: Jeanne Martin]").owners == Owners{"Jeanne Martin"});
        CHECK(split_action("Relire (owner:: Association Alpha)").owners == Owners{"Association Alpha"});
        CHECK(split_action("Relire (owner:: Association Alpha)").text == "Relire");
    }
    SUBCASE("several owners") {
        CHECK(split_action("Préparer le séminaire @Jeanne @Paul").owners == Owners{"Jeanne", "Paul"});
        const ActionFields f = split_action("Préparer [owner:: Jeanne Martin, Paul Durand,] le séminaire");
        CHECK(f.owners == Owners{"Jeanne Martin", "Paul Durand"});
        CHECK(f.text == "Préparer le séminaire");
    }
    SUBCASE("due: keyword") {
        const std::string_view line = "Diffuser le compte rendu [owner:: Association Alpha] due: 2024-04-15";
        const ActionFields f = split_action(line);
        CHECK(f.text == "Diffuser le compte rendu");
        CHECK(show(f.due) == at(line, "2024-04-15"));
    }
    SUBCASE("échéance in French") {
        const std::string_view line = "Relire le guide @Paul échéance : 22/04/2024 avant diffusion";
        const ActionFields f = split_action(line);
        CHECK(f.text == "Relire le guide avant diffusion");
        CHECK(f.owners == Owners{"Paul"});
        CHECK(show(f.due) == at(line, "22/04/2024"));
        const std::string_view capital = "Relire Échéance: 22/04/2024";
        CHECK(show(split_action(capital).due) == at(capital, "22/04/2024"));
        const std::string_view unaccented = "Relire (echeance : 22/04) @Paul";
        CHECK(show(split_action(unaccented).due) == at(unaccented, "22/04"));
    }
    SUBCASE("a word that ends in due is not the keyword") {
        const ActionFields f = split_action("Payer la somme residue: 300 euros");
        CHECK(show(f.due) == "none");
        CHECK(f.text == "Payer la somme residue: 300 euros");
    }
    SUBCASE("done date") {
        const std::string_view line = "Envoyer la trame @Jeanne 📅 2024-04-15 ✅ 2024-04-19 ^trame";
        const ActionFields f = split_action(line);
        CHECK(f.text == "Envoyer la trame");
        CHECK(show(f.due) == at(line, "2024-04-15"));
        CHECK(show(f.done) == at(line, "2024-04-19"));
        CHECK(f.id == "trame");
    }
    SUBCASE("Dataview dates") {
        const std::string_view line = "Relire [due:: 2024-04-15] [completion:: 2024-04-12] @Paul";
        const ActionFields f = split_action(line);
        CHECK(f.text == "Relire");
        CHECK(f.due->text == "2024-04-15");
        CHECK(f.done->text == "2024-04-12");
    }
    SUBCASE("other Dataview fields stay in the text") {
        const ActionFields f = split_action("Relire [priorité:: haute] @Paul");
        CHECK(f.text == "Relire [priorité:: haute]");
        CHECK(f.owners == Owners{"Paul"});
    }
    SUBCASE("the other Obsidian Tasks dates are taken out") {
        const ActionFields f =
            split_action("Organiser le webinaire ⏳ 2024-04-10 🛫 2024-04-01 ➕ 2024-03-28 @Paul 📅 2024-04-30");
        CHECK(f.text == "Organiser le webinaire");
        CHECK(f.due->text == "2024-04-30");
        CHECK(show(f.done) == "none");
    }
    SUBCASE("calendar emoji with and without variation selector") {
        CHECK(split_action("Relire 🗓️ 2024-04-15").due->text == "2024-04-15");
        CHECK(split_action("Relire 🗓️ 2024-04-15").text == "Relire");
        CHECK(split_action("Relire 🗓 2024-04-15").due->text == "2024-04-15");
    }
    SUBCASE("a date followed by punctuation") {
        const ActionFields f = split_action("Relire 📅 2024-04-15, puis diffuser @Paul");
        CHECK(f.due->text == "2024-04-15");
        CHECK(f.text == "Relire, puis diffuser");
    }
    SUBCASE("the first due date wins; every one is taken out") {
        const std::string_view line = "Relire 📅 2024-04-15 📅 2024-05-15";
        const ActionFields f = split_action(line);
        CHECK(f.due->text == "2024-04-15");
        CHECK(f.text == "Relire");
        REQUIRE(f.ignored_due.size() == 1);
        CHECK(show(f.ignored_due[0]) == at(line, "📅 2024-05-15"));
    }
    SUBCASE("an emoji date without a space") { CHECK(split_action("Relire 📅2024-04-15").due->text == "2024-04-15"); }
    SUBCASE("an unreadable date is still a field, for the caller to report") {
        const ActionFields f = split_action("Relire 📅 2024-02-30 @Paul");
        CHECK(f.due->text == "2024-02-30");
        CHECK(f.text == "Relire");
    }
    SUBCASE("e-mail addresses are not owners") {
        const ActionFields f = split_action("Écrire à jeanne@alpha.fr @Paul");
        CHECK(f.owners == Owners{"Paul"});
        CHECK(f.text == "Écrire à jeanne@alpha.fr");
    }
    SUBCASE("punctuation after an owner") {
        const ActionFields f = split_action("Appeler @Jean-Claude, il a les chiffres");
        CHECK(f.owners == Owners{"Jean-Claude"});
        CHECK(f.text == "Appeler, il a les chiffres");
        CHECK(split_action("Relance par @Paul.").owners == Owners{"Paul"});
        CHECK(split_action("Relance par @Paul!").owners == Owners{"Paul"});
        CHECK(split_action("Relance (@Paul)").owners == Owners{"Paul"});
        CHECK(split_action("Relance @Jeanne,@Paul;").owners == Owners{"Jeanne", "Paul"});
    }
    SUBCASE("a lone @ is no owner") {
        const ActionFields f = split_action("Rendez-vous @ Lille");
        CHECK(f.owners.empty());
        CHECK(f.text == "Rendez-vous @ Lille");
    }
    SUBCASE("an id only at the end") {
        CHECK(split_action("Réserver la salle @Paul ^salle-seminaire").id == "salle-seminaire");
        CHECK(split_action("Réserver la salle @Paul ^salle-2024  ").id == "salle-2024");
        const ActionFields f = split_action("Réserver ^salle-seminaire la salle @Paul");
        CHECK(f.id == "");
        CHECK(f.text == "Réserver ^salle-seminaire la salle");
    }
    SUBCASE("^ inside text is kept") {
        const ActionFields f = split_action("Calculer 2^10 combinaisons @Paul");
        CHECK(f.text == "Calculer 2^10 combinaisons");
        CHECK(f.id == "");
        const ActionFields end = split_action("Calculer x^2");
        CHECK(end.text == "Calculer x^2");
        CHECK(end.id == "");
    }
    SUBCASE("an id with an accent is no id") {
        const ActionFields f = split_action("Réserver la salle ^réunion");
        CHECK(f.id == "");
        CHECK(f.text == "Réserver la salle ^réunion");
    }
    SUBCASE("blanks collapsed in the text") {
        CHECK(split_action("  Relire \t le   guide  @Paul  ").text == "Relire le guide");
    }
}

TEST_CASE("split_action: offset of a Dataview date") {
    const std::string_view line = "Relire [due:: 2024-04-15] [completion:: 2024-04-12]";
    const ActionFields f = split_action(line);
    CHECK(show(f.due) == at(line, "2024-04-15"));
    CHECK(show(f.done) == at(line, "2024-04-12"));
    CHECK(show(split_action("[due:: 2024-04-15]").due) == "2024-04-15@7");
}

TEST_CASE("split_action: French due dates") {
    constexpr dla::util::Date k_meeting{2024, 9, 12};  // a Thursday; 24 September 2024 is a Tuesday
    SUBCASE("échéance : with a weekday and no year") {
        const std::string_view line = "Relire le guide @Paul échéance : mardi 24 septembre";
        const ActionFields f = split_action(line, k_meeting);
        CHECK(show(f.due) == at(line, "mardi 24 septembre"));
        CHECK(f.text == "Relire le guide");
        CHECK(f.ignored_due.empty());
    }
    SUBCASE("a wrong weekday is still the whole date, for the caller to report") {
        CHECK(split_action("Relire échéance : lundi 24 septembre", k_meeting).due->text == "lundi 24 septembre");
    }
    SUBCASE("brackets around the due date go with it") {
        const ActionFields f = split_action("Relire le guide (échéance : 24/09/2024) @Paul", k_meeting);
        CHECK(f.due->text == "24/09/2024");
        CHECK(f.text == "Relire le guide");
        CHECK(split_action("Relire (voir le guide) (due: 2024-09-24)").text == "Relire (voir le guide)");
    }
    SUBCASE("avant le, pour le: at the end of the text, the due date") {
        const std::string_view line = "Envoyer le bilan avant le 24 septembre @Paul ^bilan";
        const ActionFields f = split_action(line, k_meeting);
        CHECK(show(f.due) == at(line, "24 septembre"));
        CHECK(f.text == "Envoyer le bilan");
        CHECK(f.id == "bilan");
        CHECK(split_action("Relire le guide pour le 24/09", k_meeting).due->text == "24/09");
        CHECK(split_action("Relire le guide pour le 24/09", k_meeting).text == "Relire le guide");
        CHECK(split_action("Relire le guide d'ici le 1er octobre.", k_meeting).due->text == "1er octobre");
    }
    SUBCASE("avant le elsewhere, or with another due date: kept in the text, set aside") {
        const std::string_view line = "Envoyer avant le 24/09 le bilan aux DLA @Paul";
        const ActionFields f = split_action(line, k_meeting);
        CHECK(show(f.due) == "none");
        CHECK(f.text == "Envoyer avant le 24/09 le bilan aux DLA");
        REQUIRE(f.ignored_due.size() == 1);
        CHECK(show(f.ignored_due[0]) == at(line, "avant le 24/09"));
        const ActionFields both = split_action("Envoyer le bilan 📅 2024-09-30 avant le 24 septembre", k_meeting);
        CHECK(both.due->text == "2024-09-30");
        REQUIRE(both.ignored_due.size() == 1);
        CHECK(both.ignored_due[0].text == "avant le 24 septembre");
    }
    SUBCASE("pour le without a date is text") {
        const ActionFields f = split_action("Préparer une salle pour le séminaire @Paul", k_meeting);
        CHECK(show(f.due) == "none");
        CHECK(f.ignored_due.empty());
        CHECK(f.text == "Préparer une salle pour le séminaire");
    }
}
