// Finding: one problem a rule found, located in the decoded text of one Document.
//
// Contract: this is the only thing that flows from rules to reporters and the fixer. Offsets
// are byte offsets into Document::text(); reporters translate them (report/located_finding.h).
// The vocabularies of categories and severities are fixed: every rule file, reporter and
// config file uses these names.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docqc {

enum class Severity { info, warning, error };

enum class Category {
  encoding,
  garbled,
  script,
  punctuation,
  spacing,
  numbering,
  duplicate,
  structure,
  boilerplate,
};

inline constexpr std::array<Category, 9> k_all_categories = {
    Category::encoding,    Category::garbled,   Category::script,
    Category::punctuation, Category::spacing,   Category::numbering,
    Category::duplicate,   Category::structure, Category::boilerplate};

std::string_view to_string(Severity severity);
std::string_view to_string(Category category);
std::optional<Severity> parse_severity(std::string_view name);
std::optional<Category> parse_category(std::string_view name);

// A replacement of [offset, offset + length) of the decoded text.
struct Fix {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string replacement;
  // Safe fixes keep the meaning for certain and are applied by --fix; unsafe ones (a
  // traditional-to-simplified conversion, say) need --unsafe-fixes.
  bool safe = true;
};

// Another place that explains a finding: the first copy of a duplicate, the previous item
// of a numbered sequence.
struct Related {
  std::string file;  // empty: the finding's own file
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string message;
  // For another file (cross-file findings), whose text the locator does not see: its
  // 1-based line and column, and its original byte offset and length.
  std::size_t line = 0;
  std::size_t column = 0;
};

struct Finding {
  std::string rule;
  Category category = Category::encoding;
  Severity severity = Severity::warning;
  std::string message;
  std::size_t offset = 0;
  std::size_t length = 0;
  std::optional<Fix> fix;
  // Further edits of the same fix, applied together with `fix` or not at all: a
  // document-level finding whose fix rewrites every occurrence. Each keeps `fix->safe`.
  std::vector<Fix> extra_edits;
  std::vector<Related> related;
};

}  // namespace docqc
