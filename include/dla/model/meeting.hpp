// The minutes model: plain value types, no I/O. Every item keeps its source line.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dla/util/date.hpp"
#include "dla/util/i18n.hpp"

namespace dla::model {

using util::Date;
using util::DateRange;
using util::Time;

/// Someone listed in the front matter (attendees, excused, absent, minute-taker).
struct Attendee {
    std::string name;
    std::string organisation;  // empty when not given
    std::string role;          // empty when not given
    int line = 0;
    bool operator==(const Attendee&) const = default;
};

struct AgendaItem {
    std::optional<Time> time;
    std::optional<Time> end_time;
    std::string title;
    int line = 0;
    bool operator==(const AgendaItem&) const = default;
};

/// One thing a department reported, with its sub-items.
struct NewsItem {
    std::string text;
    std::vector<std::string> children;
    int line = 0;
    bool operator==(const NewsItem&) const = default;
};

/// The news of one department in one meeting.
struct DepartmentNews {
    std::string department;  // the department id when known ("59"), else the label as written
    std::string label;       // as written in the note ("DLA 59")
    std::vector<NewsItem> items;
    int line = 0;
    bool operator==(const DepartmentNews&) const = default;
};

struct Decision {
    std::string text;
    int line = 0;
    bool operator==(const Decision&) const = default;
};

enum class ActionStatus { open, done, cancelled };

/// A follow-up: a GFM task item anywhere in the body.
struct Action {
    std::string text;                 // without checkbox, owners, dates and id
    std::string raw;                  // the item's first line as written, after the checkbox
    std::vector<std::string> owners;  // as written, without '@' ("Claire", "Claire Collet")
    std::optional<Date> due;
    std::optional<Date> done_on;
    ActionStatus status = ActionStatus::open;
    std::string id;                   // the Obsidian block id, without '^'
    std::string section;              // title of the section holding it
    int line = 0;
    std::string department;           // in the news: the id (or label) of the department reporting it
    bool operator==(const Action&) const = default;
};

/// A planned date: a row of an events table or of the `events:` front matter.
struct Event {
    DateRange dates;
    std::string date_text;  // as written ("10 et 11 juin 2024")
    std::optional<Time> time;
    std::optional<Time> end_time;
    std::string format;
    std::string location;
    std::string subject;
    int line = 0;
    bool operator==(const Event&) const = default;
};

/// Any other body section, kept with its title and Markdown, in order.
struct Section {
    std::string title;
    std::string kind;  // news | decisions | events | followup | other
    int level = 0;
    std::string markdown;  // the section's body as written, heading excluded
    int line = 0;
    bool operator==(const Section&) const = default;
};

/// One set of minutes.
struct Meeting {
    std::string path;  // relative to the repository root, or as given
    std::string title;
    std::string series;
    std::optional<int> number;
    std::optional<Date> date;
    std::optional<Time> time;
    std::optional<Time> end_time;
    std::string format;  // visio | présentiel | hybride, as written
    std::string location;
    std::string theme;
    std::vector<Attendee> attendees;
    std::vector<Attendee> excused;
    std::vector<Attendee> absent;
    std::optional<Attendee> minute_taker;
    std::vector<AgendaItem> agenda;
    std::vector<DepartmentNews> news;
    std::vector<Decision> decisions;
    std::vector<Action> actions;
    std::vector<Event> events;
    std::vector<Section> sections;  // every body section, recognised or not, in order
    std::map<std::string, int> field_lines;  // front-matter key → line
    bool operator==(const Meeting&) const = default;
};

[[nodiscard]] std::string_view to_string(ActionStatus status);

/// --redact: every text of `meeting` that a person wrote (names, organisations, titles,
/// actions, news, events, sections' Markdown…) with its e-mail addresses and phone
/// numbers hidden (util::redact_contacts). What identifies the note or links notes
/// together (path, series, number, action ids, department ids) is kept. Done on the
/// values, before anything is laid out or serialised.
void redact_contacts(Meeting& meeting, util::Lang lang);

}  // namespace dla::model
