#include "dla/model/parsed_note.hpp"

namespace dla::model {

namespace {

// Emptied and its memory given back (`x = {}` or clear() keep the capacity).
template <class T>
void release(T& x) { T().swap(x); }

}  // namespace

void keep_only(Meeting& m, unsigned parts) {
    parts = with_needed(parts);
    if (!(parts & outline)) release(m.sections);
    if (!(parts & people)) release(m.attendees), release(m.excused), release(m.absent), m.minute_taker.reset();
    if (!(parts & agenda)) release(m.agenda);
    if (!(parts & news)) release(m.news);
    if (!(parts & decisions)) release(m.decisions);
    if (!(parts & actions)) release(m.actions);
    if (!(parts & events)) release(m.events);
    if (!(parts & bodies))
        for (auto& s : m.sections) release(s.markdown);
}

}  // namespace dla::model
