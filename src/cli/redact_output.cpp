#include "redact_output.hpp"

#include <iostream>
#include <string>

#include "dla/util/redact.hpp"

namespace dla::cli {

// A stream buffer holding text until the end of a line, then writing it redacted: an
// address or a number never lies across two lines, but may across two writes.
class RedactedOutput::Filter : public std::streambuf {
public:
    Filter(std::ostream& stream, util::Lang lang) : m_stream(stream), m_target(stream.rdbuf(this)), m_lang(lang) {}
    ~Filter() override {
        write_lines(true);
        m_stream.rdbuf(m_target);
        m_target->pubsync();
    }
    Filter(const Filter&) = delete;
    Filter& operator=(const Filter&) = delete;

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        m_pending += traits_type::to_char_type(c);
        if (c == '\n') write_lines(false);
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        m_pending.append(s, static_cast<std::size_t>(n));
        write_lines(false);
        return n;
    }
    int sync() override {
        write_lines(false);
        return m_target->pubsync();
    }

private:
    // The complete lines held (and with `all`, the rest too), redacted, to the real buffer.
    void write_lines(bool all) {
        const std::size_t end = all ? m_pending.size() : m_pending.rfind('\n') + 1;  // npos + 1 == 0
        if (end == 0) return;
        const std::string text = util::redact_contacts(std::string_view(m_pending).substr(0, end), m_lang);
        m_target->sputn(text.data(), static_cast<std::streamsize>(text.size()));
        m_pending.erase(0, end);
    }

    std::ostream& m_stream;
    std::streambuf* m_target;
    util::Lang m_lang;
    std::string m_pending;
};

void add_redact_flag(CLI::App* cmd, bool& redact, util::Lang lang) {
    cmd->add_flag("--redact", redact, std::string(util::text(util::Msg::opt_redact, lang)));
}

RedactedOutput::RedactedOutput(util::Lang lang, bool enabled) {
    if (!enabled) return;
    m_out = std::make_unique<Filter>(std::cout, lang);
    m_err = std::make_unique<Filter>(std::cerr, lang);
}

RedactedOutput::~RedactedOutput() = default;

}  // namespace dla::cli
