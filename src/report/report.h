// The data reporters print: findings already located in the original file (line, column,
// byte offsets), per-file facts, and plain descriptions of the rules that ran.
//
// Contract: reporters see only these structs, never a Rule or a Document, so a new output
// format never touches the rule engine. Lines and columns are 1-based, columns count code
// points; byte offsets and lengths refer to the bytes on disk. Every vector is already in
// the documented order (files by path; findings by line, column, rule).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "finding.h"

namespace docqc::report {

struct LocatedRelated {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t byte_offset = 0;
  std::size_t byte_length = 0;
  std::string message;
};

struct LocatedEdit {
  std::string replacement;
  std::size_t byte_offset = 0;  // original bytes
  std::size_t byte_length = 0;
};

struct LocatedFix {
  std::string replacement;
  std::size_t byte_offset = 0;  // original bytes
  std::size_t byte_length = 0;
  bool safe = true;
  std::vector<LocatedEdit> extra_edits;  // applied together with this one (Finding::extra_edits)
};

struct LocatedFinding {
  std::string rule;
  Category category = Category::encoding;
  Severity severity = Severity::warning;
  std::string message;
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t end_line = 0;
  std::size_t end_column = 0;  // exclusive: the column just after the span
  std::size_t utf16_column = 0;
  std::size_t utf16_end_column = 0;
  std::size_t utf8_column = 0;  // 1-based byte column in the decoded UTF-8 line (reviewdog)
  std::size_t utf8_end_column = 0;
  std::size_t char_offset = 0;  // code points before the span in the decoded text (SARIF)
  std::size_t char_length = 0;  // code points in the span
  std::size_t byte_offset = 0;
  std::size_t byte_length = 0;
  std::string text;  // what the span covers (decoded, UTF-8)
  std::optional<LocatedFix> fix;
  std::vector<LocatedRelated> related;
  // For printers that show the source: the finding's first line (clipped around the span on
  // very long lines) and the code-point column in it where the span starts.
  std::string context;
  std::size_t context_column = 1;
};

struct FileReport {
  std::string path;
  std::string encoding;
  bool has_bom = false;
  std::size_t bytes = 0;
  std::size_t lines = 0;
  std::size_t characters = 0;
  std::string skipped;  // why the file was not checked ("binary file"), or empty
  std::string error;    // an I/O error, or empty
  std::vector<LocatedFinding> findings;
  nlohmann::json facts = nlohmann::json::object();  // published by rules (outline, metrics)
  std::optional<std::string> text;                  // the decoded text, for the HTML report
};

struct RuleDescriptor {
  std::string id;
  std::string kind;
  Category category = Category::encoding;
  Severity severity = Severity::warning;
  std::string description;
  std::string message;
};

struct Report {
  std::string tool_name = "docqc";
  std::string tool_version;
  std::vector<FileReport> files;
  std::vector<RuleDescriptor> rules;
};

struct Counts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t total() const { return errors + warnings + infos; }
  void add(Severity severity) {
    switch (severity) {
      case Severity::error:
        ++errors;
        break;
      case Severity::warning:
        ++warnings;
        break;
      case Severity::info:
        ++infos;
        break;
    }
  }
};
Counts count_findings(const Report& report);

struct PrintOptions {
  bool color = false;
  bool verbose = false;
  bool quiet = false;  // findings only: no notes, no summary line
  // Text output shows at most this many findings of one rule per file, then a count.
  std::size_t max_per_rule = 10;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void write(const Report& report, std::ostream& out) = 0;
};

}  // namespace docqc::report
