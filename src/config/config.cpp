#include "config/config.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "input/file_set.h"
#include "input/reader.h"
#include "rules/config_error.h"
#include "rules/options.h"
#include "rules/yaml_document.h"
#include "text/did_you_mean.h"

namespace docqc::config {

namespace {

Name located(const YAML::Node& node, std::string value) {
  YAML::Mark mark = node.Mark();
  return {std::move(value), static_cast<std::size_t>(mark.line + 1),
          static_cast<std::size_t>(mark.column + 1)};
}

std::vector<Name> name_list(rules::OptionReader& reader, const std::string& key) {
  YAML::Node node = reader.node(key, rules::OptionType::string_list);
  std::vector<Name> names;
  if (!node) {
    return names;
  }
  if (node.IsScalar()) {
    names.push_back(located(node, node.Scalar()));
    return names;
  }
  if (!node.IsSequence()) {
    reader.fail(node, "expected a list of rule ids or categories", key);
  }
  for (const auto& item : node) {
    names.push_back(located(item, reader.scalar(item, key)));
  }
  return names;
}

std::vector<SeverityOverride> severity_map(rules::OptionReader& reader) {
  YAML::Node node = reader.node("severity", rules::OptionType::mapping);
  reader.choices("severity", {"error", "warning", "info"});
  std::vector<SeverityOverride> result;
  if (!node) {
    return result;
  }
  if (!node.IsMap()) {
    reader.fail(node, "expected a mapping of rule id or category to error, warning or info",
                "severity");
  }
  for (const auto& entry : node) {
    std::string name = reader.scalar(entry.first, "severity");
    std::string value = reader.scalar(entry.second, "severity");
    auto severity = parse_severity(value);
    if (!severity) {
      reader.fail(entry.second,
                  fmt::format("unknown severity '{}' (error, warning or info)", value), "severity");
    }
    result.push_back({located(entry.first, name), *severity});
  }
  return result;
}

std::string relative_to(const std::filesystem::path& file, const std::filesystem::path& root) {
  std::error_code ec;
  auto absolute_file = std::filesystem::absolute(file, ec).lexically_normal();
  auto absolute_root = std::filesystem::absolute(root, ec).lexically_normal();
  auto relative = absolute_file.lexically_relative(absolute_root);
  return relative.generic_string();
}

bool inside(const std::string& relative) {
  return !relative.empty() && relative.rfind("..", 0) != 0;
}

bool any_glob(const std::vector<std::string>& globs, const std::string& relative) {
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& glob) {
    if (input::glob_matches(glob, relative)) {
      return true;
    }
    // "dir/**" and "dir/" also mean everything below dir.
    std::string prefix = glob;
    if (prefix.size() >= 3 && prefix.compare(prefix.size() - 3, 3, "/**") == 0) {
      prefix.resize(prefix.size() - 2);
    }
    return !prefix.empty() && prefix.back() == '/' && relative.rfind(prefix, 0) == 0;
  });
}

void apply(FileSettings& settings, const std::vector<Name>& select, const std::vector<Name>& ignore,
           const std::vector<SeverityOverride>& severity) {
  if (!select.empty()) {
    settings.select.clear();
    for (const auto& name : select) {
      settings.select.push_back(name.value);
    }
  }
  for (const auto& name : ignore) {
    settings.ignore.push_back(name.value);
  }
  auto& layer = settings.severity.emplace_back();
  for (const auto& entry : severity) {
    layer[entry.name.value] = entry.severity;
  }
}

// A rule path of a config: relative to the config's directory and inside it (after
// resolving symbolic links), so a config cannot pull in rules from elsewhere on the machine;
// such rules can still be named on the command line (--rules).
std::string rule_path_inside(const std::filesystem::path& root, const std::string& path,
                             const YAML::Node& node, const std::string& file) {
  auto refuse = [&](const std::string& why) {
    throw rules::ConfigError(file, static_cast<std::size_t>(node.Mark().line + 1),
                             static_cast<std::size_t>(node.Mark().column + 1),
                             fmt::format("rule path '{}' {}; a config may only name rule files in "
                                         "its own directory tree (use --rules for others)",
                                         path, why),
                             "rules");
  };
  std::filesystem::path relative(path);
  if (relative.is_absolute()) {
    refuse("is absolute");
  }
  relative = relative.lexically_normal();
  if (!relative.empty() && *relative.begin() == "..") {
    refuse("leaves the config's directory");
  }
  std::filesystem::path resolved = (root / relative).lexically_normal();
  std::error_code ec;
  auto real_root = std::filesystem::weakly_canonical(root.empty() ? "." : root, ec);
  auto real_path = std::filesystem::weakly_canonical(resolved, ec);
  if (!ec && !real_root.empty()) {
    auto inside = real_path.lexically_relative(real_root);
    if (inside.empty() || *inside.begin() == "..") {
      refuse("leads out of the config's directory through a symbolic link");
    }
  }
  return resolved.string();
}

}  // namespace

namespace {

// parse_config(), and when `keys` is given, the keys it read (config_keys()).
Config parse(std::string_view yaml, const std::string& file, ConfigKeys* keys) {
  YAML::Node root = rules::load_yaml_document(yaml, file);  // UTF-8, one document
  Config config;
  config.file = file;
  config.root = std::filesystem::path(file).parent_path();
  if (!root || root.IsNull()) {
    return config;  // an empty file is a valid config that changes nothing
  }
  rules::OptionReader reader(root, file);
  reader.node("packs", rules::OptionType::string_list);  // recorded even when absent
  if (reader.has("packs")) {
    config.packs = name_list(reader, "packs");
  }
  config.is_root = reader.boolean("root", false);
  YAML::Node rule_nodes = reader.node("rules");
  std::vector<std::string> rule_paths = reader.string_list("rules");
  for (std::size_t i = 0; i < rule_paths.size(); ++i) {
    YAML::Node at = rule_nodes.IsSequence() ? rule_nodes[i] : rule_nodes;
    config.rules.push_back(rule_path_inside(config.root, rule_paths[i], at, file));
  }
  config.select = name_list(reader, "select");
  config.ignore = name_list(reader, "ignore");
  config.severity = severity_map(reader);
  config.exclude = reader.string_list("exclude");
  config.include = reader.string_list("include");
  config.fail_on = reader.optional_string("fail-on");
  reader.choices("fail-on", {"error", "warning", "info", "none"});
  if (config.fail_on && *config.fail_on != "none" && !parse_severity(*config.fail_on)) {
    reader.fail("fail-on",
                fmt::format("unknown level '{}' (error, warning, info or none)", *config.fail_on));
  }
  YAML::Node options = reader.node("options", rules::OptionType::mapping);
  if (options) {
    if (!options.IsMap()) {
      reader.fail(options, "expected a mapping of rule id to its options", "options");
    }
    for (const auto& entry : options) {
      std::string id = reader.scalar(entry.first, "options");
      if (!entry.second.IsMap()) {
        reader.fail(entry.second, fmt::format("expected a mapping of options for '{}'", id),
                    "options");
      }
      config.options[id] = entry.second;
      config.option_names[id] = located(entry.first, id);
    }
  }
  YAML::Node overrides = reader.node("overrides", rules::OptionType::list);
  if (overrides) {
    if (!overrides.IsSequence()) {
      reader.fail(overrides, "expected a list of {paths, select, ignore, severity}", "overrides");
    }
    for (const auto& item : overrides) {
      rules::OptionReader entry(item, file);
      PathOverride override_entry;
      override_entry.paths = entry.string_list("paths");
      if (override_entry.paths.empty()) {
        entry.fail(item, "an override needs 'paths' (globs relative to the config file)", "paths");
      }
      override_entry.select = name_list(entry, "select");
      override_entry.ignore = name_list(entry, "ignore");
      override_entry.severity = severity_map(entry);
      entry.finish("in an override (expected paths, select, ignore, severity)");
      if (keys) {
        keys->override_entry = entry.specs();
      }
      config.overrides.push_back(std::move(override_entry));
    }
  }
  reader.finish(
      "in .docqc.yaml (expected root, packs, rules, select, ignore, severity, exclude, include, "
      "fail-on, options, overrides)");
  if (keys) {
    keys->top = reader.specs();
  }
  return config;
}

}  // namespace

Config parse_config(std::string_view yaml, const std::string& file) {
  return parse(yaml, file, nullptr);
}

ConfigKeys config_keys() {
  ConfigKeys keys;
  parse("overrides: [{paths: [x]}]\n", ".docqc.yaml", &keys);
  return keys;
}

Config load_config(const std::filesystem::path& path) {
  std::string content;
  std::string error;
  input::ReadLimits limits;
  limits.max_bytes = input::k_max_config_size;
  if (!input::read_path(path.string(), limits, content, error)) {
    throw rules::ConfigError(path.string(), 0, 0, "cannot read the config file: " + error);
  }
  return parse_config(content, path.string());
}

std::optional<std::filesystem::path> find_config(const std::filesystem::path& start,
                                                 std::vector<std::string>* notes) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(start, ec).lexically_normal();
  if (!std::filesystem::is_directory(dir, ec)) {
    dir = dir.parent_path();
  }
  while (true) {
    std::filesystem::path candidate = dir / k_file_name;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      // Like git's safe.directory: a config someone else planted above us is not ours.
      if (st.st_uid == ::geteuid() || st.st_uid == 0) {
        return candidate;
      }
      if (notes != nullptr) {
        notes->push_back(fmt::format("{}: ignored: it belongs to another user (uid {})",
                                     candidate.string(), st.st_uid));
      }
    }
    // The repository root ends the search, as it does for git and ruff.
    if (std::filesystem::exists(dir / ".git", ec)) {
      return std::nullopt;
    }
    if (dir == dir.root_path() || dir.parent_path() == dir || dir.empty()) {
      return std::nullopt;
    }
    dir = dir.parent_path();
  }
}

void validate(const Config& config, const std::set<std::string>& packs,
              const std::set<std::string>& rule_ids) {
  // Every unknown name is reported, each at its place, with a did-you-mean.
  std::vector<rules::ConfigError> errors;
  std::vector<std::string> names(rule_ids.begin(), rule_ids.end());
  for (Category category : k_all_categories) {
    names.emplace_back(to_string(category));
  }
  auto check_name = [&](const Name& name, const char* key) {
    if (!rule_ids.count(name.value) && !parse_category(name.value)) {
      errors.emplace_back(config.file, name.line, name.column,
                          fmt::format("unknown rule id or category '{}'{} (see `docqc rules`)",
                                      name.value, text::did_you_mean_suffix(name.value, names)),
                          key);
    }
  };
  if (config.packs) {
    for (const auto& pack : *config.packs) {
      if (!packs.count(pack.value)) {
        std::string known;
        for (const auto& p : packs) {
          known += (known.empty() ? "" : ", ") + p;
        }
        errors.emplace_back(
            config.file, pack.line, pack.column,
            fmt::format("unknown pack '{}'{} (embedded: {})", pack.value,
                        text::did_you_mean_suffix(pack.value, {packs.begin(), packs.end()}), known),
            "packs");
      }
    }
  }
  for (const auto& name : config.select) {
    check_name(name, "select");
  }
  for (const auto& name : config.ignore) {
    check_name(name, "ignore");
  }
  for (const auto& entry : config.severity) {
    check_name(entry.name, "severity");
  }
  for (const auto& [id, name] : config.option_names) {
    if (!rule_ids.count(id)) {
      errors.emplace_back(
          config.file, name.line, name.column,
          fmt::format("unknown rule id '{}'{} (see `docqc rules`)", id,
                      text::did_you_mean_suffix(id, {rule_ids.begin(), rule_ids.end()})),
          "options");
    }
  }
  for (const auto& entry : config.overrides) {
    for (const auto& name : entry.select) {
      check_name(name, "select");
    }
    for (const auto& name : entry.ignore) {
      check_name(name, "ignore");
    }
    for (const auto& s : entry.severity) {
      check_name(s.name, "severity");
    }
  }
  if (errors.size() == 1) {
    throw errors.front();
  }
  if (!errors.empty()) {
    throw rules::ConfigError::combined(errors);
  }
}

FileSettings settings_for(const Config& config, const std::filesystem::path& file) {
  FileSettings settings;
  apply(settings, config.select, config.ignore, config.severity);
  if (config.file.empty()) {
    return settings;
  }
  std::string relative = relative_to(file, config.root.empty() ? "." : config.root);
  if (!inside(relative)) {
    return settings;
  }
  settings.excluded = any_glob(config.exclude, relative);
  for (const auto& entry : config.overrides) {
    if (any_glob(entry.paths, relative)) {
      apply(settings, entry.select, entry.ignore, entry.severity);
    }
  }
  return settings;
}

bool enabled(const FileSettings& settings, std::string_view rule, Category category) {
  auto named = [&](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
      return name == rule || name == to_string(category);
    });
  };
  return (settings.select.empty() || named(settings.select)) && !named(settings.ignore);
}

Severity effective_severity(const FileSettings& settings, std::string_view rule, Category category,
                            Severity severity) {
  for (auto layer = settings.severity.rbegin(); layer != settings.severity.rend(); ++layer) {
    auto by_rule = layer->find(std::string(rule));
    if (by_rule != layer->end()) {
      return by_rule->second;
    }
    auto by_category = layer->find(std::string(to_string(category)));
    if (by_category != layer->end()) {
      return by_category->second;
    }
  }
  return severity;
}

std::string_view starter_config() {
  return R"(# docqc configuration. docqc uses the nearest .docqc.yaml above each checked file;
# `docqc check --config FILE` names one explicitly. Every key is optional; an unknown key
# is an error, so a typo never silently turns a check off. See `docqc rules` for rule ids.

# Embedded rule packs to load (default: all of them).
# packs: [common, zh-gov]

# More rule files or directories, relative to this file.
# rules: [docqc-rules/]

# Run only these rules or categories (encoding, garbled, script, punctuation, spacing,
# numbering, duplicate, structure, boilerplate) ...
# select: [encoding, garbled, punctuation]
# ... and never these.
# ignore: [space-between-cjk]

# Change a rule's or a whole category's severity (error, warning, info).
# severity:
#   doubled-punctuation: error
#   boilerplate: info

# Files to leave out, as globs relative to this file; and which file names to take when a
# directory is checked (default: *.txt, *.md, *.text).
# exclude: ["archive/**", "*.orig.txt"]
# include: ["*.txt", "*.md"]

# Exit with status 1 when a finding is at or above this level (error, warning, info, none).
# fail-on: error

# Options of a rule's kind, by rule id (see `docqc explain ID`).
# options:
#   duplicate-paragraph: {min_chars: 30}

# Settings for some paths only; the last matching entry wins.
# overrides:
#   - paths: ["laws/**"]
#     ignore: [numbering-skip]
#     severity: {traditional-in-simplified: error}
)";
}

}  // namespace docqc::config
