// Fuzz target: suppress::Baseline::parse() on arbitrary bytes.
//
// Invariants: the only exception that leaves the loader is rules::ConfigError, located at
// `fuzz.json:line:col` (never a raw nlohmann exception); a baseline that loads writes JSON
// that loads again to the same number of entries.
#include <string>

#include "fuzz_check.h"
#include "fuzz_rules.h"
#include "rules/config_error.h"
#include "suppress/baseline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string file = "fuzz.json";
  std::string text(docqc::fuzz::as_text(data, size));
  try {
    auto baseline = docqc::suppress::Baseline::parse(text, file);
    auto again = docqc::suppress::Baseline::parse(baseline.to_json(), "again.json");
    FUZZ_CHECK(again.size() == baseline.size(), "a written baseline loads back whole");
  } catch (const docqc::rules::ConfigError& error) {
    std::string_view what = error.what();
    FUZZ_CHECK(docqc::fuzz::located_error(what, file), error.what());
    FUZZ_CHECK(what.substr(file.size()).starts_with(":"), "a baseline error has line:col");
  }
  return 0;
}
