// The server's view of the projects behind the open documents: which .docqc.yaml governs a
// document (found upward from its directory, as `docqc check` does), the rules and engine
// that config means, and checking a document's text with them.
//
// Contract: a config, and the rule files and directories it or --rules names, are stat'ed
// on every check; when one changed (modification time or size) its rules are loaded again,
// so edits to them apply without a restart. invalidate() forgets everything. A config or
// rule file that does not load is not fatal: check() returns its ConfigError text (one
// `file:line:col: error: ...` line per problem) and no findings. Findings pass the same
// filters as in the CLI (config select/ignore/severity and overrides, Markdown inline
// directives, sidecar ignore lists). Rules that compare files are not run by check();
// check_cross_file() runs them over a set of documents (the editor's open buffers): each
// document is compared with the others that the same config governs (documents whose rules
// do not load, that are excluded, over the size limit or binary take no part), and their
// findings come back keyed by path, located in each document's text; a `related` entry
// naming another document carries that document's line and byte offsets.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/check_project.h"
#include "config/config.h"
#include "engine/checker.h"

namespace docqc::lsp {

struct WorkspaceOptions {
  std::vector<std::string> rule_paths;  // --rules
  bool no_default_rules = false;
  std::string config;  // --config: one file for every document ("" to discover)
  bool no_config = false;
  std::size_t max_bytes = 16u << 20;  // larger documents are not checked
};

struct CheckResult {
  std::vector<report::LocatedFinding> findings;
  std::string skipped;       // why the document was not checked, or empty
  std::string config_error;  // the ConfigError text, or empty
  std::string config_file;   // the .docqc.yaml used, or empty
};

class Workspace {
 public:
  explicit Workspace(WorkspaceOptions options);
  ~Workspace();

  // `path` is the document's file path (for config discovery, `paths:` globs, overrides and
  // Markdown detection); `text` is its content as the editor holds it.
  CheckResult check(const std::string& path, const std::string& text);
  struct OpenText {
    std::string path;
    std::string_view text;
  };
  std::map<std::string, std::vector<report::LocatedFinding>> check_cross_file(
      const std::vector<OpenText>& documents);
  // The loaded rule with this id in any project seen so far, or null.
  const rules::Rule* find_rule(const std::string& id) const;
  void invalidate();

 private:
  struct Group;
  Group& group_for(const std::string& config_path);
  std::string config_path_for(const std::string& path) const;

  WorkspaceOptions m_options;
  std::map<std::string, std::unique_ptr<Group>> m_groups;  // config path ("" none) -> group
};

}  // namespace docqc::lsp
