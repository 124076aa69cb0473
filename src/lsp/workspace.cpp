#include "lsp/workspace.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "engine/corpus.h"
#include "rules/config_error.h"
#include "rules/embedded_files.h"
#include "suppress/ignore_list.h"
#include "suppress/inline_directives.h"

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

bool is_markdown(const std::string& path) {
  auto extension = std::filesystem::path(path).extension().string();
  return extension == ".md" || extension == ".markdown";
}

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

void filter(const config::Config& config, const doc::Document& document,
            std::vector<Finding>& findings) {
  if (findings.empty()) {
    return;
  }
  config::FileSettings settings = config::settings_for(config, document.path());
  std::erase_if(findings,
                [&](const Finding& f) { return !config::enabled(settings, f.rule, f.category); });
  for (auto& f : findings) {
    f.severity = config::effective_severity(settings, f.rule, f.category, f.severity);
  }
  if (is_markdown(document.path())) {
    auto directives = suppress::InlineDirectives::parse(document.text(), document.lines());
    if (!directives.empty()) {
      std::erase_if(findings, [&](const Finding& f) {
        return directives.suppresses(f.rule, to_string(f.category),
                                     document.lines().line_of(f.offset));
      });
    }
  }
  if (auto list = suppress::IgnoreList::load_for(document.path())) {
    std::erase_if(findings, [&](const Finding& f) {
      return list->ignores(f.rule, to_string(f.category),
                           document.line_text(document.lines().line_of(f.offset)));
    });
  }
}

}  // namespace

struct Workspace::Group {
  config::Config config;
  rules::OptionOverrides overrides;
  cli::LoadedRules loaded;
  std::unique_ptr<engine::Engine> engine;
  engine::CheckOptions options;
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
    for (const auto& path : it->second->config.rules) {
      add_stamp(current, path);
    }
    if (current == it->second->stamp) {
      return *it->second;
    }
  }
  auto group = std::make_unique<Group>();
  try {
    if (!config_path.empty()) {
      group->config = config::load_config(config_path);
    }
    const config::Config& config = group->config;
    for (const auto& path : config.rules) {
      add_stamp(stamp, path);
    }
    cli::RuleOptions options;
    options.rule_paths = m_options.rule_paths;
    options.no_default_rules = m_options.no_default_rules;
    if (config.packs) {
      options.packs.emplace();
      for (const auto& pack : *config.packs) {
        options.packs->push_back(pack.value);
      }
    }
    options.rule_paths.insert(options.rule_paths.begin(), config.rules.begin(), config.rules.end());
    group->overrides.file = config.file;
    for (const auto& [id, node] : config.options) {
      const auto& name = config.option_names.at(id);
      group->overrides.by_rule[id] = {node, name.line, name.column};
    }
    options.overrides = &group->overrides;
    group->loaded = cli::load_rules(options);
    std::set<std::string> ids;
    for (const auto& rule : group->loaded.all) {
      ids.insert(rule->info().id);
    }
    for (const auto& builtin : engine::builtin_rules()) {
      ids.insert(builtin.id);
    }
    config::validate(config, embedded_packs(), ids);
    std::vector<const rules::Rule*> active;
    for (const rules::Rule* rule : group->loaded.active) {
      if (!engine::is_corpus_rule(*rule)) {
        active.push_back(rule);
      }
    }
    group->engine = std::make_unique<engine::Engine>(active);
    group->options.encoding = "utf-8";  // the editor has decoded the file already
    group->options.keep_context = false;
    group->options.report_invalid_bytes = group->loaded.invalid_bytes;
    group->options.report_encoding_detected = false;
    const config::Config* config_ptr = &group->config;
    group->options.filter = [config_ptr](const doc::Document& document,
                                         std::vector<Finding>& findings) {
      filter(*config_ptr, document, findings);
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
  if (!group.config.file.empty() && config::settings_for(group.config, path).excluded) {
    result.skipped = fmt::format("excluded by {}", group.config.file);
    return result;
  }
  engine::Analysis analysis = engine::analyze_bytes(path, text, *group.engine, group.options);
  if (!analysis.document) {
    result.skipped = analysis.report.skipped.empty() ? "not checked" : analysis.report.skipped;
    return result;
  }
  result.findings = engine::locate(*analysis.document, analysis.findings, false);
  return result;
}

const rules::Rule* Workspace::find_rule(const std::string& id) const {
  for (const auto& [path, group] : m_groups) {
    for (const auto& rule : group->loaded.all) {
      if (rule->info().id == id) {
        return rule.get();
      }
    }
  }
  return nullptr;
}

}  // namespace docqc::lsp
