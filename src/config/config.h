// Config: a project's `.docqc.yaml`, found upward from each checked path or named with
// --config, and what it means for one file.
//
//   root: true                         # (accepted; the nearest config is the only one read)
//   packs: [common, zh-gov]            # embedded packs to load (default: all)
//   rules: [docqc-rules/]              # more rule files or directories, inside this tree
//   select: [encoding, numbering-gap]  # only these rules / categories
//   ignore: [space-between-cjk]        # never these
//   severity: {doubled-punctuation: error, boilerplate: info}
//   exclude: ["archive/**", "*.bak.txt"]
//   include: ["*.txt", "*.md"]         # file names taken from directories
//   fail-on: warning
//   options: {duplicate-paragraph: {min_chars: 30}}   # rule id -> kind options
//   overrides:
//     - paths: ["laws/*.txt"]
//       ignore: [numbering-gap]
//       severity: {traditional-in-simplified: error}
//
// Contract: parse_config() is strict: unknown keys, wrong types and bad severity names are
// rules::ConfigError with the file, line and column; validate() then rejects rule ids or
// categories no loaded rule has, again at their line and column. Relative paths and globs
// are relative to the config file's directory; rule paths must stay inside it (no absolute
// path, no "..", no symbolic link out of it: a ConfigError). Later settings win: command-line
// options over the config, an override (the last matching one) over the top level.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "finding.h"
#include "rules/option_spec.h"

namespace docqc::config {

inline constexpr std::string_view k_file_name = ".docqc.yaml";

// A name as written in the config, with where it stands (for errors).
struct Name {
  std::string value;
  std::size_t line = 0;
  std::size_t column = 0;
  bool operator<(const Name& other) const { return value < other.value; }
};

struct SeverityOverride {
  Name name;  // rule id or category
  Severity severity = Severity::warning;
};

struct PathOverride {
  std::vector<std::string> paths;
  std::vector<Name> select;
  std::vector<Name> ignore;
  std::vector<SeverityOverride> severity;
};

struct Config {
  std::string file;  // the .docqc.yaml, empty for "no config"
  std::filesystem::path root;
  bool is_root = false;  // `root: true`
  std::optional<std::vector<Name>> packs;
  std::vector<std::string> rules;  // resolved against root
  std::vector<Name> select;
  std::vector<Name> ignore;
  std::vector<SeverityOverride> severity;
  std::vector<std::string> exclude;
  std::vector<std::string> include;
  std::optional<std::string> fail_on;
  std::map<std::string, YAML::Node> options;  // rule id -> mapping of kind options
  std::map<std::string, Name> option_names;   // rule id -> where it stands
  std::vector<PathOverride> overrides;
};

Config parse_config(std::string_view yaml, const std::string& file);
// The keys a .docqc.yaml may have, as parse_config() reads them, with their types (for the
// JSON Schema): the top level, and an entry of `overrides`.
struct ConfigKeys {
  std::vector<rules::OptionSpec> top;
  std::vector<rules::OptionSpec> override_entry;
};
ConfigKeys config_keys();
Config load_config(const std::filesystem::path& path);
// The nearest .docqc.yaml in `start` (a file's directory, or a directory) or above, not
// above the repository root (the first directory holding `.git`). A config owned by another
// user (not us, not root) is skipped, with a line in `notes` saying so. Read at most
// input::k_max_config_size bytes.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start,
                                                 std::vector<std::string>* notes = nullptr);

// Throws ConfigError for a pack, rule id or category that is not among the known ones.
void validate(const Config& config, const std::set<std::string>& packs,
              const std::set<std::string>& rule_ids);

// What the config says about one file.
struct FileSettings {
  bool excluded = false;
  std::vector<std::string> select;  // empty: everything
  std::vector<std::string> ignore;
  // id or category -> severity, one map per layer (top level, then each matching
  // override): a later layer wins; within a layer a rule id wins over its category.
  std::vector<std::map<std::string, Severity>> severity;
};
FileSettings settings_for(const Config& config, const std::filesystem::path& file);
bool enabled(const FileSettings& settings, std::string_view rule, Category category);
Severity effective_severity(const FileSettings& settings, std::string_view rule, Category category,
                            Severity severity);

// `docqc init`: a commented starter file.
std::string_view starter_config();

}  // namespace docqc::config
