// The rules, engine and options of a corpus run (cli/corpus_command.h), from the command
// line and the .docqc.yaml found from the current directory (or --config): its packs, rule
// files, kind options and top-level select / ignore / severity (records have no paths, so
// per-path settings do not apply).
//
// Contract: setup_rules() throws rules::ConfigError or std::invalid_argument as load_rules()
// does; validate() throws std::invalid_argument for options that cannot work together, and
// (validate_outputs) for a file to write (-o, --drop-report, --emit-band-keys) that is one of
// the inputs or another of them, or whose directory does not exist.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/corpus_command.h"
#include "cli/rule_selection.h"
#include "config/config.h"
#include "engine/checker.h"
#include "engine/engine.h"

namespace docqc::cli {

struct Setup {
  config::Config config;
  rules::OptionOverrides overrides;
  LoadedRules loaded;
  std::unique_ptr<engine::Engine> engine;
  engine::CheckOptions options;
  std::vector<bool> dedup_enabled;  // per corpus::dedup_rules()
  bool has_metric = false;
  // Why a rule named in --select compares nothing: a cross-record rule without --cross-file,
  // or a file-to-file rule (records are compared by the cross-record ones). One line each,
  // for stderr.
  std::vector<std::string> notes;
};

void setup_rules(const CorpusRun& run, Setup& setup);
void validate(const CorpusRun& run, const Setup& setup);
void validate_outputs(const CorpusRun& run);

}  // namespace docqc::cli
