// Rule: the interface every rule kind implements, and RuleInfo, the metadata every rule
// shares whatever its kind.
//
// Contract: a Rule is built once by its kind's factory from YAML (rules/registry.h) and then
// only read: check() is const and may run on several documents in parallel. The engine calls
// check() once per unit of the rule's scope (each line, each paragraph, or the whole
// document); when trigger() is not empty, only for units where that regex matches somewhere,
// which lets one RE2::Set pass decide for all pattern-like rules (engine/engine.h).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "doc/document.h"
#include "finding.h"
#include "rules/option_spec.h"

namespace docqc::rules {

enum class Scope { line, paragraph, document };
std::string_view to_string(Scope scope);

// One of a rule's own examples, run by `docqc test-rules` and the test suite.
struct RuleExample {
  std::string text;
  bool bad = false;
  // (line, column) of every finding the rule must report on `text`, in order.
  std::vector<std::pair<std::size_t, std::size_t>> findings;
  std::optional<std::string> fixed;  // the text after applying the rule's fixes
  std::size_t source_line = 0;       // where the example stands in its YAML file
};

struct RuleInfo {
  std::string id;
  std::string kind;
  Category category = Category::encoding;
  Severity severity = Severity::warning;
  std::string message;      // a template; each kind documents its variables
  std::string description;  // why it matters, for `docqc explain`
  Scope scope = Scope::line;
  std::vector<std::string> paths;  // glob patterns; empty = every file
  std::vector<RuleExample> examples;
  // The kind options its factory read, with their values (rules/option_spec.h).
  std::vector<OptionSpec> options;
  std::string source_file;  // the YAML file (embedded packs: rules/<pack>/<file>.yaml)
  std::size_t source_line = 0;
  std::string pack;
};

// Collects the findings of one rule on one document, and the per-document facts rules
// publish for the summary (a numbering outline, document metrics): plain JSON that reporters
// copy without knowing which rule made it.
class FindingSink {
 public:
  explicit FindingSink(std::vector<Finding>& findings, nlohmann::json& facts)
      : m_findings(findings), m_facts(facts) {}
  Finding& add(const RuleInfo& rule, std::size_t offset, std::size_t length, std::string message) {
    Finding& finding = m_findings.emplace_back();
    finding.rule = rule.id;
    finding.category = rule.category;
    finding.severity = rule.severity;
    finding.message = std::move(message);
    finding.offset = offset;
    finding.length = length;
    return finding;
  }
  nlohmann::json& facts() { return m_facts; }

  // A per-document value shared by several rules: the first call with `key` stores make()'s
  // result, later calls (other rules of the same kind on the same document) return it. The
  // numbering rules use it to analyse a document's outline once for all of them.
  template <typename T, typename Make>
  const T& memo(const void* key, Make&& make) {
    for (const auto& [k, value] : m_memo) {
      if (k == key) {
        return *static_cast<const T*>(value.get());
      }
    }
    auto value = std::make_shared<T>(make());
    m_memo.emplace_back(key, value);
    return *value;
  }

 private:
  std::vector<Finding>& m_findings;
  nlohmann::json& m_facts;
  std::vector<std::pair<const void*, std::shared_ptr<void>>> m_memo;
};

class Rule {
 public:
  explicit Rule(RuleInfo info) : m_info(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return m_info; }
  // Configuration (severity overrides) adjusts metadata before any check runs.
  RuleInfo& mutable_info() { return m_info; }

  // An RE2 regex that every unit with a finding matches; empty when the rule cannot say.
  virtual std::string trigger() const { return {}; }
  virtual void check(const doc::Document& document, doc::TextRange unit,
                     FindingSink& sink) const = 0;

 private:
  RuleInfo m_info;
};

// A rule that also compares the documents of one run with each other (`check --cross-file`).
// Its check() remembers what it needs of each document (it may run concurrently on several);
// once every document is checked, the engine (engine/corpus.h) asks corpus_findings() for
// the findings, keyed by document path, in that document's decoded offsets. A Related entry
// that names another file carries that file's line, column and original byte offsets itself.
// The result does not depend on the order in which the documents were checked.
class CorpusRule {
 public:
  virtual ~CorpusRule() = default;
  virtual std::map<std::string, std::vector<Finding>> corpus_findings() const = 0;
  // Forgets every document seen so far.
  virtual void reset_corpus() const = 0;
};

}  // namespace docqc::rules
