// Engine: runs a set of rules over one Document, one pass per scope.
//
// Contract: built once, then check() may run concurrently on different documents. Rules with
// a trigger regex are grouped in one RE2::Set per scope: each line (or paragraph, or the whole
// document) is scanned once by the set, and only the rules whose trigger matched look at it,
// so N pattern rules cost one scan plus the work on units that really match. Rules without a
// trigger see every unit of their scope. The sets compile when a unit first needs them (an
// empty file compiles no line or paragraph set). Findings come back sorted by offset, length and
// rule id, so output is deterministic whatever the order of the rules.
#pragma once

#include <re2/set.h>

#include <memory>
#include <mutex>
#include <vector>

#include "doc/document.h"
#include "finding.h"
#include "rules/rule.h"

namespace docqc::engine {

class Engine {
 public:
  // The rules must outlive the engine.
  explicit Engine(std::vector<const rules::Rule*> rules);
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine();

  // Findings of every rule that applies to the document's path; rules publish per-file facts
  // into `facts`.
  std::vector<Finding> check(const doc::Document& document, nlohmann::json& facts) const;

  const std::vector<const rules::Rule*>& rules() const { return m_rules; }

 private:
  struct ScopeRules {
    std::unique_ptr<RE2::Set> triggers;  // set index i -> m_rules[triggered[i]]
    std::vector<std::size_t> triggered;
    std::vector<std::size_t> always;  // rules without a trigger
    // Compiled on first use; when RE2 cannot compile the set (out of memory), every
    // triggered rule looks at every unit.
    std::unique_ptr<std::once_flag> compile_once = std::make_unique<std::once_flag>();
    mutable bool compiled = false;
  };
  static void compile(const ScopeRules& scope);
  void run_scope(const ScopeRules& scope, const doc::Document& document, doc::TextRange unit,
                 const std::vector<bool>& applies, std::vector<int>& matched,
                 rules::FindingSink& sink) const;

  std::vector<const rules::Rule*> m_rules;
  ScopeRules m_line;
  ScopeRules m_paragraph;
  ScopeRules m_document;
};

// True when the rule's `paths` globs (if any) select this file.
bool rule_applies_to(const rules::RuleInfo& rule, const std::string& path);

}  // namespace docqc::engine
