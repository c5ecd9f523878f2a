#include "dla/render/mail.hpp"

#include <memory>
#include <mutex>

#include <gmime/gmime.h>

namespace dla::render {

namespace {

// GMime's objects are GObjects: one reference each, dropped at the end of the scope.
struct Unref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
template <typename T>
using Ref = std::unique_ptr<T, Unref>;

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// A leaf part holding `bytes` as they are, in `encoding` on the wire.
Ref<GMimePart> leaf(const char* type, const char* subtype, const std::string& bytes, GMimeContentEncoding encoding) {
    Ref<GMimePart> part(g_mime_part_new_with_type(type, subtype));
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    Ref<GMimeDataWrapper> content(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part.get(), content.get());
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part.get()), "charset", "utf-8");
    g_mime_part_set_content_encoding(part.get(), encoding);
    return part;
}

Ref<GMimeMultipart> multipart(const char* subtype, const std::string& boundary) {
    Ref<GMimeMultipart> mp(g_mime_multipart_new_with_subtype(subtype));
    g_mime_multipart_set_boundary(mp.get(), boundary.c_str());
    return mp;
}

}  // namespace

std::string mail_bytes(const Mail& mail) {
    init_gmime();
    Ref<GMimeMessage> message(g_mime_message_new(TRUE));
    InternetAddressList* to = g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO);
    for (const auto& box : mail.to) {
        Ref<InternetAddress> address(internet_address_mailbox_new(box.name.c_str(), box.address.c_str()));
        internet_address_list_add(to, address.get());
    }
    g_mime_message_set_subject(message.get(), mail.subject.c_str(), "utf-8");
    std::unique_ptr<GDateTime, decltype(&g_date_time_unref)> date(g_date_time_new_from_unix_utc(mail.date),
                                                                  &g_date_time_unref);
    g_mime_message_set_date(message.get(), date.get());
    g_mime_message_set_message_id(message.get(), mail.message_id.c_str());
    if (mail.draft) g_mime_object_set_header(GMIME_OBJECT(message.get()), "X-Unsent", "1", nullptr);

    // "=_" never appears in quoted-printable or base64 text: the boundary cannot either.
    Ref<GMimeObject> body(GMIME_OBJECT(leaf("text", "plain", mail.text, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE).release()));
    if (!mail.html.empty()) {
        auto alternative = multipart("alternative", "=_alt_" + mail.boundary_seed);
        g_mime_multipart_add(alternative.get(), body.get());
        auto html = leaf("text", "html", mail.html, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
        g_mime_multipart_add(alternative.get(), GMIME_OBJECT(html.get()));
        body.reset(GMIME_OBJECT(alternative.release()));
    }
    if (!mail.attachments.empty()) {
        auto mixed = multipart("mixed", "=_mix_" + mail.boundary_seed);
        g_mime_multipart_add(mixed.get(), body.get());
        for (const auto& a : mail.attachments) {
            const auto slash = a.content_type.find('/');
            const std::string type = a.content_type.substr(0, slash);
            const std::string subtype = slash == std::string::npos ? "octet-stream" : a.content_type.substr(slash + 1);
            auto part = leaf(type.c_str(), subtype.c_str(), a.bytes, GMIME_CONTENT_ENCODING_BASE64);
            g_mime_object_set_disposition(GMIME_OBJECT(part.get()), GMIME_DISPOSITION_ATTACHMENT);
            g_mime_part_set_filename(part.get(), a.file_name.c_str());
            g_mime_multipart_add(mixed.get(), GMIME_OBJECT(part.get()));
        }
        body.reset(GMIME_OBJECT(mixed.release()));
    }
    g_mime_message_set_mime_part(message.get(), body.get());

    std::unique_ptr<GMimeFormatOptions, decltype(&g_mime_format_options_free)> options(g_mime_format_options_new(),
                                                                                       &g_mime_format_options_free);
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    std::unique_ptr<char, decltype(&g_free)> text(g_mime_object_to_string(GMIME_OBJECT(message.get()), options.get()),
                                                  &g_free);
    return text ? std::string(text.get()) : std::string();
}

}  // namespace dla::render
