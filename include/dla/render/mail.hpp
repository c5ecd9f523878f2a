// E-mail messages (RFC 5322 and MIME) built with GMime 3: drafts that dla writes to a
// file for the user's mail client (`dla export --format eml`, later `dla remind`); dla
// never sends them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dla::render {

struct Mailbox {
    std::string name;     // may be empty
    std::string address;  // `claire@example.org`
    bool operator==(const Mailbox&) const = default;
};

struct MailAttachment {
    std::string file_name;     // `prochaines-dates.ics`
    std::string content_type;  // `text/calendar`
    std::string bytes;
};

struct Mail {
    std::vector<Mailbox> to;
    std::string subject;                  // UTF-8: encoded as RFC 2047 words when needed
    std::string text;                     // the text/plain part (UTF-8)
    std::string html;                     // the text/html alternative; empty: none
    std::vector<MailAttachment> attachments;
    std::string message_id;               // without the angle brackets: `3f2a…@dla`
    std::int64_t date = 0;                // seconds since 1970-01-01T00:00:00Z, written in UTC
    std::string boundary_seed;            // the multipart boundaries are made from it
    bool draft = true;                    // `X-Unsent: 1`: Outlook and Thunderbird open it as a draft
};

/// The message as RFC 5322 bytes, lines ending in CRLF: From left out (the mail client
/// fills it), To, Subject, Date, Message-ID, MIME-Version, X-Unsent when a draft; the
/// body multipart/alternative (text, HTML) inside a multipart/mixed when there are
/// attachments (base64); text in UTF-8, quoted-printable. The same Mail gives the same
/// bytes: the boundaries come from `boundary_seed`. GMime is initialised once, on the
/// first call, from whichever thread.
[[nodiscard]] std::string mail_bytes(const Mail& mail);

}  // namespace dla::render
