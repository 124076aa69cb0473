// Fuzz target: rules::load_rules_from_text() on arbitrary YAML text, then the loaded rules on
// their own examples and on a fixed document.
//
// Invariants: the only exception that may leave the loader is rules::ConfigError (any other
// one escapes this function and libFuzzer reports it), and its message is located:
// `fuzz.yaml:line:col: error: ...`. Loaded rules have valid ids and never throw or crash when
// they run.
#include <nlohmann/json.hpp>

#include <string>

#include "engine/engine.h"
#include "engine/example_runner.h"
#include "fuzz_check.h"
#include "rules/config_error.h"
#include "rules/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = docqc::fuzz::as_text(data, size);
  docqc::rules::RuleList rules;
  try {
    rules = docqc::rules::load_rules_from_text(text, "fuzz.yaml");
  } catch (const docqc::rules::ConfigError& error) {
    std::string_view what = error.what();
    FUZZ_CHECK(what.starts_with("fuzz.yaml:"), "a ConfigError names the file");
    FUZZ_CHECK(what.find(": error: ") != std::string_view::npos, "a ConfigError says error");
    return 0;
  }
  std::vector<const docqc::rules::Rule*> active;
  for (const auto& rule : rules) {
    const auto& info = rule->info();
    FUZZ_CHECK(
        !info.id.empty() &&
            info.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos,
        "a loaded rule has a kebab-case id");
    (void)docqc::engine::run_examples(*rule, false);
    active.push_back(rule.get());
  }
  if (!active.empty()) {
    docqc::engine::Engine engine(active);
    docqc::doc::Document document(
        "fuzz.txt", "天津市人民政府,关于 印发锟斤拷\n\n第一条 为了(试行)。。\r\nhttp://x.cn\r");
    nlohmann::json facts = nlohmann::json::object();
    (void)engine.check(document, facts);
  }
  return 0;
}
