#include "cli/check_project.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "engine/corpus.h"
#include "rules/embedded_files.h"

namespace docqc::cli {

namespace {

std::set<std::string> embedded_packs() {
  std::set<std::string> packs;
  for (const auto& file : rules::embedded_files()) {
    std::string_view path = file.path;
    if (path.starts_with("rules/") && path.ends_with(".yaml") && !path.starts_with("rules/data/")) {
      auto rest = path.substr(6);
      packs.emplace(rest.substr(0, rest.find('/')));
    }
  }
  return packs;
}

}  // namespace

std::vector<std::string> load_group(Group& group, RuleOptions base, bool corpus_rules) {
  const config::Config& config = group.config;
  RuleOptions& options = base;
  if (config.packs) {
    options.packs.emplace();
    for (const auto& pack : *config.packs) {
      options.packs->push_back(pack.value);
    }
  }
  options.rule_paths.insert(options.rule_paths.begin(), config.rules.begin(), config.rules.end());
  group.overrides.file = config.file;
  for (const auto& [id, node] : config.options) {
    const auto& name = config.option_names.at(id);
    group.overrides.by_rule[id] = {node, name.line, name.column};
  }
  options.overrides = &group.overrides;
  options.detail = rules::k_lean_load;  // checking: no option values, no embedded examples
  // The config's select/ignore work per file (config::settings_for); the command line's
  // narrow the rule set for every file.
  group.loaded = load_rules(options);
  std::set<std::string> ids;
  for (const auto& rule : group.loaded.all) {
    ids.insert(rule->info().id);
  }
  for (const auto& builtin : engine::builtin_rules()) {
    ids.insert(builtin.id);
  }
  config::validate(config, embedded_packs(), ids);
  // Rules that compare files with each other only run with --cross-file.
  std::vector<const rules::Rule*> active;
  std::vector<std::string> skipped;
  for (const rules::Rule* rule : group.loaded.active) {
    if (corpus_rules || !engine::is_corpus_rule(*rule)) {
      active.push_back(rule);
    } else {
      skipped.push_back(rule->info().id);
    }
  }
  group.engine = std::make_unique<engine::Engine>(active);
  return skipped;
}

Project::Project(const CheckSettings& settings) : m_settings(settings) {
  if (!settings.config.empty()) {
    m_forced = config::load_config(settings.config);
  }
}

std::string Project::config_path_for(const input::InputFile& file) {
  if (m_forced) {
    return m_forced->file;
  }
  if (m_settings.no_config) {
    return {};
  }
  std::filesystem::path dir =
      file.is_stdin ? std::filesystem::path(".") : std::filesystem::path(file.path).parent_path();
  if (dir.empty()) {
    dir = ".";
  }
  auto cached = m_found.find(dir.string());
  if (cached != m_found.end()) {
    return cached->second;
  }
  std::vector<std::string> notes;
  auto found = config::find_config(dir, &notes);
  for (const auto& note : notes) {
    if (!m_settings.quiet) {
      std::cerr << "docqc: warning: " << note << '\n';
    }
  }
  std::string result;
  if (found) {
    // Show it as the user would reach it: relative to the current directory when below it.
    std::error_code ec;
    auto relative = std::filesystem::relative(*found, ec);
    result = (!ec && !relative.empty() && relative.string().rfind("..", 0) != 0) ? relative.string()
                                                                                 : found->string();
  }
  m_found[dir.string()] = result;
  return result;
}

Group& Project::group(const std::string& config_path) {
  auto it = m_groups.find(config_path);
  if (it != m_groups.end()) {
    return *it->second;
  }
  auto group = std::make_unique<Group>();
  if (m_forced && config_path == m_forced->file) {
    group->config = *m_forced;
  } else if (!config_path.empty()) {
    group->config = config::load_config(config_path);
  }
  std::vector<std::string> skipped = load_group(*group, m_settings.rules, m_settings.cross_file);
  std::vector<std::string> config_select;
  for (const auto& name : group->config.select) {
    config_select.push_back(name.value);
  }
  note_skipped_corpus_rules(skipped, group->engine->rules().empty(), config_select);
  group->options.encoding = m_settings.encoding;
  group->options.report_invalid_bytes = group->loaded.invalid_bytes;
  group->options.report_encoding_detected = group->loaded.encoding_detected;
  group->options.keep_text = m_settings.format == "html";
  // Context feeds the text output and the fingerprints (SARIF, GitLab, baselines).
  group->options.keep_context = m_settings.format == "text" || m_settings.format == "sarif" ||
                                m_settings.format == "gitlab" || !m_settings.baseline.empty() ||
                                !m_settings.write_baseline.empty();
  group->options.char_offsets = m_settings.format == "sarif" || m_settings.format == "html";
  // Floods are folded for people; machines, statistics and baselines see every occurrence.
  const std::string& format = m_settings.format;
  const bool human = format == "text" || format == "html" || format == "github";
  const bool fold = human && !m_settings.all_occurrences && !m_settings.statistics &&
                    m_settings.baseline.empty() && m_settings.write_baseline.empty();
  group->options.flood_threshold = fold ? m_settings.flood_threshold : 0;
  const config::Config* config_ptr = &group->config;
  auto* ignore_lists = &m_ignore_lists;
  group->options.filter = [config_ptr, ignore_lists](const doc::Document& document,
                                                     std::vector<Finding>& findings) {
    suppress::filter_findings(*config_ptr, *ignore_lists, document, findings);
  };
  auto& slot = m_groups[config_path];
  slot = std::move(group);
  return *slot;
}

void Project::note_skipped_corpus_rules(const std::vector<std::string>& skipped, bool nothing_else,
                                        const std::vector<std::string>& config_select) {
  if (m_noted_corpus_rules || m_settings.quiet || skipped.empty()) {
    return;
  }
  // Said when the user asked for such a rule by name (--select, or a config's select), or
  // when nothing else would run: not for every run of the default rules, which hold one.
  const auto& select = m_settings.rules.select;
  auto named_in = [](const std::vector<std::string>& names, const std::string& id) {
    return std::find(names.begin(), names.end(), id) != names.end();
  };
  std::vector<std::string> named;
  for (const auto& id : skipped) {
    if (nothing_else || named_in(select, id) || named_in(config_select, id)) {
      named.push_back(id);
    }
  }
  if (named.empty()) {
    return;
  }
  m_noted_corpus_rules = true;
  std::string list;
  for (const auto& id : named) {
    list += (list.empty() ? "" : ", ") + id;
  }
  std::cerr << "docqc: note: " << list
            << (named.size() == 1 ? " compares files with each other and runs"
                                  : " compare files with each other and run")
            << " only with --cross-file\n";
}

void Project::load_ignore_list(const input::InputFile& file) {
  if (!file.is_stdin) {
    m_ignore_lists.load_for(file.path);
  }
}

std::vector<report::RuleDescriptor> Project::descriptors() const {
  std::map<std::string, report::RuleDescriptor> by_id;
  for (const auto& [path, group] : m_groups) {
    for (const auto& d : group->loaded.descriptors) {
      by_id.emplace(d.id, d);
    }
  }
  std::vector<report::RuleDescriptor> out;
  for (auto& [id, d] : by_id) {
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace docqc::cli
