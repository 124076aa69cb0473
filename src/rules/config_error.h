// ConfigError: a problem in a rule file or config file, located for the user.
//
// Contract: what() is `file:line:col: error: message [key]` with 1-based line and column,
// ready to print; line 0 means the error concerns the whole file (it could not be read).
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <stdexcept>
#include <string>

namespace docqc::rules {

class ConfigError : public std::runtime_error {
 public:
  ConfigError(const std::string& file, std::size_t line, std::size_t column,
              const std::string& message, const std::string& key = {})
      : std::runtime_error(format(file, line, column, message, key)) {}

 private:
  static std::string format(const std::string& file, std::size_t line, std::size_t column,
                            const std::string& message, const std::string& key) {
    std::string where = line == 0 ? file : fmt::format("{}:{}:{}", file, line, column);
    return key.empty() ? fmt::format("{}: error: {}", where, message)
                       : fmt::format("{}: error: {} [{}]", where, message, key);
  }
};

}  // namespace docqc::rules
