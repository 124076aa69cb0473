// The default packs loaded once for the fuzz targets that run rules (an Engine over every
// rule; `with_corpus` keeps the rules that compare files, which only --cross-file runs).
#pragma once

#include <vector>

#include "engine/corpus.h"
#include "engine/engine.h"
#include "rules/loader.h"

namespace docqc::fuzz {

inline const rules::RuleList& default_rules() {
  static const rules::RuleList k_rules = rules::load_default_rules();
  return k_rules;
}

inline const engine::Engine& default_engine(bool with_corpus = false) {
  auto make = [](bool corpus) {
    std::vector<const rules::Rule*> active;
    for (const auto& rule : default_rules()) {
      if (corpus || !engine::is_corpus_rule(*rule)) {
        active.push_back(rule.get());
      }
    }
    return engine::Engine(active);
  };
  static const engine::Engine k_plain = make(false);
  static const engine::Engine k_corpus = make(true);
  return with_corpus ? k_corpus : k_plain;
}

// A ConfigError message must be located: `FILE:LINE:COL: error: ...` or `FILE: error: ...`.
inline bool located_error(std::string_view what, std::string_view file) {
  return what.starts_with(file) && what.find(": error: ") != std::string_view::npos;
}

}  // namespace docqc::fuzz
