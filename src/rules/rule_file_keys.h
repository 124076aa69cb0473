// The keys of a rule file as the loader reads them, with their types and allowed values:
// the top level, a rule's common keys (the kinds' own keys are in each RuleInfo::options),
// and an example. For the JSON Schema (cli/schema.h), so that it cannot drift from the
// loader. Defined in loader.cpp, which records them while loading a probe file.
#pragma once

#include <vector>

#include "rules/option_spec.h"

namespace docqc::rules {

struct RuleFileKeys {
  std::vector<OptionSpec> top;
  std::vector<OptionSpec> rule;
  std::vector<OptionSpec> example;
};
RuleFileKeys rule_file_keys();

}  // namespace docqc::rules
