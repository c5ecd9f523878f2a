// parse/office: .docx, .odt and .pptx XML into the Markdown dla import reads, from strings.
#include "dla/parse/office.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace dla::parse::office;

namespace {

const std::string W = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string docx_body(const std::string& body) {
    return "<w:document " + W + "><w:body>" + body + "</w:body></w:document>";
}

std::string para(const std::string& ppr, const std::string& runs) { return "<w:p><w:pPr>" + ppr + "</w:pPr>" + runs + "</w:p>"; }
std::string run(const std::string& text, bool bold = false) {
    return std::string("<w:r>") + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

// Word in French: the style ids are « Titre1 », their names « heading 1 ».
const std::string k_styles = "<w:styles " + W + R"(>
  <w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="MonTitre"><w:name w:val="Mon titre"/><w:basedOn w:val="Titre2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Plan"><w:name w:val="Plan"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="character" w:styleId="lev"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>)";

const std::string k_numbering = "<w:numbering " + W + R"(>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
  <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>)";

std::string item(int num, int level, const std::string& text) {
    return para("<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(num) + "\"/></w:numPr>", run(text));
}

}  // namespace

TEST_CASE("office formats by extension") {
    CHECK(format_of("a/CR du 4 mars.DOCX") == Format::docx);
    CHECK(format_of("cr.odt") == Format::odt);
    CHECK(format_of("deck.pptx") == Format::pptx);
    CHECK_FALSE(format_of("cr.txt"));
    CHECK_FALSE(format_of("docx"));
    REQUIRE(old_format_of("cr.doc"));
    CHECK(old_format_of("cr.doc")->save_as == ".docx");
    CHECK(old_format_of("deck.PPT")->program == "PowerPoint");
    CHECK(old_format_of("t.xls"));
    CHECK_FALSE(old_format_of("cr.docx"));
    CHECK(wanted_member(Format::docx, "word/document.xml"));
    CHECK_FALSE(wanted_member(Format::docx, "word/media/image1.png"));
    CHECK(wanted_member(Format::pptx, "ppt/slides/slide12.xml"));
    CHECK(wanted_member(Format::pptx, "ppt/slides/_rels/slide12.xml.rels"));
    CHECK(wanted_member(Format::pptx, "ppt/notesSlides/notesSlide3.xml"));
    CHECK_FALSE(wanted_member(Format::pptx, "ppt/slideLayouts/slideLayout1.xml"));
    CHECK_FALSE(wanted_member(Format::pptx, "ppt/media/image1.png"));
}

TEST_CASE("docx") {
    SUBCASE("heading styles by name, outline level or basedOn; bold runs; lists with levels and numbers") {
        const std::string body =
            para("<w:pStyle w:val=\"Titre\"/>", run("Bureau du 12 mars 2024", true)) +
            para("", run("Présents :", true) + run(" Léna, ") + run("Sacha")) +
            para("<w:pStyle w:val=\"Titre1\"/>", run("Jardin")) +
            item(5, 0, "Les semis") + item(5, 1, "tomates") + item(5, 0, "Le compost") +
            para("<w:pStyle w:val=\"MonTitre\"/>", run("Sous-partie")) +
            item(6, 0, "Acheter") + item(6, 1, "du paillage") + item(6, 1, "des graines") + item(6, 0, "Vider") +
            para("<w:pStyle w:val=\"Plan\"/>", run("Niveau trois")) +
            para("", "<w:r><w:rPr><w:rStyle w:val=\"lev\"/></w:rPr><w:t>Fort</w:t></w:r>" + run(" puis") + "<w:r><w:br/></w:r>" + run("ligne deux")) +
            para("", run("gardé") + "<w:del><w:r><w:delText>effacé</w:delText></w:r></w:del>" + "<w:ins>" + run(" ajouté") + "</w:ins>") +
            para("", "");
        const auto t = to_markdown(Format::docx, {{"word/document.xml", docx_body(body)}, {"word/styles.xml", k_styles}, {"word/numbering.xml", k_numbering}});
        CHECK(t.bad_member.empty());
        CHECK(t.markdown ==
              "# Bureau du 12 mars 2024\n\n"
              "**Présents :** Léna, Sacha\n\n"
              "# Jardin\n\n"
              "- Les semis\n  - tomates\n- Le compost\n\n"
              "## Sous-partie\n\n"
              "1. Acheter\n  1. du paillage\n  2. des graines\n2. Vider\n\n"
              "### Niveau trois\n\n"
              "**Fort** puis\nligne deux\n\n"
              "gardé ajouté\n");
    }
    SUBCASE("a table: one tab-separated line per row, a cell's paragraphs joined by <br>") {
        const std::string cell1 = "<w:tc>" + para("", run("Qui")) + "</w:tc>";
        const std::string cell2 = "<w:tc>" + para("", run("Quoi")) + "</w:tc>";
        const std::string cell3 = "<w:tc>" + para("", run("Léna")) + "</w:tc>";
        const std::string cell4 = "<w:tc>" + para("", run("ticket", true)) + para("", run("et\tsono")) + "</w:tc>";
        const std::string body = "<w:tbl><w:tr>" + cell1 + cell2 + "</w:tr><w:tr>" + cell3 + cell4 + "</w:tr></w:tbl>";
        CHECK(to_markdown(Format::docx, {{"word/document.xml", docx_body(body)}}).markdown == "Qui\tQuoi\nLéna\t**ticket**<br>et sono\n");
    }
    SUBCASE("check box glyphs become task boxes") {
        const std::string body = item(5, 0, "\u2612 Quentin : réserver la salle") + item(5, 0, "\u2610 Marc : les clés");
        CHECK(to_markdown(Format::docx, {{"word/document.xml", docx_body(body)}, {"word/numbering.xml", k_numbering}}).markdown ==
              "- [x] Quentin : réserver la salle\n- [ ] Marc : les clés\n");
    }
    SUBCASE("a missing or malformed member is named") {
        auto t = to_markdown(Format::docx, {});
        CHECK(t.bad_member == "word/document.xml");
        CHECK(t.reason == "missing");
        t = to_markdown(Format::docx, {{"word/document.xml", docx_body("<w:p>")}});
        CHECK(t.bad_member == "word/document.xml");
        CHECK(t.reason.starts_with("Start-end tags mismatch"));
        t = to_markdown(Format::docx, {{"word/document.xml", docx_body("")}, {"word/styles.xml", "<w:styles"}});
        CHECK(t.bad_member == "word/styles.xml");
    }
}

TEST_CASE("odt") {
    const std::string ns = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")";
    const std::string content = "<office:document-content " + ns + R"(>
<office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="T2" style:family="text" style:parent-style-name="Strong"/>
  <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"/><text:list-level-style-number text:level="2"/></text:list-style>
  <text:list-style style:name="L2"><text:list-level-style-number text:level="1"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">CA n°7</text:h>
<text:p><text:span text:style-name="T1">Présents :</text:span> Marc,<text:s/>Léna</text:p>
<text:h text:style-name="Titre2">Bilan</text:h>
<text:list text:style-name="L1"><text:list-item><text:p>un</text:p><text:list><text:list-item><text:p>a</text:p></text:list-item><text:list-item><text:p>b</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>deux</text:p><text:p>suite de deux</text:p></text:list-item></text:list>
<text:list text:style-name="L2"><text:list-item><text:p>premier</text:p></text:list-item><text:list-item><text:p>second</text:p></text:list-item></text:list>
<text:p>Texte <text:span text:style-name="T2">fort</text:span><text:tab/>puis<text:line-break/>fin</text:p>
<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Date</text:p></table:table-cell><table:table-cell><text:p>Sujet</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>4 juillet</text:p></table:table-cell><table:table-cell><text:p>CA</text:p><text:p>en visio</text:p></table:table-cell></table:table-row></table:table>
<text:section><text:p>Dans une section</text:p></text:section>
</office:text></office:body></office:document-content>)";
    const std::string styles = "<office:document-styles " + ns + R"(><office:styles>
  <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Titre2" style:family="paragraph" style:default-outline-level="2"/>
</office:styles></office:document-styles>)";
    const auto t = to_markdown(Format::odt, {{"content.xml", content}, {"styles.xml", styles}});
    CHECK(t.bad_member.empty());
    CHECK(t.markdown ==
          "# CA n°7\n\n"
          "**Présents :** Marc, Léna\n\n"
          "## Bilan\n\n"
          "- un\n  1. a\n  2. b\n- deux\n\nsuite de deux\n\n"
          "1. premier\n2. second\n\n"
          "Texte **fort**\tpuis\nfin\n\n"
          "Date\tSujet\n4 juillet\tCA<br>en visio\n\n"
          "Dans une section\n");
    CHECK(to_markdown(Format::odt, {{"styles.xml", styles}}).bad_member == "content.xml");
}

TEST_CASE("pptx") {
    const std::string P = R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main")";
    const std::string R = R"(xmlns="http://schemas.openxmlformats.org/package/2006/relationships")";
    const auto shape = [](const std::string& ph, const std::string& paragraphs) {
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"x\"/><p:cNvSpPr/><p:nvPr>" + ph + "</p:nvPr></p:nvSpPr><p:txBody>" + paragraphs +
               "</p:txBody></p:sp>";
    };
    const auto p = [](const std::string& text, const std::string& ppr = "", bool bold = false) {
        return "<a:p>" + ppr + "<a:r><a:rPr" + (bold ? " b=\"1\"" : "") + "/><a:t>" + text + "</a:t></a:r></a:p>";
    };
    const auto slide = [&](const std::string& tree) { return "<p:sld " + P + "><p:cSld><p:spTree>" + tree + "</p:spTree></p:cSld></p:sld>"; };
    // The deck's order is presentation.xml's, not the file names': slide2 comes first.
    const std::string presentation = "<p:presentation " + P + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId9\"/><p:sldId id=\"257\" r:id=\"rId8\"/></p:sldIdLst></p:presentation>";
    const std::string rels = "<Relationships " + R + "><Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide\" Target=\"slides/slide1.xml\"/><Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide\" Target=\"/ppt/slides/slide2.xml\"/></Relationships>";
    const std::string first = slide(shape("<p:ph type=\"ctrTitle\"/>", p("InterDLA N°5")) + shape("<p:ph type=\"subTitle\" idx=\"1\"/>", p("6 juin 2024") + p("Visio")) +
                                    shape("<p:ph type=\"sldNum\"/>", p("1")));
    const std::string second = slide(shape("<p:ph idx=\"1\"/>", p("Odile : envoyer la trame", "", false) + p("avant l'été", "<a:pPr lvl=\"1\"/>") + p("Sans puce", "<a:pPr><a:buNone/></a:pPr>")) +
                                     shape("<p:ph type=\"title\"/>", p("Égalité", "", true)) + shape("", p("Zone de texte") + p("Puce", "<a:pPr><a:buChar char=\"•\"/></a:pPr>")) +
                                     "<p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tr><a:tc><a:txBody>" + p("Date") + "</a:txBody></a:tc><a:tc><a:txBody>" + p("Sujet") +
                                     "</a:txBody></a:tc></a:tr><a:tr><a:tc><a:txBody>" + p("4 juillet") + "</a:txBody></a:tc><a:tc><a:txBody>" + p("CA") +
                                     "</a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
    const std::string slide1_rels = "<Relationships " + R + "><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide\" Target=\"../notesSlides/notesSlide7.xml\"/></Relationships>";
    const std::string notes = "<p:notes " + P + "><p:cSld><p:spTree>" + shape("<p:ph type=\"sldImg\"/>", "") + shape("<p:ph type=\"body\" idx=\"1\"/>", p("Trame validée.") + p("Deux relectures.")) +
                              "</p:spTree></p:cSld></p:notes>";
    const Members members{{"ppt/presentation.xml", presentation}, {"ppt/_rels/presentation.xml.rels", rels}, {"ppt/slides/slide1.xml", second},
                          {"ppt/slides/slide2.xml", first}, {"ppt/slides/_rels/slide1.xml.rels", slide1_rels}, {"ppt/notesSlides/notesSlide7.xml", notes}};
    const auto t = to_markdown(Format::pptx, members);
    CHECK(t.bad_member.empty());
    CHECK(t.markdown ==
          "# InterDLA N°5\n\n6 juin 2024\n\nVisio\n\n"
          "## Égalité\n\n"
          "- Odile : envoyer la trame\n  - avant l'été\n\nSans puce\n\nZone de texte\n\n- Puce\n\n"
          "Date\tSujet\n4 juillet\tCA\n\n"
          "Notes : Trame validée.\nDeux relectures.\n");
    auto broken = members;
    broken["ppt/slides/slide1.xml"] = "<p:sld";
    CHECK(to_markdown(Format::pptx, broken).bad_member == "ppt/slides/slide1.xml");
    broken.erase("ppt/slides/slide1.xml");
    CHECK(to_markdown(Format::pptx, broken).bad_member == "ppt/slides/slide1.xml");
}
