#include "dla/render/minutes.hpp"

#include <fmt/format.h>

#include "dla/edit/front_matter.hpp"
#include "dla/render/actions.hpp"
#include "dla/render/calendar.hpp"
#include "dla/render/mustache.hpp"
#include "dla/render/show.hpp"
#include "dla/util/failure.hpp"
#include "dla/util/text.hpp"

namespace dla::render {

using edit::yaml_scalar;

namespace mustache = kainjow::mustache;
using util::Msg;
using util::tr;

namespace {

// The built-in template: templates/default.md, word for word (a unit test compares them).
constexpr std::string_view k_default_template = R"dla(---
{{!
  Modèle par défaut de « dla new-minutes » : celui des séries qui n'ont pas de modèle
  templates/<série>.md. Ce bloc est un commentaire Mustache : il n'apparaît pas dans le
  compte rendu créé. Les variables sont décrites dans docs/templates.md.
}}
title: {{yaml.title}}
series: {{yaml.series}}
number: {{number}}
date: {{date}}
{{#time}}
time: "{{time}}{{#end_time}}-{{end_time}}{{/end_time}}"
{{/time}}
{{#format}}
format: {{yaml.format}}
{{/format}}
{{#location}}
location: {{yaml.location}}
{{/location}}
theme: {{yaml.theme}}
# {{labels.hint_attendees}}
attendees:
{{#attendees}}
  - {{yaml}}
{{/attendees}}
excused: []
minute-taker:
agenda:
{{#agenda}}
  - {{yaml}}
{{/agenda}}
---

## {{labels.news}}

<!-- {{labels.hint_news}} -->
{{#departments}}

### {{heading}}
{{/departments}}

## {{labels.decisions}}

<!-- {{labels.hint_decisions}} -->

## {{labels.followup}}

{{#has_followup}}
<!-- {{labels.hint_followup}} -->

{{/has_followup}}
{{^followup}}
<!-- {{labels.hint_no_followup}} -->
{{/followup}}
{{#followup}}
- {{task}}
{{/followup}}

## {{labels.actions}}

<!-- {{labels.hint_actions}} -->

## {{labels.events}}

{{events_table}}
)dla";

// A text, or false when empty: `{{#theme}}…{{/theme}}` then leaves out what has no value.
mustache::data text_or_false(const std::string& s) {
    return s.empty() ? mustache::data(false) : mustache::data(s);
}

std::string long_date(util::Date d, util::Lang lang) {
    return lang == util::Lang::fr ? util::format_long_french(d) : util::format_long_english(d);
}

std::string person_text(const model::Attendee& a) {
    return a.organisation.empty() ? a.name : a.name + " (" + a.organisation + ")";
}

mustache::data agenda_item(const std::optional<util::Time>& time, const std::string& title) {
    mustache::data item;
    item.set("time", time ? mustache::data(util::to_iso(*time)) : mustache::data(false));
    item.set("title", title);
    item.set("yaml", yaml_scalar(time ? util::to_iso(*time) + " " + title : title, true));
    return item;
}

mustache::data labels(util::Lang lang) {
    mustache::data l;
    l.set("news", tr(lang, Msg::show_news));
    l.set("decisions", tr(lang, Msg::show_decisions));
    l.set("followup", tr(lang, Msg::minutes_label_followup));
    l.set("actions", tr(lang, Msg::show_actions));
    l.set("events", tr(lang, Msg::show_events));
    l.set("hint_attendees", tr(lang, Msg::minutes_hint_attendees));
    l.set("hint_news", tr(lang, Msg::minutes_hint_news));
    l.set("hint_decisions", tr(lang, Msg::minutes_hint_decisions));
    l.set("hint_followup", tr(lang, Msg::minutes_hint_followup));
    l.set("hint_no_followup", tr(lang, Msg::minutes_hint_no_followup));
    l.set("hint_actions", tr(lang, Msg::minutes_hint_actions));
    return l;
}

mustache::data followup(const query::MinutesPlan& plan, const model::Config& config) {
    mustache::data list{mustache::data::type::list};
    for (const auto& c : plan.carried) {
        mustache::data item;
        item.set("task", task_line(c.action));
        item.set("text", c.action.text);
        item.set("owners", text_or_false(action_owners_text(c.action, config)));
        item.set("due", c.action.due ? mustache::data(util::to_iso(*c.action.due)) : mustache::data(false));
        item.set("overdue", c.overdue);
        item.set("id", c.action.id);
        item.set("generated_id", c.generated_id);
        item.set("meeting", text_or_false(c.meeting));
        item.set("source", fmt::format("{}:{}", c.path, c.line));
        list.push_back(item);
    }
    return list;
}

mustache::data view(const query::MinutesPlan& plan, const model::Config& config, util::Lang lang) {
    mustache::data v;
    v.set("title", plan.title);
    v.set("series", plan.series);
    v.set("number", std::to_string(plan.number));
    v.set("date", util::to_iso(plan.date));
    v.set("year", std::to_string(plan.date.year));
    v.set("date_text", date_text(plan.date, lang));
    v.set("date_long", long_date(plan.date, lang));
    v.set("date_long_fr", util::format_long_french(plan.date));
    v.set("date_long_en", util::format_long_english(plan.date));
    v.set("time", plan.time ? mustache::data(util::to_iso(*plan.time)) : mustache::data(false));
    v.set("end_time", plan.end_time ? mustache::data(util::to_iso(*plan.end_time)) : mustache::data(false));
    std::string time_words;
    if (plan.time) time_words = time_text(*plan.time, lang);
    if (plan.time && plan.end_time) time_words += " – " + time_text(*plan.end_time, lang);
    v.set("time_text", text_or_false(time_words));
    v.set("format", text_or_false(plan.format));
    v.set("location", text_or_false(plan.location));
    v.set("theme", text_or_false(plan.theme));
    v.set("organisation", text_or_false(config.organisation.name));

    mustache::data yaml;
    yaml.set("title", yaml_scalar(plan.title));
    yaml.set("series", yaml_scalar(plan.series));
    yaml.set("format", yaml_scalar(plan.format));
    yaml.set("location", yaml_scalar(plan.location));
    yaml.set("theme", yaml_scalar(plan.theme));
    v.set("yaml", yaml);

    mustache::data attendees{mustache::data::type::list};
    for (const auto& a : plan.attendees) {
        mustache::data item;
        item.set("name", a.name);
        item.set("organisation", text_or_false(a.organisation));
        item.set("text", person_text(a));
        item.set("yaml", yaml_scalar(person_text(a)));
        attendees.push_back(item);
    }
    v.set("attendees", attendees);
    v.set("has_attendees", !plan.attendees.empty());
    v.set("attendees_from_members", plan.attendees_from_members);
    if (plan.previous) {
        mustache::data previous;
        previous.set("title", text_or_false(plan.previous->title));
        previous.set("date", plan.previous->date ? mustache::data(util::to_iso(*plan.previous->date)) : mustache::data(false));
        previous.set("path", plan.previous->path);
        v.set("previous", previous);
    } else {
        v.set("previous", false);
    }

    mustache::data agenda{mustache::data::type::list};
    agenda.push_back(agenda_item(plan.time, tr(lang, Msg::show_news)));
    agenda.push_back(agenda_item(std::nullopt, tr(lang, Msg::minutes_label_followup)));
    if (!plan.theme.empty()) agenda.push_back(agenda_item(std::nullopt, plan.theme));
    v.set("agenda", agenda);

    mustache::data departments{mustache::data::type::list};
    for (const auto& heading : plan.departments) {
        const model::Department* d = model::find_department(config, heading);
        mustache::data item;
        item.set("heading", heading);
        item.set("id", d ? mustache::data(d->id) : mustache::data(false));
        item.set("label", d && !d->label.empty() ? mustache::data(d->label) : mustache::data(false));
        departments.push_back(item);
    }
    v.set("departments", departments);
    v.set("followup", followup(plan, config));
    v.set("has_followup", !plan.carried.empty());

    mustache::data events{mustache::data::type::list};
    for (const auto& c : plan.upcoming) {
        mustache::data item;
        item.set("date", date_text(c.event.dates, lang));
        item.set("time", text_or_false(event_time_text(c.event, lang)));
        item.set("format", text_or_false(c.event.format));
        item.set("location", text_or_false(c.event.location));
        item.set("subject", text_or_false(c.event.subject));
        events.push_back(item);
    }
    v.set("events", events);
    v.set("has_events", !plan.upcoming.empty());
    std::string table = calendar_markdown_table(plan.upcoming, lang).markdown();
    while (table.ends_with('\n')) table.pop_back();
    v.set("events_table", table);
    v.set("labels", labels(lang));
    return v;
}

}  // namespace

std::string_view default_minutes_template() { return k_default_template; }

std::string render_minutes(std::string_view template_text, std::string_view template_name,
                           const query::MinutesPlan& plan, const model::Config& config, util::Lang lang) {
    // Markdown, not HTML: values are copied as they are.
    return render_mustache(template_text, template_name, view(plan, config, lang), lang, Escape::none);
}

}  // namespace dla::render
