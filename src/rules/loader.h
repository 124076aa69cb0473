// Loading rule files: YAML text -> validated Rule objects of the registered kinds.
//
// Contract: every problem is a ConfigError naming the YAML file, line and column (yaml-cpp
// syntax errors included); unknown keys, wrong types, unknown kinds, categories and
// severities, duplicate ids and regexes that RE2 rejects are all errors. Nothing is loaded
// from a file with an error. The embedded default packs load the same way as user files.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace docqc::rules {

using RuleList = std::vector<std::unique_ptr<Rule>>;

// Parses one rule file. `file` names it in errors; `pack` defaults to its parent directory.
RuleList load_rules_from_text(std::string_view yaml, const std::string& file,
                              const std::string& pack = {});
// A .yaml/.yml file, or every such file below a directory (sorted by path).
RuleList load_rules_from_path(const std::filesystem::path& path);
// The packs compiled into the binary (rules/<pack>/*.yaml).
RuleList load_default_rules();

// Appends `more` to `rules`; a duplicate id is a ConfigError naming both places.
void merge_rules(RuleList& rules, RuleList more);

}  // namespace docqc::rules
