#include "dla/render/html.hpp"

#include <doctest/doctest.h>

using namespace dla;

TEST_CASE("markdown_to_html") {
    SUBCASE("GFM tables") {
        CHECK(render::markdown_to_html("| A | B |\n|---|---|\n| 1 | 2 |\n") ==
              "<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n"
              "</tr>\n</tbody>\n</table>\n");
    }
    SUBCASE("safe: raw HTML and javascript: links are not copied") {
        const std::string html = render::markdown_to_html("- Fondation <script>alert(1)</script>\n\n[x](javascript:alert(1))\n");
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("javascript:") == std::string::npos);
    }
    SUBCASE("links") {
        CHECK(render::markdown_to_html("<https://exemple.org/a>\n") ==
              "<p><a href=\"https://exemple.org/a\">https://exemple.org/a</a></p>\n");
    }
}

TEST_CASE("escape_markdown") {
    CHECK(render::escape_markdown("Fondation <Zeta> & Co") == "Fondation \\<Zeta\\> & Co");
    CHECK(render::escape_markdown("*Nova* [x](y) `c` a_b ~~s~~") == "\\*Nova\\* \\[x\\](y) \\`c\\` a\\_b \\~\\~s\\~\\~");
    CHECK(render::escape_markdown("&amp; &#38; & Co") == "\\&amp; \\&#38; & Co");
    CHECK(render::escape_markdown("# titre - tiret") == "\\# titre - tiret");
    CHECK(render::escape_markdown("- liste") == "\\- liste");
    CHECK(render::escape_markdown("1. premier, 2. second") == "1\\. premier, 2. second");
    CHECK(render::escape_markdown("12) douze") == "12\\) douze");
    CHECK(render::escape_markdown("a | b") == "a | b");  // Table::markdown escapes pipes in cells
    CHECK(render::escape_markdown("deux\nlignes") == "deux lignes");
    SUBCASE("escaped text renders as itself") {
        CHECK(render::markdown_to_html(render::escape_markdown("<b>*Nova*</b> & [x]")) ==
              "<p>&lt;b&gt;*Nova*&lt;/b&gt; &amp; [x]</p>\n");
    }
}

TEST_CASE("escape_html") {
    CHECK(render::escape_html("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
}

TEST_CASE("html_page") {
    render::HtmlPage page;
    page.lang = "fr";
    page.title = "InterDLA <N°4>";
    page.header_lines = {"RÉSEAU <EXEMPLE>", "Hauts-de-France"};
    page.header_aside = {"Synthèse établie le 1er juin 2024"};
    page.footer_lines = {"Cofinancé par l'État & la Région"};
    page.body = "<h1>InterDLA N°4</h1>\n";
    const std::string html = render::html_page(page);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"));
    CHECK(html.find("<title>InterDLA &lt;N°4&gt;</title>") != std::string::npos);
    CHECK(html.find("<p class=\"name\">RÉSEAU &lt;EXEMPLE&gt;</p>\n<p>Hauts-de-France</p>") != std::string::npos);
    CHECK(html.find("<p>Synthèse établie le 1er juin 2024</p>") != std::string::npos);
    CHECK(html.find("<main>\n<h1>InterDLA N°4</h1>\n</main>") != std::string::npos);
    CHECK(html.find("<footer class=\"organisation\">\n<p>Cofinancé par l&#39;État &amp; la Région</p>") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("size: A4") != std::string::npos);
    CHECK(html.ends_with("</body>\n</html>\n"));
    SUBCASE("no header or footer without lines") {
        const std::string bare = render::html_page({"en", "T", {}, {}, {}, "<p>x</p>\n"});
        CHECK(bare.find("<header") == std::string::npos);
        CHECK(bare.find("<footer") == std::string::npos);
    }
}
