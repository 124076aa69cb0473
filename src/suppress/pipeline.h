// The suppression pipeline: everything that hides or re-grades a file's findings before
// they are located, in one place and one order.
//
// Contract: filter_findings() applies, in this order, the config's per-path select/ignore
// and severity overrides (config::settings_for), the inline directives of Markdown files
// (suppress/inline_directives.h) and the sidecar ignore list of the document
// (suppress/ignore_list.h). IgnoreLists are loaded up front on one thread (a broken list is
// a located rules::ConfigError before any checking starts); afterwards filter_findings() may
// run on several threads at once as long as each document is filtered by one thread at a
// time (each list records which of its entries matched).
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "config/config.h"
#include "doc/document.h"
#include "finding.h"
#include "suppress/ignore_list.h"

namespace docqc::suppress {

class IgnoreLists {
 public:
  // Reads the sidecar list of `document_path` when there is one.
  void load_for(const std::string& document_path);
  IgnoreList* find(const std::string& document_path);
  // One note per entry that matched nothing: `FILE:LINE:1: note: ... [RULE]`.
  void report_unused(std::ostream& out) const;
  bool empty() const { return m_lists.empty(); }

 private:
  std::map<std::string, IgnoreList> m_lists;
};

bool is_markdown(const std::string& path);

void filter_findings(const config::Config& config, IgnoreLists& ignore_lists,
                     const doc::Document& document, std::vector<Finding>& findings);

}  // namespace docqc::suppress
