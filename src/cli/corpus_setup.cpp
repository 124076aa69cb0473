#include "cli/corpus_setup.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>
#include <string>
#include <utility>

#include "corpus/record_dedup.h"
#include "engine/corpus.h"
#include "fix/output_file.h"

namespace docqc::cli {

namespace {

const std::set<std::string>& reserved_keys() {
  static const std::set<std::string> k_keys = {"line",    "id",     "error",    "quality",
                                               "metrics", "counts", "findings", "fixes"};
  return k_keys;
}

bool names(const std::vector<std::string>& list, const rules::RuleInfo& rule) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& name) {
    return name == rule.id || name == to_string(rule.category);
  });
}

}  // namespace

void setup_rules(const CorpusRun& run, Setup& setup) {
  if (!run.config.empty()) {
    setup.config = config::load_config(run.config);
  } else if (!run.no_config) {
    if (auto found = config::find_config(".")) {
      setup.config = config::load_config(*found);
    }
  }
  RuleOptions options = run.rules;
  if (setup.config.packs) {
    options.packs.emplace();
    for (const auto& pack : *setup.config.packs) {
      options.packs->push_back(pack.value);
    }
  }
  options.rule_paths.insert(options.rule_paths.begin(), setup.config.rules.begin(),
                            setup.config.rules.end());
  setup.overrides.file = setup.config.file;
  for (const auto& [id, node] : setup.config.options) {
    const auto& name = setup.config.option_names.at(id);
    setup.overrides.by_rule[id] = {node, name.line, name.column};
  }
  options.overrides = &setup.overrides;
  options.detail = rules::k_lean_load;
  // The cross-record rules are not in any pack: take their names out of the selection.
  const auto& dedup = corpus::dedup_rules();
  auto is_dedup_name = [&](const std::string& name) {
    return std::any_of(dedup.begin(), dedup.end(),
                       [&](const rules::RuleInfo& rule) { return rule.id == name; });
  };
  const bool only_dedup = !options.select.empty() &&
                          std::all_of(options.select.begin(), options.select.end(), is_dedup_name);
  std::erase_if(options.select, is_dedup_name);
  std::erase_if(options.ignore, is_dedup_name);
  setup.loaded = load_rules(options);
  if (only_dedup) {
    setup.loaded.active.clear();
    setup.loaded.invalid_bytes = false;
    setup.loaded.encoding_detected = false;
  }
  for (const auto& rule : dedup) {
    const bool selected = run.rules.select.empty() || names(run.rules.select, rule);
    setup.dedup_enabled.push_back(run.cross_file && selected && !names(run.rules.ignore, rule));
  }
  std::string dedup_names;
  for (const auto& rule : dedup) {
    dedup_names += (dedup_names.empty() ? "" : ", ") + rule.id;
    if (!run.cross_file && std::find(run.rules.select.begin(), run.rules.select.end(), rule.id) !=
                               run.rules.select.end()) {
      setup.notes.push_back(rule.id +
                            " compares records with each other and runs only with --cross-file");
    }
  }
  std::vector<const rules::Rule*> active;
  for (const rules::Rule* rule : setup.loaded.active) {
    if (!engine::is_corpus_rule(*rule)) {  // file-to-file rules: records have their own
      active.push_back(rule);
      setup.has_metric = setup.has_metric || rule->info().kind == "metric";
    } else if (std::find(run.rules.select.begin(), run.rules.select.end(), rule->info().id) !=
               run.rules.select.end()) {
      setup.notes.push_back(rule->info().id + " compares files and does not run on JSONL " +
                            "records; --cross-file compares records with " + dedup_names);
    }
  }
  setup.engine = std::make_unique<engine::Engine>(active);
  setup.options.encoding = "UTF-8";
  setup.options.report_invalid_bytes = setup.loaded.invalid_bytes;
  setup.options.report_encoding_detected = false;
  setup.options.keep_context = false;
  const config::Config* config = &setup.config;
  if (!config->file.empty()) {
    setup.options.filter = [config](const doc::Document&, std::vector<Finding>& findings) {
      const config::FileSettings settings = config::settings_for(*config, config->root / "record");
      std::erase_if(findings, [&](const Finding& f) {
        return !config::enabled(settings, f.rule, f.category);
      });
      for (auto& f : findings) {
        f.severity = config::effective_severity(settings, f.rule, f.category, f.severity);
      }
    };
  }
}

void validate(const CorpusRun& run, const Setup& setup) {
  if (run.format != "text" && run.format != "jsonl") {
    throw std::invalid_argument("--input-format jsonl writes --format jsonl records, not " +
                                run.format);
  }
  for (const auto& field : run.corpus.keep_fields) {
    if (reserved_keys().contains(field) || field == run.corpus.text_field) {
      throw std::invalid_argument("--keep-fields: '" + field +
                                  "' is a key of the result records; rename it upstream");
    }
  }
  if (run.corpus.min_quality && !setup.has_metric) {
    throw std::invalid_argument("--min-quality needs a metric rule (low-quality-document)");
  }
  validate_outputs(run);
}

void validate_outputs(const CorpusRun& run) {
  namespace fs = std::filesystem;
  const std::pair<const std::string*, const char*> targets[] = {
      {&run.output, "--output"},
      {&run.corpus.drop_report, "--drop-report"},
      {&run.corpus.emit_band_keys, "--emit-band-keys"}};
  std::vector<std::string> inputs = run.paths;
  if (!run.corpus.cross_matches.empty()) {
    inputs.push_back(run.corpus.cross_matches);
  }
  for (std::size_t i = 0; i < std::size(targets); ++i) {
    const auto& [target, option] = targets[i];
    if (target->empty()) {
      continue;
    }
    for (const auto& input : inputs) {
      if (input != "-" && fix::same_file(*target, input)) {
        throw std::invalid_argument(
            fmt::format("{} {} is one of the inputs; refusing to overwrite it", option, *target));
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      const std::string& other = *targets[j].first;
      if (!other.empty() && (other == *target || fix::same_file(other, *target))) {
        throw std::invalid_argument(
            fmt::format("{} and {} name the same file", targets[j].second, option));
      }
    }
    fix::require_output_directory(*target);
  }
}

}  // namespace docqc::cli
