#include "dla/render/mail.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla;

namespace {

render::Mail draft() {
    render::Mail mail;
    mail.to = {{"Jeanne Martin", "jeanne.martin@exemple.org"}, {"", "paul@exemple.org"}};
    mail.subject = "Compte rendu InterDLA N°4 — 4 avril 2024";
    mail.text = "# InterDLA N°4\n\nÉté 2024 : une ligne assez longue pour que le quoted-printable la coupe en deux morceaux au moins.\n";
    mail.html = "<p>Été</p>\n";
    mail.attachments = {{"prochaines-dates.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"}};
    mail.message_id = "0123456789abcdef@dla";
    mail.date = 1712707200;  // 2024-04-10T00:00:00Z
    mail.boundary_seed = "fedcba9876543210";
    return mail;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("mail_bytes") {
    const std::string bytes = render::mail_bytes(draft());
    SUBCASE("headers of a draft") {
        CHECK(bytes.find("To: Jeanne Martin <jeanne.martin@exemple.org>, paul@exemple.org\r\n") != std::string::npos);
        CHECK(bytes.find("Subject: Compte rendu InterDLA =?UTF-8?B?TsKwNCDigJQ=?= 4 avril 2024\r\n") != std::string::npos);  // RFC 2047
        CHECK(bytes.find("Date: Wed, 10 Apr 2024 00:00:00 +0000\r\n") != std::string::npos);
        CHECK(bytes.find("Message-Id: <0123456789abcdef@dla>\r\n") != std::string::npos);
        CHECK(bytes.find("MIME-Version: 1.0\r\n") != std::string::npos);
        CHECK(bytes.find("X-Unsent: 1\r\n") != std::string::npos);
        CHECK(bytes.find("From:") == std::string::npos);
    }
    SUBCASE("structure") {
        CHECK(bytes.find("Content-Type: multipart/mixed; boundary=\"=_mix_fedcba9876543210\"") != std::string::npos);
        CHECK(bytes.find("Content-Type: multipart/alternative; boundary=\"=_alt_fedcba9876543210\"") != std::string::npos);
        CHECK(bytes.find("Content-Type: text/plain; charset=utf-8") != std::string::npos);
        CHECK(bytes.find("Content-Type: text/html; charset=utf-8") != std::string::npos);
        CHECK(bytes.find("Content-Transfer-Encoding: quoted-printable") != std::string::npos);
        CHECK(bytes.find("filename=prochaines-dates.ics") != std::string::npos);
        CHECK(bytes.find("Content-Transfer-Encoding: base64") != std::string::npos);
        CHECK(bytes.find("=C3=89t=C3=A9") != std::string::npos);  // « Été », UTF-8 in quoted-printable
        CHECK(count(bytes, "--=_mix_fedcba9876543210--") == 1);
        CHECK(count(bytes, "--=_alt_fedcba9876543210--") == 1);
    }
    SUBCASE("every line ends in CRLF") {
        CHECK(count(bytes, "\n") == count(bytes, "\r\n"));
    }
    SUBCASE("the same mail gives the same bytes; the seed makes the boundaries") {
        CHECK(render::mail_bytes(draft()) == bytes);
        render::Mail other = draft();
        other.boundary_seed = "0000000000000000";
        CHECK(render::mail_bytes(other).find("=_alt_0000000000000000") != std::string::npos);
    }
    SUBCASE("without HTML nor attachment: one text part") {
        render::Mail plain = draft();
        plain.html.clear();
        plain.attachments.clear();
        plain.draft = false;
        const std::string out = render::mail_bytes(plain);
        CHECK(out.find("multipart") == std::string::npos);
        CHECK(out.find("Content-Type: text/plain; charset=utf-8") != std::string::npos);
        CHECK(out.find("X-Unsent") == std::string::npos);
    }
}
