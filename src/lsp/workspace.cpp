#include "lsp/workspace.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/corpus.h"
#include "rules/config_error.h"
#include "suppress/pipeline.h"

namespace docqc::lsp {

namespace {

// What a file or directory looked like: its modification time and size, for every file
// below a directory. Compared to notice edits.
using Stamp = std::vector<std::pair<std::string, std::pair<std::int64_t, std::uintmax_t>>>;

void add_stamp(Stamp& stamp, const std::filesystem::path& path) {
  std::error_code error;
  auto add_one = [&](const std::filesystem::path& file) {
    auto time = std::filesystem::last_write_time(file, error);
    auto size = std::filesystem::file_size(file, error);
    stamp.push_back({file.string(),
                     {error ? -1 : static_cast<std::int64_t>(time.time_since_epoch().count()),
                      error ? 0 : size}});
  };
  if (std::filesystem::is_directory(path, error)) {
    for (auto it = std::filesystem::recursive_directory_iterator(path, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file()) {
        add_one(it->path());
      }
    }
    std::sort(stamp.begin(), stamp.end());
  } else {
    add_one(path);
  }
}

}  // namespace

struct Workspace::Group {
  cli::Group rules;  // the config, its rules and the engine of the rules that check one file
  std::unique_ptr<engine::Engine> corpus;  // the rules that compare files, or null
  Stamp stamp;
  std::string error;  // the ConfigError that kept it from loading
};

Workspace::Workspace(WorkspaceOptions options) : m_options(std::move(options)) {}
Workspace::~Workspace() = default;

void Workspace::invalidate() {
  m_groups.clear();
}

std::string Workspace::config_path_for(const std::string& path) const {
  if (!m_options.config.empty()) {
    return m_options.config;
  }
  if (m_options.no_config) {
    return {};
  }
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty() || path.find("://") != std::string::npos) {
    dir = ".";  // not a file (an untitled buffer): the server's directory
  }
  auto found = config::find_config(dir);
  return found ? found->string() : std::string();
}

Workspace::Group& Workspace::group_for(const std::string& config_path) {
  Stamp stamp;
  if (!config_path.empty()) {
    add_stamp(stamp, config_path);
  }
  for (const auto& path : m_options.rule_paths) {
    add_stamp(stamp, path);
  }
  auto it = m_groups.find(config_path);
  if (it != m_groups.end()) {
    Stamp current = stamp;
    for (const auto& path : it->second->rules.config.rules) {
      add_stamp(current, path);
    }
    if (current == it->second->stamp) {
      return *it->second;
    }
  }
  auto group = std::make_unique<Group>();
  try {
    cli::Group& base = group->rules;
    if (!config_path.empty()) {
      base.config = config::load_config(config_path);
    }
    for (const auto& path : base.config.rules) {
      add_stamp(stamp, path);
    }
    cli::RuleOptions options;
    options.rule_paths = m_options.rule_paths;
    options.no_default_rules = m_options.no_default_rules;
    cli::load_group(base, options, false);
    std::vector<const rules::Rule*> corpus;
    for (const rules::Rule* rule : base.loaded.active) {
      if (engine::is_corpus_rule(*rule)) {
        corpus.push_back(rule);
      }
    }
    if (!corpus.empty()) {
      group->corpus = std::make_unique<engine::Engine>(corpus);
    }
    base.options.encoding = "utf-8";  // the editor has decoded the file already
    base.options.keep_context = false;
    base.options.report_invalid_bytes = base.loaded.invalid_bytes;
    base.options.report_encoding_detected = false;
    const config::Config* config_ptr = &base.config;
    base.options.filter = [config_ptr](const doc::Document& document,
                                       std::vector<Finding>& findings) {
      // The sidecar ignore list as it is now on disk: edits to it apply at the next check.
      suppress::IgnoreLists lists;
      lists.load_for(document.path());
      suppress::filter_findings(*config_ptr, lists, document, findings);
    };
  } catch (const rules::ConfigError& error) {
    group->error = error.what();
  } catch (const std::exception& error) {
    group->error =
        fmt::format("{}: error: {}", config_path.empty() ? "docqc" : config_path, error.what());
  }
  group->stamp = std::move(stamp);
  auto& slot = m_groups[config_path];
  slot = std::move(group);
  return *slot;
}

CheckResult Workspace::check(const std::string& path, const std::string& text) {
  CheckResult result;
  result.config_file = config_path_for(path);
  Group& group = group_for(result.config_file);
  if (!group.error.empty()) {
    result.config_error = group.error;
    return result;
  }
  if (text.size() > m_options.max_bytes) {
    result.skipped = fmt::format(
        "{} bytes is over the limit of {} for checking as you type; run "
        "`docqc check` on it",
        text.size(), m_options.max_bytes);
    return result;
  }
  const config::Config& config = group.rules.config;
  if (!config.file.empty() && config::settings_for(config, path).excluded) {
    result.skipped = fmt::format("excluded by {}", config.file);
    return result;
  }
  engine::Analysis analysis =
      engine::analyze_bytes(path, text, *group.rules.engine, group.rules.options);
  if (!analysis.document) {
    result.skipped = analysis.report.skipped.empty() ? "not checked" : analysis.report.skipped;
    return result;
  }
  result.findings = engine::locate(*analysis.document, analysis.findings, false);
  return result;
}

std::map<std::string, std::vector<report::LocatedFinding>> Workspace::check_cross_file(
    const std::vector<OpenText>& documents) {
  // The documents of each config, compared with each other.
  std::map<std::string, std::vector<const OpenText*>> by_config;
  for (const auto& document : documents) {
    by_config[config_path_for(document.path)].push_back(&document);
  }
  std::map<std::string, std::vector<report::LocatedFinding>> out;
  for (const auto& [config_path, members] : by_config) {
    Group& group = group_for(config_path);
    if (!group.error.empty() || !group.corpus || members.size() < 2) {
      continue;
    }
    const config::Config& config = group.rules.config;
    engine::reset_corpus(*group.corpus);
    std::map<std::string, std::unique_ptr<doc::Document>> seen;
    for (const OpenText* document : members) {
      if (document->text.size() > m_options.max_bytes ||
          (!config.file.empty() && config::settings_for(config, document->path).excluded)) {
        continue;
      }
      engine::Analysis analysis = engine::analyze_bytes(document->path, std::string(document->text),
                                                        *group.corpus, group.rules.options);
      if (analysis.document) {
        seen[document->path] = std::move(analysis.document);
      }
    }
    for (auto& [path, findings] : engine::collect_corpus_findings(*group.corpus)) {
      auto document = seen.find(path);
      if (document == seen.end()) {
        continue;
      }
      auto located = engine::locate_corpus_findings(*document->second, std::move(findings),
                                                    group.rules.options);
      if (!located.empty()) {
        out[path] = std::move(located);
      }
    }
    engine::reset_corpus(*group.corpus);  // keeps no hashes between passes
  }
  return out;
}

const rules::Rule* Workspace::find_rule(const std::string& id) const {
  for (const auto& [path, group] : m_groups) {
    for (const auto& rule : group->rules.loaded.all) {
      if (rule->info().id == id) {
        return rule.get();
      }
    }
  }
  return nullptr;
}

}  // namespace docqc::lsp
