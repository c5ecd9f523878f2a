// The repository's configuration (dla.yaml) as plain values, and the people directory.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dla/util/date.hpp"
#include "dla/util/i18n.hpp"

namespace dla::model {

struct Person {
    std::string name;
    std::string organisation;
    std::vector<std::string> aliases;
    std::string email;
};

struct Department {
    std::string id;     // "59", "02-80", "R"
    std::string label;  // "DLA 59 Nord"
    std::string organisation;
    std::vector<std::string> aliases;
    std::string email = {};  // the department's address (`dla remind` writes to it, and for its organisation)
};

struct Series {
    std::string id;     // "interdla"
    std::string title;  // pattern, "InterDLA N°{number}"
    std::optional<util::Time> time;
    std::string format;
    std::string location;
    std::vector<std::string> members;
    std::optional<int> duration = std::nullopt;  // usual length in minutes (`duration: 3h`); none: 2 hours in calendars
};

struct Organisation {
    std::string name;
    std::string region;
    std::string header;
    std::string footer;
    std::string site = {};  // the network's web site (`site: https://…`), linked from calendar events
};

/// Extra section titles, on top of the built-in French and English ones.
struct Headings {
    std::vector<std::string> news;
    std::vector<std::string> decisions;
    std::vector<std::string> events;
    std::vector<std::string> followup;
};

/// The directory's names, folded, for lookups that do not fold every name each time
/// (a note names an owner per action: 55,000 lookups in 10,000 notes).
struct DirectoryIndex {
    std::unordered_map<std::string, std::size_t> people;       // name or alias → index in people
    // The first or last words of a full name or alias ("margaux", "krebs") → every person
    // they could be, in directory order.
    std::unordered_map<std::string, std::vector<std::size_t>> partial_names;
    std::unordered_map<std::string, std::size_t> departments;  // id, "DLA id", label or alias → index
    std::unordered_set<std::string> organisations;             // of a person or a department
};

struct Config {
    util::Lang language = util::Lang::fr;
    std::string notes_dir = "notes";
    Organisation organisation;
    std::string default_series;
    std::vector<Series> series;
    std::vector<Department> departments;
    std::vector<Person> people;
    Headings headings;
    DirectoryIndex index;  // made by index_directory() from departments and people
    bool remind_send = false;  // `remind: send: true`: `dla remind --send` may hand the drafts to sendmail
};

/// Makes config.index anew; to call whenever its people or departments change
/// (parse_config does). The first of two equal names wins, as in file order.
void index_directory(Config& config);

/// The department that `label` names ("DLA 59", "dla 02 – 80", "Nord", "59"),
/// compared folded; nullptr when none does.
[[nodiscard]] const Department* find_department(const Config& config, std::string_view label);

/// What a name written in a note or typed on the command line designates in the directory.
struct PersonMatch {
    const Person* person = nullptr;           // the one person it names, else nullptr
    std::vector<const Person*> candidates;    // ambiguous: the two or more people it could be
    std::vector<std::string> suggestions;     // unknown: names and aliases of the directory close to it
};

/// The one lookup of a person, used wherever a person is named (attendees, excused,
/// minute-taker, owners, --owner). Names compare through util::fold (NFC or NFD, case
/// and accents do not matter). A full name or an alias names its person; else the
/// first or last words of one ("Margaux", "Krebs") name the one person they fit, and
/// are ambiguous when they fit several; else nobody, with the directory's names within
/// two edits as suggestions ("Clarie" → "Claire").
[[nodiscard]] PersonMatch match_person(const Config& config, std::string_view name);

/// The person that `alias` names (match_person's person); nullptr when none or ambiguous.
[[nodiscard]] const Person* find_person(const Config& config, std::string_view alias);

/// A person's identity for counting and merging: the folded full name of the directory's
/// person, else the folded name as written. "Margaux K" and "margaux krebs" give one key.
[[nodiscard]] std::string person_key(const Config& config, std::string_view name);

/// The directory's full name of the person `name` designates, else `name` as written.
[[nodiscard]] std::string canonical_name(const Config& config, std::string_view name);

/// "A ou B" / "A, B ou C" in French, "A or B" in English: the candidates of an ambiguous
/// match or the suggestions of an unknown one, for messages.
[[nodiscard]] std::string one_of(const std::vector<std::string>& names, util::Lang lang);

/// True when `name` is an organisation of the directory (of a person or a department).
[[nodiscard]] bool is_organisation(const Config& config, std::string_view name);

}  // namespace dla::model
