// The rule reference: one Markdown page per rule, made from the loaded rule itself.
//
// Contract: rule_page() is a pure function of the rule (its metadata, the kind options its
// factory read, and what it reports on its own examples, run now), so `docqc rules --doc`,
// `docqc explain` and the language server's rule links always say what the loaded rule
// does. The text is deterministic (no dates, no absolute paths). Example texts are fenced
// verbatim (indentation kept) with a fence longer than any backtick run inside them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "rules/rule.h"

namespace docqc::cli {

std::string rule_page(const rules::Rule& rule);
// The page of a rule built into the decoder (no kind, options or examples).
std::string builtin_page(const rules::RuleInfo& info);
// README.md of the reference: every rule with its category, severity and first sentence.
std::string index_page(const std::vector<const rules::RuleInfo*>& rules);

// Writes <id>.md for every rule and README.md into `dir` (created when missing); returns
// the number of pages. Pages of rules that no longer exist are removed, so the directory
// mirrors the packs.
std::size_t write_rule_docs(const std::filesystem::path& dir,
                            const std::vector<const rules::Rule*>& rules,
                            const std::vector<rules::RuleInfo>& builtins);

}  // namespace docqc::cli
