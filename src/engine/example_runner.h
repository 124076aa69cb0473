// Runs every rule's own examples (`docqc test-rules`, and the test suite).
//
// Contract: a rule passes when each bad example yields exactly the listed findings
// (line:column, in order) and, where `fixed` is given, applying the rule's fixes until they
// converge yields that text; each good example yields no finding. With `require_examples`,
// a rule without at least one bad and one good example fails too. A failure about findings
// carries, for the author, the example's text and the expected and actual findings side by
// side (matched by location) in `details`, ready to print below the message.
#pragma once

#include <string>
#include <vector>

#include "report/report.h"
#include "rules/rule.h"

namespace docqc::engine {

struct ExampleFailure {
  std::string rule;
  std::string where;  // file:line of the example
  std::string message;
  std::vector<std::string> details;
};

// The side-by-side table: one row per location expected or found, in order.
std::vector<std::string> compare_findings(
    const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& expected,
    const std::vector<report::LocatedFinding>& actual);

std::vector<ExampleFailure> run_examples(const rules::Rule& rule, bool require_examples);

// What `rule` reports on one of its examples, located in the example's text (no context);
// and the text after applying its fixes until they converge (safe and unsafe alike).
struct ExampleResult {
  std::vector<report::LocatedFinding> findings;
  std::string fixed;
};
ExampleResult run_example(const rules::Rule& rule, const rules::RuleExample& example);

}  // namespace docqc::engine
