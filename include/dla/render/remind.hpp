// `dla remind`: the draft e-mail to one owner, listing their open actions, and the
// forms the drafts are kept in (one .eml file each, or one mboxrd file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dla/model/config.hpp"
#include "dla/query/remind.hpp"
#include "dla/render/mail.hpp"
#include "dla/util/date.hpp"
#include "dla/util/i18n.hpp"

namespace dla::render {

struct RemindOptions {
    util::Date today;
    int days = 7;  // the actions due up to today + days are listed
    util::Lang lang = util::Lang::fr;
};

/// « Rappel : vos actions à suivre (2 actions, dont 1 en retard) ».
[[nodiscard]] std::string reminder_subject(const query::Reminder& reminder, const RemindOptions& o);

/// The text of the message: a greeting, then each action (its text, due date and
/// « en retard » when overdue, the meeting that raised it with its date and path, its id
/// for `dla done`), and a signature saying dla prepared it.
[[nodiscard]] std::string reminder_text(const query::Reminder& reminder, const RemindOptions& o);

/// The message to the reminder's owner (render::mail_bytes makes its bytes): To their
/// name and address, reminder_subject, reminder_text; dated `o.today` at 00:00 UTC, its
/// Message-ID and boundaries made from the date, the address and the actions' ids, so
/// that the same notes and --today give the same bytes. `draft`: marked X-Unsent.
[[nodiscard]] Mail reminder_mail(const query::Reminder& reminder, const RemindOptions& o, bool draft);

/// A file name for each reminder, in order: the name's letters and digits, folded, joined
/// by '-', then ".eml" (`jeanne-martin.eml`); "-2", "-3"… when two would be the same.
[[nodiscard]] std::vector<std::string> reminder_file_names(const std::vector<query::Reminder>& reminders);

/// The messages (RFC 5322 bytes, CRLF or LF) as one mbox in the mboxrd form: lines in LF,
/// each message after a `From dla@localhost <asctime of sent>` line, every line that
/// starts with `From ` after any number of '>' given one more '>', an empty line after
/// each message.
[[nodiscard]] std::string mbox_bytes(const std::vector<std::string>& messages, util::Date sent);

/// `bytes` with every CRLF as LF (what sendmail and mbox files expect).
[[nodiscard]] std::string unix_newlines(std::string_view bytes);

}  // namespace dla::render
