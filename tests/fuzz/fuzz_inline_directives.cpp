// Fuzz target: a Markdown document with inline directives (`<!-- docqc-disable ... -->`)
// through the whole pipeline: engine::check_bytes() on "fuzz.md" with the suppression
// pipeline (suppress/pipeline.h) as its filter, and InlineDirectives on its own.
//
// Invariants: nothing throws; suppression only removes findings (never adds or moves one);
// every kept finding is inside the original bytes.
#include <string>

#include "config/config.h"
#include "doc/document.h"
#include "engine/checker.h"
#include "fuzz_check.h"
#include "fuzz_rules.h"
#include "input/decoder.h"
#include "suppress/inline_directives.h"
#include "suppress/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(docqc::fuzz::as_text(data, size));
  const auto& engine = docqc::fuzz::default_engine();
  static const docqc::config::Config k_config;
  static docqc::suppress::IgnoreLists k_lists;

  docqc::engine::CheckOptions plain;
  auto unfiltered = docqc::engine::check_bytes("fuzz.md", bytes, engine, plain);
  docqc::engine::CheckOptions filtered = plain;
  filtered.filter = [](const docqc::doc::Document& document,
                       std::vector<docqc::Finding>& findings) {
    docqc::suppress::filter_findings(k_config, k_lists, document, findings);
  };
  auto report = docqc::engine::check_bytes("fuzz.md", bytes, engine, filtered);
  FUZZ_CHECK(report.findings.size() <= unfiltered.findings.size(), "suppression only removes");
  for (const auto& finding : report.findings) {
    FUZZ_CHECK(finding.byte_offset + finding.byte_length <= size, "inside the bytes");
  }

  auto decoded = docqc::input::decode(bytes);
  docqc::doc::Document document("fuzz.md", std::move(decoded.text));
  auto directives = docqc::suppress::InlineDirectives::parse(document.text(), document.lines());
  for (std::size_t line = 1; line <= document.lines().line_count() + 1; ++line) {
    (void)directives.suppresses("space-between-cjk", "spacing", line);
  }
  return 0;
}
