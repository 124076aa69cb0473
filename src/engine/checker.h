// The pipeline for one file: read -> decode -> Document -> Engine -> located findings.
//
// Contract: check_file() never throws for anything a file contains; I/O problems land in
// FileReport::error, binary files in FileReport::skipped. Decoding problems are findings of
// the built-in rules below, so they can be selected, ignored and baselined like any other.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "doc/document.h"
#include "engine/engine.h"
#include "input/file_set.h"
#include "report/report.h"

namespace docqc::engine {

// Rules that live in the decoder rather than in YAML.
inline constexpr const char* k_invalid_bytes_rule = "invalid-bytes";
inline constexpr const char* k_encoding_detected_rule = "encoding-detected";
const std::vector<rules::RuleInfo>& builtin_rules();

struct CheckOptions {
  std::string encoding = "auto";
  bool keep_text = false;     // keep the decoded text in the report (HTML needs it)
  bool keep_context = true;   // keep each finding's source line (text output needs it)
  bool char_offsets = false;  // count code points from the start of the text (SARIF needs it)
  // Fold a style finding repeated this often in one file into one (engine/flood.h); 0: never.
  // The report's findings only: analyze_bytes() (the fixer, the LSP) never folds.
  std::size_t flood_threshold = 0;
  // Built-in rules to run (selection applies to them like to YAML rules).
  bool report_invalid_bytes = true;
  bool report_encoding_detected = true;
  // Called with each document's findings before they are located: the CLI drops the ones a
  // project's config, inline directives or ignore list suppress, and applies severity
  // overrides. Must be safe to call from several threads.
  std::function<void(const doc::Document&, std::vector<Finding>&)> filter;
};

// One file decoded and checked, before locating: what the fixer needs to go round again.
struct Analysis {
  report::FileReport report;                // path, sizes, encoding, facts; no findings yet
  std::unique_ptr<doc::Document> document;  // null when the file was skipped
  std::vector<Finding> findings;
};
Analysis analyze_bytes(const std::string& path, std::string bytes, const Engine& engine,
                       const CheckOptions& options);

report::FileReport check_file(const input::InputFile& file, const Engine& engine,
                              const CheckOptions& options);
// check_file() before locating: the report (its text too when options.keep_text) with no
// findings, an I/O error in report.error; the findings folded as check_file() folds them.
Analysis analyze_file(const input::InputFile& file, const Engine& engine,
                      const CheckOptions& options);

// Checks text that is already in memory (rule examples, tests, fuzzers).
report::FileReport check_bytes(const std::string& path, std::string bytes, const Engine& engine,
                               const CheckOptions& options);

// Translates findings on `document` into reporter data (original byte offsets, lines,
// columns, context).
std::vector<report::LocatedFinding> locate(const doc::Document& document,
                                           const std::vector<Finding>& findings,
                                           bool with_context = true,
                                           bool with_char_offsets = false);
// locate() one finding at a time: `take` gets each located finding (to print it, or to move
// it away) and the findings given up move their strings into it. Sorted by offset, as
// analyze_bytes() leaves them, they cost one pass over the text; `take` gets exactly what
// locate() returns, one element at a time.
void locate_each(const doc::Document& document, std::vector<Finding>& findings, bool with_context,
                 bool with_char_offsets, const std::function<void(report::LocatedFinding&)>& take);

}  // namespace docqc::engine
