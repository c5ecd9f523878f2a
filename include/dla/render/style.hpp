// Terminal styling: ANSI colours when wanted, plain text otherwise.
#pragma once

#include <string>
#include <string_view>

namespace dla::render {

class Style {
public:
    explicit Style(bool color) : m_color(color) {}
    [[nodiscard]] bool color() const { return m_color; }
    [[nodiscard]] std::string bold(std::string_view s) const { return wrap("1", s); }
    [[nodiscard]] std::string dim(std::string_view s) const { return wrap("2", s); }
    [[nodiscard]] std::string red(std::string_view s) const { return wrap("31", s); }
    [[nodiscard]] std::string yellow(std::string_view s) const { return wrap("33", s); }
    [[nodiscard]] std::string green(std::string_view s) const { return wrap("32", s); }
    [[nodiscard]] std::string cyan(std::string_view s) const { return wrap("36", s); }

private:
    [[nodiscard]] std::string wrap(std::string_view code, std::string_view s) const {
        if (!m_color) return std::string(s);
        return "\x1b[" + std::string(code) + "m" + std::string(s) + "\x1b[0m";
    }
    bool m_color;
};

}  // namespace dla::render
