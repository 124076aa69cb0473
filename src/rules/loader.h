// Loading rule files: YAML text -> validated Rule objects of the registered kinds.
//
// Contract: every problem is a ConfigError naming the YAML file, line and column (yaml-cpp
// syntax errors included); unknown keys, wrong types, unknown kinds, categories and
// severities, duplicate ids and regexes that RE2 rejects are all errors. Nothing is loaded
// from a file with an error. The embedded default packs load the same way as user files.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace docqc::rules {

using RuleList = std::vector<std::unique_ptr<Rule>>;

// Kind options a project's .docqc.yaml sets for some rules (config/config.h): each mapping
// is merged into the rule's own YAML before its kind reads it. A problem with an override is
// a ConfigError at the override, in the config file.
struct OptionOverrides {
  std::string file;  // the config file
  struct Entry {
    YAML::Node options;
    std::size_t line = 0;
    std::size_t column = 0;
  };
  std::map<std::string, Entry> by_rule;
};

// What a load keeps beyond what checking needs. `check` and the LSP load lean; the commands
// that describe rules (rules --doc, explain, schema, test-rules) load everything.
struct LoadDetail {
  // OptionSpec::value, the option as the rule file set it (flow YAML, for the rule docs and
  // `explain`). Emitting it cost more than parsing the packs.
  bool option_values = true;
  // RuleInfo::examples of the embedded packs. Without them the examples are blanked out of
  // the text before parsing (blank_block_entries(); lines and columns stay), since the
  // rule-examples tests validate them. User files always have their examples parsed and
  // validated, whatever the detail: a broken example is an error in every command.
  bool embedded_examples = true;
};
inline constexpr LoadDetail k_lean_load{false, false};

// Parses one rule file. `file` names it in errors; `pack` defaults to its parent directory.
RuleList load_rules_from_text(std::string_view yaml, const std::string& file,
                              const std::string& pack = {},
                              const OptionOverrides* overrides = nullptr, LoadDetail detail = {});
// A .yaml/.yml file, or every such file below a directory (sorted by path).
RuleList load_rules_from_path(const std::filesystem::path& path,
                              const OptionOverrides* overrides = nullptr, LoadDetail detail = {});
// The packs compiled into the binary (rules/<pack>/*.yaml).
RuleList load_default_rules(const OptionOverrides* overrides = nullptr, LoadDetail detail = {});

// Appends `more` to `rules`; a duplicate id is a ConfigError naming both places.
void merge_rules(RuleList& rules, RuleList more);

}  // namespace docqc::rules
