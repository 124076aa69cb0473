// Fuzz target: the whole pipeline of one file, engine::check_bytes() with the default packs,
// on arbitrary bytes: sniffing, decoding, the document model, every rule, locating.
//
// Invariants: nothing throws; a skipped file has no findings; every finding is located
// inside the original bytes with 1-based lines and columns, its end not before its start,
// and findings come sorted by position.
#include "engine/checker.h"
#include "fuzz_check.h"
#include "rules/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const docqc::rules::RuleList k_rules = docqc::rules::load_default_rules();
  static const docqc::engine::Engine k_engine = [] {
    std::vector<const docqc::rules::Rule*> active;
    for (const auto& rule : k_rules) {
      active.push_back(rule.get());
    }
    return docqc::engine::Engine(active);
  }();
  std::string_view bytes = docqc::fuzz::as_text(data, size);
  docqc::engine::CheckOptions options;
  auto report = docqc::engine::check_bytes("fuzz.txt", std::string(bytes), k_engine, options);
  FUZZ_CHECK(report.bytes == size, "the report counts the bytes");
  if (!report.skipped.empty()) {
    FUZZ_CHECK(report.findings.empty(), "a skipped file has no findings");
    return 0;
  }
  std::size_t previous = 0;
  for (const auto& finding : report.findings) {
    FUZZ_CHECK(finding.line >= 1 && finding.column >= 1, "1-based positions");
    FUZZ_CHECK(finding.end_line > finding.line ||
                   (finding.end_line == finding.line && finding.end_column >= finding.column),
               "a finding ends after it starts");
    FUZZ_CHECK(finding.line <= report.lines || report.lines == 0, "a finding is on a line");
    FUZZ_CHECK(finding.byte_offset + finding.byte_length <= size,
               "a finding is inside the original bytes");
    FUZZ_CHECK(finding.byte_offset >= previous, "findings are sorted");
    previous = finding.byte_offset;
    if (finding.fix) {
      FUZZ_CHECK(finding.fix->byte_offset + finding.fix->byte_length <= size,
                 "a fix is inside the original bytes");
    }
  }
  return 0;
}
