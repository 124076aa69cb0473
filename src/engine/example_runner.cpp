#include "engine/example_runner.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "engine/checker.h"
#include "engine/engine.h"
#include "fix/apply_fixes.h"

namespace docqc::engine {

namespace {

std::string describe(const std::vector<std::pair<std::size_t, std::size_t>>& locations) {
  std::string out;
  for (const auto& [line, column] : locations) {
    out += fmt::format("{}{}:{}", out.empty() ? "" : ", ", line, column);
  }
  return out.empty() ? "none" : out;
}

std::vector<Finding> run_on(const Engine& engine, const std::string& text) {
  doc::Document document("<example>", text);
  nlohmann::json facts = nlohmann::json::object();
  return engine.check(document, facts);
}

// A rule that compares documents (rules::CorpusRule) reads its example as several documents
// separated by form feeds (\f); the findings come back in the offsets of the whole text.
std::vector<Finding> run_corpus_example(const Engine& engine, const rules::CorpusRule& corpus,
                                        const std::string& text) {
  corpus.reset_corpus();
  std::vector<std::size_t> bases;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = std::min(text.find('\f', begin), text.size());
    bases.push_back(begin);
    doc::Document part(fmt::format("<example-{}>", bases.size()), text.substr(begin, end - begin));
    nlohmann::json facts = nlohmann::json::object();
    engine.check(part, facts);
    if (end >= text.size()) {
      break;
    }
    begin = end + 1;
  }
  std::vector<Finding> findings;
  for (auto& [path, found] : corpus.corpus_findings()) {
    const std::size_t index = std::stoul(path.substr(9, path.size() - 10)) - 1;
    for (Finding& finding : found) {
      finding.offset += bases[index];
      findings.push_back(std::move(finding));
    }
  }
  std::sort(findings.begin(), findings.end(),
            [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
  corpus.reset_corpus();
  return findings;
}

// An example's text as the author wrote it: each line numbered like the findings' lines.
void add_text(std::vector<std::string>& details, const std::string& text) {
  std::size_t begin = 0;
  for (std::size_t number = 1; begin <= text.size(); ++number) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    details.push_back(fmt::format("  {:>3} | {}", number, text.substr(begin, end - begin)));
    if (end >= text.size()) {
      break;
    }
    begin = end + 1;
  }
}

}  // namespace

std::vector<std::string> compare_findings(
    const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& expected,
    const std::vector<report::LocatedFinding>& actual) {
  std::vector<std::string> details;
  add_text(details, text);
  details.push_back(fmt::format("  {:<12} {:<12} {}", "expected", "actual", "message"));
  std::size_t e = 0;
  std::size_t a = 0;
  while (e < expected.size() || a < actual.size()) {
    std::optional<std::pair<std::size_t, std::size_t>> here_actual;
    if (a < actual.size()) {
      here_actual = std::make_pair(actual[a].line, actual[a].column);
    }
    const bool take_expected = e < expected.size() && (!here_actual || expected[e] <= *here_actual);
    const bool take_actual = here_actual && (e >= expected.size() || *here_actual <= expected[e]);
    std::string left = take_expected ? fmt::format("{}:{}", expected[e].first, expected[e].second)
                                     : std::string("-");
    std::string right = take_actual ? fmt::format("{}:{}", here_actual->first, here_actual->second)
                                    : std::string("-");
    std::string message = take_actual ? actual[a].message : std::string();
    const char* mark = take_expected && take_actual ? " " : "!";
    std::string row = fmt::format("{} {:<12} {:<12} {}", mark, left, right, message);
    row.erase(row.find_last_not_of(' ') + 1);
    details.push_back(std::move(row));
    e += take_expected ? 1 : 0;
    a += take_actual ? 1 : 0;
  }
  return details;
}

ExampleResult run_example(const rules::Rule& rule, const rules::RuleExample& example) {
  Engine engine({&rule});
  doc::Document document("<example>", example.text);
  nlohmann::json facts = nlohmann::json::object();
  const auto* corpus = dynamic_cast<const rules::CorpusRule*>(&rule);
  std::vector<Finding> findings =
      corpus ? run_corpus_example(engine, *corpus, example.text) : engine.check(document, facts);
  ExampleResult result;
  result.findings = locate(document, findings, false);
  result.fixed = example.text;
  // Fixes converge: apply, re-check, apply again, until nothing changes.
  for (int round = 0; round < 10 && !corpus; ++round) {
    auto applied = fix::apply_fixes(result.fixed, run_on(engine, result.fixed), true);
    if (applied.applied == 0) {
      break;
    }
    result.fixed = std::move(applied.text);
  }
  return result;
}

std::vector<ExampleFailure> run_examples(const rules::Rule& rule, bool require_examples) {
  std::vector<ExampleFailure> failures;
  const auto& info = rule.info();
  bool has_bad = false;
  bool has_good = false;
  for (const auto& example : info.examples) {
    has_bad |= example.bad;
    has_good |= !example.bad;
    std::string where = fmt::format("{}:{}", info.source_file, example.source_line);
    ExampleResult result = run_example(rule, example);
    std::vector<std::pair<std::size_t, std::size_t>> got;
    for (const auto& one : result.findings) {
      got.emplace_back(one.line, one.column);
    }
    if (got != example.findings) {
      failures.push_back(
          {info.id, where,
           fmt::format("{} example: expected findings at [{}], got [{}]",
                       example.bad ? "bad" : "good", describe(example.findings), describe(got)),
           compare_findings(example.text, example.findings, result.findings)});
      continue;
    }
    if (example.fixed && result.fixed != *example.fixed) {
      failures.push_back({info.id,
                          where,
                          "bad example: the fixed text differs",
                          {fmt::format("  expected: {}", *example.fixed),
                           fmt::format("  got:      {}", result.fixed)}});
    }
  }
  if (require_examples && (!has_bad || !has_good)) {
    failures.push_back({info.id,
                        fmt::format("{}:{}", info.source_file, info.source_line),
                        "a rule needs at least one bad and one good example",
                        {}});
  }
  return failures;
}

}  // namespace docqc::engine
