#include "dla/load/encoding.hpp"

#include <cerrno>
#include <iconv.h>

#include "dla/util/text.hpp"

namespace dla::load {

namespace {

// `bytes` converted by iconv from `from` to UTF-8, or nullopt when iconv refuses a byte.
std::optional<std::string> convert(std::string_view bytes, const char* from) {
    iconv_t cd = ::iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out;
    std::string in(bytes);
    char* in_ptr = in.data();
    std::size_t in_left = in.size();
    char buffer[4096];
    bool ok = true;
    while (in_left > 0) {
        char* out_ptr = buffer;
        std::size_t out_left = sizeof buffer;
        const std::size_t r = ::iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
        out.append(buffer, static_cast<std::size_t>(out_ptr - buffer));
        if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
            ok = false;  // EILSEQ or EINVAL: a byte the encoding does not have
            break;
        }
    }
    ::iconv_close(cd);
    if (!ok) return std::nullopt;
    return out;
}

bool looks_binary(std::string_view text) {
    std::size_t controls = 0;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0) return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') ++controls;
        if (u == 0x7F) ++controls;
    }
    return controls * 100 > text.size();
}

}  // namespace

std::optional<DecodedText> decode_text(std::string_view bytes) {
    DecodedText out;
    std::string utf8;
    const bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
    if (utf16) {
        // iconv's "UTF-16" reads the BOM to choose the byte order, and drops it.
        auto converted = convert(bytes, "UTF-16");
        if (!converted) return std::nullopt;
        utf8 = std::move(*converted);
        out.encoding = Encoding::utf16;
    } else {
        if (looks_binary(bytes)) return std::nullopt;
        if (bytes.starts_with("\xEF\xBB\xBF")) {
            bytes.remove_prefix(3);
            out.encoding = Encoding::utf8_bom;
        }
        if (util::invalid_utf8_offset(bytes) == std::string_view::npos) {
            utf8 = std::string(bytes);
        } else {
            auto converted = convert(bytes, "WINDOWS-1252");
            if (!converted) converted = convert(bytes, "ISO-8859-1");
            if (!converted) return std::nullopt;
            utf8 = std::move(*converted);
            out.encoding = Encoding::windows1252;
        }
    }
    if (utf16 && looks_binary(utf8)) return std::nullopt;
    out.crlf = utf8.find('\r') != std::string::npos;
    out.text = util::normalize_newlines(utf8);
    for (char& c : out.text)
        if (c == '\f') c = '\n';
    return out;
}

std::string_view encoding_name(Encoding encoding) {
    switch (encoding) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf8_bom: return "UTF-8 (BOM)";
    case Encoding::utf16: return "UTF-16";
    case Encoding::windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

}  // namespace dla::load
