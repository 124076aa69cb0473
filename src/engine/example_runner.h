// Runs every rule's own examples (`docqc test-rules`, and the test suite).
//
// Contract: a rule passes when each bad example yields exactly the listed findings
// (line:column, in order) and, where `fixed` is given, applying the rule's fixes until they
// converge yields that text; each good example yields no finding. With `require_examples`,
// a rule without at least one bad and one good example fails too.
#pragma once

#include <string>
#include <vector>

#include "rules/rule.h"

namespace docqc::engine {

struct ExampleFailure {
  std::string rule;
  std::string where;  // file:line of the example
  std::string message;
};

std::vector<ExampleFailure> run_examples(const rules::Rule& rule, bool require_examples);

}  // namespace docqc::engine
