#include "dla/render/init.hpp"

#include <span>
#include <string_view>

namespace dla::render {

namespace {

// A piece of a starter file: what is written in each language (comments, the language
// itself), then the values that follow it, the same in both.
struct Piece {
    std::string_view fr;
    std::string_view en;
    std::string_view values;
};

std::string assemble(std::span<const Piece> pieces, util::Lang lang) {
    std::string out;
    for (const Piece& p : pieces) (out += lang == util::Lang::en ? p.en : p.fr) += p.values;
    return out;
}

// dla.yaml: the project's own, less its people and its footer, with its comments in
// French or in English around the same values.
constexpr Piece k_config[] = {
    {R"dla(# Configuration de dla, créée par « dla init ».
#
# Ce fichier se trouve à la racine du dépôt des comptes rendus : dla le cherche en
# remontant depuis le dossier courant, comme git cherche .git.
# Les lignes qui commencent par « # » sont des commentaires : dla les ignore.
# Après une modification, « dla check » dit si le fichier se lit sans erreur.

# Langue des messages et des tableaux produits par dla : fr (français) ou en (anglais).
language: fr

# Dossier qui contient les comptes rendus, rangés par année (notes/2024/…).
)dla",
     R"dla(# Configuration of dla, created by "dla init".
#
# This file lies at the root of the repository of minutes: dla looks for it by
# walking up from the current folder, as git looks for .git.
# Lines starting with "#" are comments: dla ignores them.
# After a change, "dla check" says whether the file reads without error.

# Language of the messages and tables dla prints: fr (French) or en (English).
language: en

# Folder holding the minutes, one subfolder per year (notes/2024/…).
)dla",
     R"dla(notes: notes
)dla"},
    {R"dla(
# La structure qui publie les comptes rendus. « header » et « footer » sont repris en
# tête et en pied des documents produits (synthèses, exports) ; le « | » permet
# d'écrire un texte sur plusieurs lignes, chaque ligne décalée de quatre espaces.
# « site » (facultatif) : l'adresse du site du réseau, donnée dans chaque date du
# calendrier (dla calendar --format ics).
)dla",
     R"dla(
# The body that publishes the minutes. "header" and "footer" open and close the
# documents dla produces (summaries, exports); "|" lets a text run over several
# lines, each indented by four spaces.
# "site" (optional): the address of the network's site, given in every date of the
# calendar (dla calendar --format ics).
)dla",
     R"dla(organisation:
  name: Le Dispositif Local d'Accompagnement de l'ESS
  region: Hauts-de-France
  header: |
    LE DISPOSITIF LOCAL D'ACCOMPAGNEMENT DE L'ESS
    HAUTS-DE-FRANCE
)dla"},
    {R"dla(  # footer: |
  #   Cette action est cofinancée par ses partenaires.
  # site: https://reseau.example.org/

# Série utilisée quand une commande ne précise pas laquelle (par exemple dla new-minutes).
)dla",
     R"dla(  # footer: |
  #   This action is co-funded by its partners.
  # site: https://network.example.org/

# Series used when a command names none (dla new-minutes, for instance).
)dla",
     R"dla(default-series: interdla
)dla"},
    {R"dla(
# Les séries de réunions. Chaque compte rendu indique sa série dans son en-tête
# (« series: interdla »).
#   id      : identifiant court, repris dans le nom des fichiers (2024-04-04-interdla-4.md)
#   title   : modèle du titre ; {number} est remplacé par le numéro de la réunion
#   time    : heure habituelle de début, entre guillemets ("10:00")
#   format  : format habituel : visio, présentiel ou hybride
#   location: lieu habituel (facultatif ; inutile pour une visio)
#   duration: durée habituelle (facultatif : 2h, 1h30, 0:45 ; sinon 2 heures dans le calendrier)
#   members : participants attendus (noms ou alias de l'annuaire ci-dessous)
)dla",
     R"dla(
# The series of meetings. Each set of minutes names its series in its front matter
# ("series: interdla").
#   id      : short id, used in file names (2024-04-04-interdla-4.md)
#   title   : pattern of the title; {number} becomes the meeting's number
#   time    : usual start time, in quotes ("10:00")
#   format  : usual format: visio, présentiel or hybride
#   location: usual place (optional; useless for a visio)
#   duration: usual length (optional: 2h, 1h30, 0:45; else 2 hours in the calendar)
#   members : expected attendees (names or aliases of the directory below)
)dla",
     R"dla(series:
  - id: interdla
    title: "InterDLA N°{number}"
    time: "10:00"
    format: visio
)dla"},
    {R"dla(    # Liste vide : pour préparer le compte rendu suivant, dla propose les personnes
    # présentes à la réunion précédente de la série. Pour fixer la liste, écrire par
    # exemple : members: [Jeanne, Paul]
)dla",
     R"dla(    # An empty list: to prepare the next minutes, dla proposes who came to the
    # previous meeting of the series. To fix the list, write for instance:
    # members: [Jeanne, Paul]
)dla",
     R"dla(    members: []
)dla"},
    {R"dla(
# Les DLA du réseau. Dans « Tour d'actualités », chaque sous-titre « ### » est
# rapproché d'un département par son id (« 59 » ou « DLA 59 »), son label ou l'un
# de ses alias, sans tenir compte des majuscules, des accents ni de la ponctuation.
#   id          : identifiant court, entre guillemets ("59", "02-80", "R")
#   label       : nom affiché dans les tableaux et synthèses
#   organisation: structure porteuse du DLA (facultatif ; à renseigner si besoin)
#   aliases     : autres façons de le nommer dans les comptes rendus
)dla",
     R"dla(
# The DLAs of the network. Under "Tour d'actualités" (news), each "###" subheading is
# matched to a department by its id ("59" or "DLA 59"), its label or one of its
# aliases, regardless of case, accents and punctuation.
#   id          : short id, in quotes ("59", "02-80", "R")
#   label       : name shown in tables and summaries
#   organisation: body carrying the DLA (optional; fill in if needed)
#   aliases     : other ways the minutes name it
)dla",
     R"dla(departments:
  - id: "02-80"
    label: DLA 02-80 Aisne-Somme
    aliases: ["DLA 02-80", "DLA 02 – 80", "DLA 02 80", "DLA 0280", "Aisne-Somme"]
  - id: "59"
    label: DLA 59 Nord
    aliases: ["DLA 59", "Nord"]
  - id: "60"
    label: DLA 60 Oise
    aliases: ["DLA 60", "Oise"]
  - id: "62"
    label: DLA 62 Pas-de-Calais
    aliases: ["DLA 62", "Pas-de-Calais"]
  - id: "R"
    label: DLA R Hauts-de-France
    aliases: ["DLA R", "DLA Régional", "DLA Hauts-de-France"]
)dla"},
    {R"dla(
# L'annuaire des personnes. Il sert à reconnaître les participants et les
# responsables des actions (« @Jeanne » dans une action désigne Jeanne Martin).
# Une entrée par personne, par exemple :
#   - name: Jeanne Martin              # prénom et nom
#     organisation: Association Alpha  # structure, écrite comme dans les comptes rendus
#     aliases: [Jeanne, Jeanne M]      # autres façons de la nommer ; un alias désigne
#                                      # une seule personne
#     email: jeanne.martin@exemple.org # facultatif
)dla",
     R"dla(
# The directory of people. It recognises attendees and the owners of actions
# ("@Jeanne" in an action means Jeanne Martin). One entry per person, for instance:
#   - name: Jeanne Martin              # first name and surname
#     organisation: Association Alpha  # body, written as the minutes write it
#     aliases: [Jeanne, Jeanne M]      # other ways to name her; an alias names
#                                      # one person only
#     email: jeanne.martin@exemple.org # optional
)dla",
     R"dla(people: []
)dla"},
    {R"dla(
# Titres de sections supplémentaires (facultatif). dla reconnaît déjà
# « Tour d'actualités », « Décisions », « Prochaines dates », « See you soon »,
# « Suivi des actions » et leurs équivalents anglais ; ajoutez ici vos propres titres.
# headings:
#   news: ["Nouvelles des DLA"]
#   decisions: ["Ce que nous avons décidé"]
#   events: ["Agenda du réseau"]
#   followup: ["Où en sont les actions"]
)dla",
     R"dla(
# More section titles (optional). dla already knows "Tour d'actualités", "Décisions",
# "Prochaines dates", "See you soon", "Suivi des actions" and their English
# equivalents (News, Decisions, Upcoming…); add your own titles here.
# headings:
#   news: ["News from the DLAs"]
#   decisions: ["What we decided"]
#   events: ["Network calendar"]
#   followup: ["Where the actions stand"]
)dla",
     ""},
};

// .gitignore: temporary files of editors, office suites and systems.
constexpr Piece k_gitignore[] = {
    {R"dla(# Fichiers que git ne doit pas enregistrer : fichiers temporaires des éditeurs,
# des suites bureautiques et des systèmes.
)dla",
     R"dla(# Files git must not record: temporary files of editors, office suites and
# operating systems.
)dla",
     R"dla(*~
.*.swp
~$*
.~lock.*#
.DS_Store
Thumbs.db
)dla"},
};

}  // namespace

std::string starter_config(util::Lang lang) { return assemble(k_config, lang); }

std::string starter_gitignore(util::Lang lang) { return assemble(k_gitignore, lang); }

}  // namespace dla::render
