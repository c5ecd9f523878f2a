#include "dla/index/encode.hpp"

#include <cstdint>
#include <type_traits>

namespace dla::index {

using namespace model;

namespace {

// Each type lists its fields once, in `fields`; the Writer and the Reader both walk
// that list, so the two directions cannot drift apart.

class Writer {
public:
    std::string out;

    template <class... T>
    void operator()(const T&... values) { (put(values), ...); }

    void put(std::uint64_t n) {
        while (n >= 0x80) {
            out.push_back(static_cast<char>((n & 0x7f) | 0x80));
            n >>= 7;
        }
        out.push_back(static_cast<char>(n));
    }
    void length(std::size_t n) { put(static_cast<std::uint64_t>(n)); }
    void put(int n) { put(static_cast<std::uint64_t>((static_cast<std::uint64_t>(n) << 1) ^ static_cast<std::uint64_t>(n >> 31))); }
    void put(bool b) { put(static_cast<std::uint64_t>(b)); }
    void put(const std::string& s) {
        put(static_cast<std::uint64_t>(s.size()));
        out += s;
    }
    template <class E> requires std::is_enum_v<E>
    void put(E e) { put(static_cast<int>(e)); }
    template <class T>
    void put(const std::optional<T>& o) {
        put(o.has_value());
        if (o) put(*o);
    }
    template <class T>
    void put(const std::vector<T>& v) {
        put(static_cast<std::uint64_t>(v.size()));
        for (const auto& x : v) put(x);
    }
    void put(const std::map<std::string, int>& m) {
        put(static_cast<std::uint64_t>(m.size()));
        for (const auto& [k, v] : m) put(k), put(v);
    }
    template <class T> requires std::is_class_v<T>
    void put(const T& value) { fields(*this, value); }
};

class Reader {
public:
    explicit Reader(std::string_view in) : m_in(in) {}
    bool ok = true;
    [[nodiscard]] bool at_end() const { return m_pos == m_in.size(); }

    template <class... T>
    void operator()(T&... values) { (get(values), ...); }

    void get(std::uint64_t& n) {
        n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_in.size()) return fail();
            const auto byte = static_cast<unsigned char>(m_in[m_pos++]);
            n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return;
        }
        fail();
    }
    // Reading the count of sections written by length: it must match those of the outline.
    void length(std::size_t expected) {
        std::uint64_t n = 0;
        get(n);
        if (n != expected) fail();
    }
    void get(int& n) {
        std::uint64_t z = 0;
        get(z);
        n = static_cast<int>(static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1));
    }
    void get(bool& b) {
        std::uint64_t n = 0;
        get(n);
        b = n != 0;
    }
    void get(std::string& s) {
        const std::uint64_t size = count();
        if (!ok) return;
        s.assign(m_in.substr(m_pos, size));
        m_pos += size;
    }
    template <class E> requires std::is_enum_v<E>
    void get(E& e) {
        int n = 0;
        get(n);
        e = static_cast<E>(n);
    }
    template <class T>
    void get(std::optional<T>& o) {
        bool present = false;
        get(present);
        if (!present || !ok) return o.reset();
        o.emplace();
        get(*o);
    }
    template <class T>
    void get(std::vector<T>& v) {
        const std::uint64_t size = count();
        v.clear();
        v.reserve(std::min<std::uint64_t>(size, 4096));  // a bad count costs no more than that
        for (std::uint64_t i = 0; i < size && ok; ++i) get(v.emplace_back());
    }
    void get(std::map<std::string, int>& m) {
        const std::uint64_t size = count();
        for (std::uint64_t i = 0; i < size && ok; ++i) {
            std::string k;
            int v = 0;
            get(k), get(v);
            m[std::move(k)] = v;
        }
    }
    template <class T> requires std::is_class_v<T>
    void get(T& value) { fields(*this, value); }

private:
    void fail() {
        ok = false;
        m_pos = m_in.size();
    }
    // A length: never more than the bytes left, so bad input cannot ask for gigabytes.
    std::uint64_t count() {
        std::uint64_t n = 0;
        get(n);
        if (n > m_in.size() - m_pos) fail();
        return ok ? n : 0;
    }

    std::string_view m_in;
    std::size_t m_pos = 0;
};

template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, util::Date>
void fields(A& a, T& d) { a(d.year, d.month, d.day); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, util::Time>
void fields(A& a, T& t) { a(t.hour, t.minute); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, util::DateRange>
void fields(A& a, T& r) { a(r.start, r.end); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, Attendee>
void fields(A& a, T& p) { a(p.name, p.organisation, p.role, p.line); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, AgendaItem>
void fields(A& a, T& i) { a(i.time, i.end_time, i.title, i.line); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, NewsItem>
void fields(A& a, T& i) { a(i.text, i.children, i.line); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, DepartmentNews>
void fields(A& a, T& n) { a(n.department, n.label, n.items, n.line); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, Decision>
void fields(A& a, T& d) { a(d.text, d.line); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, Action>
void fields(A& a, T& x) { a(x.text, x.raw, x.owners, x.due, x.done_on, x.status, x.id, x.section, x.line, x.department); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, Event>
void fields(A& a, T& e) { a(e.dates, e.date_text, e.time, e.end_time, e.format, e.location, e.subject, e.line); }
// A section's Markdown goes in the bodies blob, not here.
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, Section>
void fields(A& a, T& s) { a(s.title, s.kind, s.level, s.line); }
template <class A, class T> requires std::is_same_v<std::remove_const_t<T>, diag::Diagnostic>
void fields(A& a, T& d) { a(d.path, d.line, d.column, d.severity, d.message, d.rule_id); }
constexpr std::uint64_t k_magic = 0x646c61;  // "dla": a blob of another kind fails at once

// What each part holds, written or read by the same walk.
template <class A, class M, class D>
void part(A& a, unsigned which, M& m, D& diagnostics) {
    switch (which) {
    case head:
        a(m.path, m.title, m.series, m.number, m.date, m.time, m.end_time, m.format, m.location, m.theme,
          m.field_lines, diagnostics);
        break;
    case outline: a(m.sections); break;
    case people: a(m.attendees, m.excused, m.absent, m.minute_taker); break;
    case agenda: a(m.agenda); break;
    case news: a(m.news); break;
    case decisions: a(m.decisions); break;
    case actions: a(m.actions); break;
    case events: a(m.events); break;
    case bodies:
        a.length(m.sections.size());
        for (auto& s : m.sections) a(s.markdown);
        break;
    }
}

}  // namespace

EncodedNote encode(const ParsedNote& note) {
    EncodedNote blobs;
    for (unsigned i = 0; i < k_part_count; ++i) {
        Writer w;
        w(k_magic);
        part(w, 1u << i, note.meeting, note.diagnostics);
        blobs[i] = std::move(w.out);
    }
    return blobs;
}

std::optional<ParsedNote> decode(const EncodedNote& blobs, unsigned parts) {
    parts = with_needed(parts);
    ParsedNote note;
    for (unsigned i = 0; i < k_part_count; ++i) {
        if (!(parts & (1u << i))) continue;
        Reader r(blobs[i]);
        std::uint64_t magic = 0;
        r(magic);
        if (magic != k_magic) return std::nullopt;
        part(r, 1u << i, note.meeting, note.diagnostics);
        if (!r.ok || !r.at_end()) return std::nullopt;
    }
    return note;
}

}  // namespace dla::index
