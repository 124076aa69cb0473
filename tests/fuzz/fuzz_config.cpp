// Fuzz target: config::parse_config() on arbitrary `.docqc.yaml` text, then what the config
// says about a few paths.
//
// Invariants: the only exception that leaves the parser is rules::ConfigError, located at
// `fuzz/.docqc.yaml:line:col`; a parsed config's rule paths stay inside its directory;
// settings_for(), enabled() and effective_severity() never throw, and validate() throws
// only located ConfigErrors.
#include <string>

#include "config/config.h"
#include "fuzz_check.h"
#include "fuzz_rules.h"
#include "rules/config_error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string file = "fuzz/.docqc.yaml";
  docqc::config::Config config;
  try {
    config = docqc::config::parse_config(docqc::fuzz::as_text(data, size), file);
  } catch (const docqc::rules::ConfigError& error) {
    FUZZ_CHECK(docqc::fuzz::located_error(error.what(), file), error.what());
    return 0;
  }
  for (const auto& rule_path : config.rules) {
    FUZZ_CHECK(rule_path.rfind("fuzz/", 0) == 0 || rule_path == "fuzz", rule_path.c_str());
  }
  for (const char* path : {"fuzz/a.txt", "fuzz/laws/b.txt", "fuzz/archive/x/c.md", "d.txt"}) {
    auto settings = docqc::config::settings_for(config, path);
    for (auto category : {docqc::Category::encoding, docqc::Category::spacing}) {
      (void)docqc::config::enabled(settings, "numbering-gap", category);
      (void)docqc::config::effective_severity(settings, "numbering-gap", category,
                                              docqc::Severity::warning);
    }
  }
  try {
    docqc::config::validate(config, {"common", "zh-gov"},
                            {"numbering-gap", "space-between-cjk", "invalid-bytes"});
  } catch (const docqc::rules::ConfigError& error) {
    FUZZ_CHECK(docqc::fuzz::located_error(error.what(), file), error.what());
  }
  return 0;
}
