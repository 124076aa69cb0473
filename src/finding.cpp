#include "finding.h"

namespace docqc {

namespace {
constexpr std::array<std::string_view, 3> k_severity_names = {"info", "warning", "error"};
constexpr std::array<std::string_view, 9> k_category_names = {
    "encoding",  "garbled",   "script",    "punctuation", "spacing",
    "numbering", "duplicate", "structure", "boilerplate"};
}  // namespace

std::string_view to_string(Severity severity) {
  return k_severity_names[static_cast<std::size_t>(severity)];
}

std::string_view to_string(Category category) {
  return k_category_names[static_cast<std::size_t>(category)];
}

std::optional<Severity> parse_severity(std::string_view name) {
  for (std::size_t i = 0; i < k_severity_names.size(); ++i) {
    if (k_severity_names[i] == name) {
      return static_cast<Severity>(i);
    }
  }
  return std::nullopt;
}

std::optional<Category> parse_category(std::string_view name) {
  for (std::size_t i = 0; i < k_category_names.size(); ++i) {
    if (k_category_names[i] == name) {
      return static_cast<Category>(i);
    }
  }
  return std::nullopt;
}

}  // namespace docqc
