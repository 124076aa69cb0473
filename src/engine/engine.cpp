#include "engine/engine.h"

#include <algorithm>

#include "input/file_set.h"
#include "kinds/pattern.h"

namespace docqc::engine {

bool rule_applies_to(const rules::RuleInfo& rule, const std::string& path) {
  if (rule.paths.empty()) {
    return true;
  }
  return std::any_of(rule.paths.begin(), rule.paths.end(),
                     [&](const std::string& glob) { return input::glob_matches(glob, path); });
}

Engine::Engine(std::vector<const rules::Rule*> rules) : m_rules(std::move(rules)) {
  for (std::size_t index = 0; index < m_rules.size(); ++index) {
    const rules::Rule* rule = m_rules[index];
    ScopeRules& scope = rule->info().scope == rules::Scope::line        ? m_line
                        : rule->info().scope == rules::Scope::paragraph ? m_paragraph
                                                                        : m_document;
    std::string trigger = rule->trigger();
    if (trigger.empty()) {
      scope.always.push_back(index);
      continue;
    }
    if (!scope.triggers) {
      scope.triggers = std::make_unique<RE2::Set>(kinds::regex_options(), RE2::UNANCHORED);
    }
    // Every trigger already compiled as its rule's own regex, so Add should not fail; if it
    // ever did, the rule must still run, just without the prefilter.
    if (scope.triggers->Add(trigger, nullptr) < 0) {
      scope.always.push_back(index);
      continue;
    }
    scope.triggered.push_back(index);
  }
}

Engine::~Engine() = default;

void Engine::compile(const ScopeRules& scope) {
  std::call_once(*scope.compile_once, [&] { scope.compiled = scope.triggers->Compile(); });
}

void Engine::run_scope(const ScopeRules& scope, const doc::Document& document, doc::TextRange unit,
                       const std::vector<bool>& applies, std::vector<int>& matched,
                       rules::FindingSink& sink) const {
  for (std::size_t index : scope.always) {
    if (applies[index]) {
      m_rules[index]->check(document, unit, sink);
    }
  }
  if (!scope.triggers) {
    return;
  }
  matched.clear();
  compile(scope);
  RE2::Set::ErrorInfo error{};
  // Not compiled (out of memory for the set), or the DFA ran out of memory on this unit:
  // every triggered rule looks for itself.
  bool every = !scope.compiled;
  if (!every && !scope.triggers->Match(document.slice(unit), &matched, &error)) {
    if (error.kind == RE2::Set::kNoError || error.kind == RE2::Set::kNotCompiled) {
      return;  // nothing matched
    }
    every = true;
  }
  if (every) {
    matched.clear();
    for (std::size_t i = 0; i < scope.triggered.size(); ++i) {
      matched.push_back(static_cast<int>(i));
    }
  }
  std::sort(matched.begin(), matched.end());
  for (int set_index : matched) {
    std::size_t index = scope.triggered[static_cast<std::size_t>(set_index)];
    if (applies[index]) {
      m_rules[index]->check(document, unit, sink);
    }
  }
}

std::vector<Finding> Engine::check(const doc::Document& document, nlohmann::json& facts) const {
  std::vector<Finding> findings;
  rules::FindingSink sink(findings, facts);
  std::vector<bool> applies(m_rules.size());
  for (std::size_t index = 0; index < m_rules.size(); ++index) {
    applies[index] = rule_applies_to(m_rules[index]->info(), document.path());
  }
  std::vector<int> matched;
  if (!m_line.always.empty() || m_line.triggers) {
    for (std::size_t line = 1; line <= document.lines().line_count(); ++line) {
      doc::TextRange unit = document.line_range(line);
      if (unit.size() > 0) {
        run_scope(m_line, document, unit, applies, matched, sink);
      }
    }
  }
  if (!m_paragraph.always.empty() || m_paragraph.triggers) {
    for (const auto& paragraph : document.paragraphs()) {
      run_scope(m_paragraph, document, paragraph.range, applies, matched, sink);
    }
  }
  run_scope(m_document, document, {0, document.text().size()}, applies, matched, sink);

  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.offset != b.offset) {
      return a.offset < b.offset;
    }
    if (a.rule != b.rule) {
      return a.rule < b.rule;
    }
    return a.length < b.length;
  });
  return findings;
}

}  // namespace docqc::engine
