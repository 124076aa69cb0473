// Project: the configs (.docqc.yaml) of one `docqc check` run and, per config, the rules and
// engine that check the files it governs (a Group).
//
// Contract: every config and rule file is loaded, validated and turned into an Engine on the
// main thread before any file is checked or written, so a broken one is a located
// rules::ConfigError and nothing has been touched. A file's config is --config when given,
// none with --no-config, else config::find_config() from the file's directory.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/check_settings.h"
#include "cli/rule_selection.h"
#include "config/config.h"
#include "engine/checker.h"
#include "engine/engine.h"
#include "report/report.h"
#include "suppress/pipeline.h"

namespace docqc::cli {

// Everything that one .docqc.yaml (or its absence) decides: the rules and their engine.
struct Group {
  config::Config config;
  rules::OptionOverrides overrides;
  LoadedRules loaded;
  std::unique_ptr<engine::Engine> engine;
  engine::CheckOptions options;
};

// Fills in what `group.config` (already read) means on top of the command line's `base`:
// its packs and rule files, its per-rule options, the rules loaded and validated against
// the config (every id and pack it names must exist), and the engine of the active rules;
// rules that compare files (engine::is_corpus_rule) join the engine only with
// `corpus_rules`; it returns the ids of those it left out. Leaves group.options to the
// caller. `docqc check` and `docqc lsp` both build their groups with it. Throws
// rules::ConfigError.
std::vector<std::string> load_group(Group& group, RuleOptions base, bool corpus_rules);

class Project {
 public:
  explicit Project(const CheckSettings& settings);

  // The config that governs `file` ("-" for stdin: the current directory's).
  std::string config_path_for(const input::InputFile& file);
  Group& group(const std::string& config_path);
  void load_ignore_list(const input::InputFile& file);
  suppress::IgnoreLists& ignore_lists() { return m_ignore_lists; }

  const std::optional<config::Config>& forced() const { return m_forced; }
  std::vector<report::RuleDescriptor> descriptors() const;

 private:
  // One line on stderr when a rule that compares files was selected without --cross-file.
  void note_skipped_corpus_rules(const std::vector<std::string>& skipped, bool nothing_else,
                                 const std::vector<std::string>& config_select);

  const CheckSettings& m_settings;
  std::optional<config::Config> m_forced;
  std::map<std::string, std::string> m_found;  // directory -> config path ("" for none)
  std::map<std::string, std::unique_ptr<Group>> m_groups;
  suppress::IgnoreLists m_ignore_lists;
  bool m_noted_corpus_rules = false;
};

}  // namespace docqc::cli
