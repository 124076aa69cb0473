// The registry: the one list of rule kinds. Adding a kind adds one line to registry.cpp.
//
// Contract: a factory receives the parsed common metadata and an OptionReader positioned on
// the rule's YAML mapping; it reads its own keys (the loader rejects any key left unread) and
// throws ConfigError for invalid options.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::rules {

using KindFactory = std::unique_ptr<Rule> (*)(RuleInfo info, OptionReader& options);

struct KindEntry {
  std::string_view name;
  KindFactory factory;
  std::string_view summary;
};

const std::vector<KindEntry>& rule_kinds();
const KindEntry* find_kind(std::string_view name);

}  // namespace docqc::rules
