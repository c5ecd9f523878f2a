// Documents that other programs make for `dla export`: a PDF printed by headless
// Chromium from the HTML page, .docx and .odt written by pandoc from the Markdown.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dla::load {

/// How long Chromium or pandoc may take before dla gives up.
inline constexpr std::chrono::seconds k_convert_timeout{120};

/// The PDF (A4, without the browser's header and footer) that `chromium --headless`
/// prints from `html`, with a throw-away profile in a temporary folder; `--no-sandbox`
/// only for root, whom Chromium's sandbox refuses. Throws util::Failure:
/// `export_no_chromium` when neither `chromium` nor `chromium-browser` is in PATH,
/// `program_failed` / `program_timed_out` when it fails or takes longer than `timeout`.
[[nodiscard]] std::string print_pdf(std::string_view html, std::chrono::milliseconds timeout = k_convert_timeout);

/// The document `pandoc -f gfm -t FORMAT` makes of `markdown` (`format`: docx or odt),
/// styled by `reference` (`--reference-doc`) when given. Throws util::Failure:
/// `export_no_pandoc` when pandoc is not in PATH, `program_failed` / `program_timed_out`.
[[nodiscard]] std::string pandoc_document(std::string_view markdown, std::string_view format,
                                          const std::optional<std::filesystem::path>& reference,
                                          std::chrono::milliseconds timeout = k_convert_timeout);

}  // namespace dla::load
