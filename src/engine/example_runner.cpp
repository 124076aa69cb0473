#include "engine/example_runner.h"

#include <fmt/format.h>

#include <algorithm>

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

}  // namespace

std::vector<ExampleFailure> run_examples(const rules::Rule& rule, bool require_examples) {
  std::vector<ExampleFailure> failures;
  const auto& info = rule.info();
  Engine engine({&rule});
  bool has_bad = false;
  bool has_good = false;
  for (const auto& example : info.examples) {
    has_bad |= example.bad;
    has_good |= !example.bad;
    std::string where = fmt::format("{}:{}", info.source_file, example.source_line);
    doc::Document document("<example>", example.text);
    nlohmann::json facts = nlohmann::json::object();
    const auto* corpus = dynamic_cast<const rules::CorpusRule*>(&rule);
    std::vector<Finding> findings =
        corpus ? run_corpus_example(engine, *corpus, example.text) : engine.check(document, facts);
    std::vector<std::pair<std::size_t, std::size_t>> got;
    for (const auto& located : locate(document, findings)) {
      got.emplace_back(located.line, located.column);
    }
    if (got != example.findings) {
      failures.push_back({info.id, where,
                          fmt::format("expected findings at [{}], got [{}]",
                                      describe(example.findings), describe(got))});
      continue;
    }
    if (example.fixed) {
      std::string text = example.text;
      // Fixes converge: apply, re-check, apply again, until nothing changes.
      for (int round = 0; round < 10; ++round) {
        auto result = fix::apply_fixes(text, run_on(engine, text), true);
        if (result.applied == 0) {
          break;
        }
        text = std::move(result.text);
      }
      if (text != *example.fixed) {
        failures.push_back({info.id, where,
                            fmt::format("fixed text differs:\n  expected: {}\n  got:      {}",
                                        *example.fixed, text)});
      }
    }
  }
  if (require_examples && (!has_bad || !has_good)) {
    failures.push_back({info.id, fmt::format("{}:{}", info.source_file, info.source_line),
                        "a rule needs at least one bad and one good example"});
  }
  return failures;
}

}  // namespace docqc::engine
