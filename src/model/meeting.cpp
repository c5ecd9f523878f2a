#include "dla/model/meeting.hpp"

#include "dla/util/redact.hpp"

namespace dla::model {

std::string_view to_string(ActionStatus status) {
    switch (status) {
    case ActionStatus::open: return "open";
    case ActionStatus::done: return "done";
    case ActionStatus::cancelled: return "cancelled";
    }
    return "open";
}

void redact_contacts(Meeting& meeting, util::Lang lang) {
    auto hide = [lang](std::string& text) { text = util::redact_contacts(text, lang); };
    auto hide_person = [&](Attendee& a) {
        hide(a.name);
        hide(a.organisation);
        hide(a.role);
    };
    for (std::string* text : {&meeting.title, &meeting.format, &meeting.location, &meeting.theme}) hide(*text);
    for (auto* people : {&meeting.attendees, &meeting.excused, &meeting.absent})
        for (auto& a : *people) hide_person(a);
    if (meeting.minute_taker) hide_person(*meeting.minute_taker);
    for (auto& item : meeting.agenda) hide(item.title);
    for (auto& news : meeting.news) {
        hide(news.label);
        for (auto& item : news.items) {
            hide(item.text);
            for (auto& child : item.children) hide(child);
        }
    }
    for (auto& d : meeting.decisions) hide(d.text);
    for (auto& a : meeting.actions) {
        for (std::string* text : {&a.text, &a.raw, &a.section}) hide(*text);
        for (auto& owner : a.owners) hide(owner);
    }
    for (auto& e : meeting.events)
        for (std::string* text : {&e.date_text, &e.format, &e.location, &e.subject}) hide(*text);
    for (auto& s : meeting.sections) {
        hide(s.title);
        hide(s.markdown);
    }
}

}  // namespace dla::model
