// Which rules a command runs: the embedded packs and --rules files, narrowed by --select and
// --ignore (rule ids or category names).
//
// Contract: load_rules() throws rules::ConfigError for a broken rule file and
// std::invalid_argument for a --select/--ignore name that is neither a known rule id nor a
// category (a typo must not silently select nothing).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report.h"
#include "rules/loader.h"

namespace docqc::cli {

struct RuleOptions {
  std::vector<std::string> rule_paths;
  bool no_default_rules = false;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  // From .docqc.yaml: the embedded packs to keep (nullopt: all) and kind options.
  std::optional<std::vector<std::string>> packs;
  const rules::OptionOverrides* overrides = nullptr;
  // Everything by default; checking needs neither option values nor the packs' examples.
  rules::LoadDetail detail;
};

struct LoadedRules {
  rules::RuleList all;                     // owns every loaded rule
  std::vector<const rules::Rule*> active;  // after --select/--ignore
  bool invalid_bytes = true;               // built-in rules still selected
  bool encoding_detected = true;
  std::vector<report::RuleDescriptor> descriptors;  // of the active rules, for reporters
};

LoadedRules load_rules(const RuleOptions& options);
report::RuleDescriptor describe_rule(const rules::RuleInfo& info);

}  // namespace docqc::cli
