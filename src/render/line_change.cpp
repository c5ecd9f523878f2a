#include "dla/render/line_change.hpp"

#include <fmt/format.h>

namespace dla::render {

std::string line_change_diff(std::string_view path, int line, std::string_view before, std::string_view after,
                             const Style& style) {
    std::string out;
    out += style.bold(fmt::format("--- a/{}", path)) + '\n';
    out += style.bold(fmt::format("+++ b/{}", path)) + '\n';
    out += style.cyan(fmt::format("@@ -{} +{} @@", line, line)) + '\n';
    out += style.red(fmt::format("-{}", before)) + '\n';
    out += style.green(fmt::format("+{}", after)) + '\n';
    return out;
}

}  // namespace dla::render
