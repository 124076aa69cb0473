// Helpers for the tests of rule kinds: build rules from YAML text, run them on a text.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/checker.h"
#include "engine/engine.h"
#include "rules/config_error.h"
#include "rules/loader.h"

namespace docqc::testing {

inline rules::RuleList load(const std::string& yaml) {
  return rules::load_rules_from_text(yaml, "test.yaml", "test");
}

// The default rule with this id (the embedded packs).
inline std::unique_ptr<rules::Rule> default_rule(const std::string& id) {
  for (auto& rule : rules::load_default_rules()) {
    if (rule->info().id == id) {
      return std::move(rule);
    }
  }
  FAIL("no default rule " << id);
  return nullptr;
}

struct Run {
  std::vector<Finding> findings;
  std::vector<report::LocatedFinding> located;
  nlohmann::json facts = nlohmann::json::object();

  std::vector<std::pair<std::size_t, std::size_t>> positions() const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const auto& finding : located) {
      out.emplace_back(finding.line, finding.column);
    }
    return out;
  }
};

inline Run run(const rules::Rule& rule, const std::string& text,
               const std::string& path = "t.txt") {
  engine::Engine engine({&rule});
  doc::Document document(path, text);
  Run result;
  result.findings = engine.check(document, result.facts);
  result.located = engine::locate(document, result.findings);
  return result;
}

// The findings of the rules `rule_items` (the items of a `rules:` list, as YAML) on `text`.
inline std::vector<Finding> findings(const std::string& rule_items, const std::string& text) {
  const rules::RuleList rules = load("rules:\n" + rule_items);
  std::vector<const rules::Rule*> pointers;
  for (const auto& rule : rules) {
    pointers.push_back(rule.get());
  }
  engine::Engine engine(pointers);
  doc::Document document("t.txt", text);
  nlohmann::json facts;
  return engine.check(document, facts);
}

// The loader's error for the rules `rule_items`; empty when they load.
inline std::string load_error(const std::string& rule_items) {
  try {
    load("rules:\n" + rule_items);
  } catch (const rules::ConfigError& error) {
    return error.what();
  }
  return "";
}

using Positions = std::vector<std::pair<std::size_t, std::size_t>>;

}  // namespace docqc::testing
