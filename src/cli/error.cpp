#include "error.hpp"

#include <iostream>

namespace dla::cli {

void print_error(std::string_view text, std::ostream& out) { out << "dla: error: " << text << '\n'; }
void print_error(std::string_view text) { print_error(text, std::cerr); }

void print_warning(std::string_view text, std::ostream& out) { out << "dla: warning: " << text << '\n'; }
void print_warning(std::string_view text) { print_warning(text, std::cerr); }

}  // namespace dla::cli
