// What several unit test files share: a fresh temporary folder (the one helper of the
// unit tests that touch the disk) and lists of lines shown whole when a CHECK fails.
#pragma once

#include <filesystem>
#include <random>
#include <string>
#include <system_error>
#include <vector>

#include <doctest/doctest.h>

namespace dla::test {

/// A fresh folder under the system temporary folder, removed with everything in it.
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "dla-unit-") {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / (prefix + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(m_path);
        m_path = std::filesystem::canonical(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// Lines (formatted diagnostics, say), shown one per line when a CHECK fails.
struct Lines : std::vector<std::string> {
    using std::vector<std::string>::vector;
};

}  // namespace dla::test

template <>
struct doctest::StringMaker<dla::test::Lines> {
    static doctest::String convert(const dla::test::Lines& lines) {
        std::string out = "{";
        for (const auto& l : lines) out += "\n  " + l;
        return (out + "\n}").c_str();
    }
};
