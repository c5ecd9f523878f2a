// The one exception type: a failure of the run itself (exit 2), caught once in main.
#pragma once

#include <stdexcept>
#include <string>

#include "dla/util/i18n.hpp"

namespace dla::util {

/// The run cannot go on: unreadable repository, bad option value. Holds a
/// catalogue phrase so that main prints it in the user's language.
class Failure : public std::runtime_error {
public:
    explicit Failure(Phrase phrase)
        : std::runtime_error(phrase.in(Lang::en)), m_phrase(std::move(phrase)) {}
    [[nodiscard]] const Phrase& phrase() const { return m_phrase; }

private:
    Phrase m_phrase;
};

}  // namespace dla::util
