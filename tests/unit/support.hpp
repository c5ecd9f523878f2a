// A fresh folder under the system temporary folder, removed with everything in it:
// the one helper of the unit tests that touch the disk.
#pragma once

#include <filesystem>
#include <random>
#include <string>
#include <system_error>

namespace dla::test {

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

}  // namespace dla::test
