// load/zip: the archive of a .docx / .odt / .pptx, read with limits.
#include "dla/load/zip.hpp"

#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>
#include <zip.h>

#include "dla/util/failure.hpp"

using namespace dla;

namespace {

// An archive holding `members` (name, content), deflated, written by libzip in memory.
std::string archive(const std::vector<std::pair<std::string, std::string>>& members) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(buffer);
    zip_source_keep(buffer);
    zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    REQUIRE(z);
    for (const auto& [name, content] : members) {
        zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
        REQUIRE(s);
        REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    REQUIRE(zip_source_open(buffer) == 0);
    REQUIRE(zip_source_seek(buffer, 0, SEEK_END) == 0);
    const auto size = zip_source_tell(buffer);
    REQUIRE(zip_source_seek(buffer, 0, SEEK_SET) == 0);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    REQUIRE(zip_source_read(buffer, bytes.data(), bytes.size()) == size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

bool any(std::string_view) { return true; }

std::string failure_text(const std::string& bytes, const load::ZipLimits& limits = {}) {
    try {
        (void)load::read_zip(bytes, "cr.docx", any, limits);
    } catch (const util::Failure& e) {
        return e.phrase().in(util::Lang::fr);
    }
    return "no failure";
}

}  // namespace

TEST_CASE("read_zip") {
    const std::string doc = archive({{"word/document.xml", "<w:document/>"}, {"word/media/image1.png", "PNG"}});
    SUBCASE("the members asked for, decompressed") {
        const auto m = load::read_zip(doc, "cr.docx", [](std::string_view n) { return n.ends_with(".xml"); });
        REQUIRE(m.size() == 1);
        CHECK(m.at("word/document.xml") == "<w:document/>");
    }
    SUBCASE("a truncated archive is an error naming the file") {
        CHECK(failure_text(doc.substr(0, doc.size() / 2)) ==
              "cr.docx : archive abîmée ou tronquée, illisible (Not a zip archive) : rien n'a été importé");
        CHECK(failure_text("") == "cr.docx : archive abîmée ou tronquée, illisible (empty file) : rien n'a été importé");
        CHECK(failure_text("PK\x03\x04 pas une archive") ==
              "cr.docx : archive abîmée ou tronquée, illisible (Not a zip archive) : rien n'a été importé");
    }
    SUBCASE("a damaged member (its bytes changed) is an error, not a crash") {
        std::string damaged = archive({{"word/document.xml", std::string(4000, 'a') + "<w:document/>"}});
        damaged[40] = static_cast<char>(damaged[40] ^ 0x55);
        damaged[41] = static_cast<char>(damaged[41] ^ 0x55);
        CHECK(failure_text(damaged).starts_with("cr.docx : archive abîmée ou tronquée, illisible ("));
    }
    SUBCASE("too many members") {
        CHECK(failure_text(doc, load::ZipLimits{1, 1000, 1000}) == "cr.docx : l'archive compte 2 éléments, au plus 1 : refusée");
    }
    SUBCASE("a member decompressing past its limit (a zip bomb): counted while reading") {
        const std::string bomb = archive({{"word/document.xml", std::string(3 << 20, ' ')}});
        CHECK(bomb.size() < 20'000);
        CHECK(failure_text(bomb, load::ZipLimits{10, 1 << 20, 100 << 20}) ==
              "cr.docx : l'élément word/document.xml décompressé dépasse 1 Mio : archive refusée (bombe zip ?)");
        const std::string two = archive({{"a.xml", std::string(700 << 10, ' ')}, {"b.xml", std::string(700 << 10, ' ')}});
        CHECK(failure_text(two, load::ZipLimits{10, 1 << 20, 1 << 20}) ==
              "cr.docx : les éléments décompressés dépassent 1 Mio : archive refusée (bombe zip ?)");
        CHECK(load::read_zip(two, "cr.docx", any, load::ZipLimits{10, 1 << 20, 2 << 20}).size() == 2);
    }
}
