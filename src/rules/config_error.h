// ConfigError: a problem in a rule file or config file, located for the user.
//
// Contract: what() is `file:line:col: error: message [key]` with 1-based line and column,
// ready to print; line 0 means the error concerns the whole file (it could not be read).
// combined() makes one error of several (every problem of a file in one run): what() is
// their lines in order, duplicates (same text) dropped; count() says how many.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace docqc::rules {

class ConfigError : public std::runtime_error {
 public:
  ConfigError(const std::string& file, std::size_t line, std::size_t column,
              const std::string& message, const std::string& key = {})
      : std::runtime_error(format(file, line, column, message, key)) {}

  static ConfigError combined(const std::vector<ConfigError>& errors) {
    std::string text;
    std::vector<std::string> seen;
    for (const auto& error : errors) {
      std::string line = error.what();
      bool duplicate = false;
      for (const auto& other : seen) {
        duplicate = duplicate || other == line;
      }
      if (duplicate) {
        continue;
      }
      text += (text.empty() ? "" : "\n") + line;
      seen.push_back(std::move(line));
    }
    return ConfigError(text, seen.size());
  }

  std::size_t count() const { return m_count; }

 private:
  ConfigError(const std::string& text, std::size_t count)
      : std::runtime_error(text), m_count(count) {}

  static std::string format(const std::string& file, std::size_t line, std::size_t column,
                            const std::string& message, const std::string& key) {
    std::string where = line == 0 ? file : fmt::format("{}:{}:{}", file, line, column);
    return key.empty() ? fmt::format("{}: error: {}", where, message)
                       : fmt::format("{}: error: {} [{}]", where, message, key);
  }

  std::size_t m_count = 1;
};

}  // namespace docqc::rules
