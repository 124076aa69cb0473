#include "rules/loader.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "input/reader.h"
#include "rules/embedded_files.h"
#include "rules/options.h"
#include "rules/registry.h"
#include "rules/rule_file_keys.h"
#include "rules/yaml_document.h"
#include "text/did_you_mean.h"

namespace docqc::rules {

std::string_view to_string(Scope scope) {
  switch (scope) {
    case Scope::line:
      return "line";
    case Scope::paragraph:
      return "paragraph";
    case Scope::document:
      return "document";
  }
  return "line";
}

namespace {

std::size_t line_of(const YAML::Node& node) {
  return static_cast<std::size_t>(node.Mark().line + 1);
}

// "3:5" -> (3, 5)
std::pair<std::size_t, std::size_t> parse_location(OptionReader& reader, const YAML::Node& node) {
  std::string text = reader.scalar(node, "findings");
  static const RE2 k_location(R"((\d+):(\d+))");
  std::size_t line = 0;
  std::size_t column = 0;
  if (!RE2::FullMatch(text, k_location, &line, &column) || line == 0 || column == 0) {
    reader.fail(node, fmt::format("expected 'line:column' (1-based), got '{}'", text), "findings");
  }
  return {line, column};
}

RuleExample parse_example(const OptionReader& rule, const YAML::Node& item, RuleFileKeys* keys) {
  OptionReader example(item, rule.file(), rule.keeps_values());
  RuleExample parsed;
  parsed.source_line = line_of(item);
  auto bad = example.optional_string("bad");
  auto good = example.optional_string("good");
  if (bad.has_value() == good.has_value()) {
    example.fail(item, "an example has exactly one of 'bad' or 'good'", "examples");
  }
  parsed.bad = bad.has_value();
  parsed.text = bad ? *bad : *good;
  YAML::Node findings = example.node("findings", OptionType::string_list);
  if (findings) {
    if (!parsed.bad) {
      example.fail(findings, "a good example has no findings", "findings");
    }
    if (!findings.IsSequence()) {
      example.fail(findings, "expected a list of 'line:column'", "findings");
    }
    for (const auto& location : findings) {
      parsed.findings.push_back(parse_location(example, location));
    }
  }
  parsed.fixed = example.optional_string("fixed");
  if (parsed.bad && parsed.findings.empty()) {
    example.fail(item, "a bad example lists the findings it expects ('line:column')", "findings");
  }
  example.finish("in an example (known: bad, good, findings, fixed)");
  if (keys) {
    keys->example = example.specs();
  }
  return parsed;
}

// Every example is checked: a problem in one goes to `errors` and the next is still read.
std::vector<RuleExample> parse_examples(OptionReader& rule, const YAML::Node& list,
                                        std::vector<ConfigError>& errors, RuleFileKeys* keys) {
  std::vector<RuleExample> examples;
  if (!list) {
    return examples;
  }
  if (!list.IsSequence()) {
    rule.fail(list, "expected a list of examples", "examples");
  }
  for (const auto& item : list) {
    try {
      examples.push_back(parse_example(rule, item, keys));
    } catch (const ConfigError& error) {
      errors.push_back(error);
    }
  }
  return examples;
}

const std::set<std::string>& common_keys() {
  static const std::set<std::string> k_keys = {
      "id", "kind", "category", "severity", "message", "description", "scope", "paths", "examples"};
  return k_keys;
}

// Runs `step`, keeping its ConfigError in `errors`; false when it failed.
template <typename Step>
bool attempt(std::vector<ConfigError>& errors, Step&& step) {
  try {
    step();
    return true;
  } catch (const ConfigError& error) {
    errors.push_back(error);
    return false;
  }
}

// Parses one rule; every problem found goes to `errors` (the common keys are checked one by
// one, so that several mistakes show up in one run) and the result is then null.
std::unique_ptr<Rule> parse_rule(const YAML::Node& original, const std::string& file,
                                 const std::string& pack, const OptionOverrides* overrides,
                                 LoadDetail detail, std::vector<ConfigError>& errors,
                                 RuleFileKeys* keys = nullptr) {
  YAML::Node node = original;
  const OptionOverrides::Entry* override_entry = nullptr;
  if (overrides && original.IsMap() && original["id"] && original["id"].IsScalar()) {
    auto it = overrides->by_rule.find(original["id"].Scalar());
    if (it != overrides->by_rule.end()) {
      override_entry = &it->second;
      node = YAML::Clone(original);
      for (const auto& entry : it->second.options) {
        std::string key = entry.first.Scalar();
        if (common_keys().count(key)) {
          YAML::Mark mark = entry.first.Mark();
          errors.emplace_back(overrides->file, static_cast<std::size_t>(mark.line + 1),
                              static_cast<std::size_t>(mark.column + 1),
                              fmt::format("'{}' is not a kind option; only the rule's kind "
                                          "options can be set here",
                                          key),
                              "options");
          return nullptr;
        }
        node[key] = entry.second;
      }
    }
  }
  if (override_entry) {
    std::vector<ConfigError> inner;
    auto rule = parse_rule(node, file, pack, nullptr, detail, inner);
    for (const auto& error : inner) {
      errors.emplace_back(
          overrides->file, override_entry->line, override_entry->column,
          fmt::format("options for '{}' rejected: {}", node["id"].Scalar(), error.what()),
          "options");
    }
    return inner.empty() ? std::move(rule) : nullptr;
  }
  const std::size_t errors_before = errors.size();
  std::optional<OptionReader> maybe_reader;
  if (!attempt(errors, [&] { maybe_reader.emplace(node, file, detail.option_values); })) {
    return nullptr;
  }
  OptionReader& reader = *maybe_reader;
  RuleInfo info;
  info.source_file = file;
  info.source_line = line_of(node);
  info.pack = pack;
  attempt(errors, [&] {
    info.id = reader.required_string("id");
    static const RE2 k_id_syntax("[a-z0-9]+(-[a-z0-9]+)*");
    if (!RE2::FullMatch(info.id, k_id_syntax)) {
      reader.fail("id", fmt::format("rule id '{}' must be kebab-case (a-z, 0-9, '-')", info.id));
    }
  });
  const KindEntry* kind = nullptr;
  attempt(errors, [&] {
    info.kind = reader.required_string("kind");
    std::vector<std::string> kinds;
    for (const auto& entry : rule_kinds()) {
      kinds.emplace_back(entry.name);
    }
    reader.choices("kind", kinds);
    kind = find_kind(info.kind);
    if (!kind) {
      std::string known;
      std::vector<std::string> names;
      for (const auto& entry : rule_kinds()) {
        known += (known.empty() ? "" : ", ") + std::string(entry.name);
        names.emplace_back(entry.name);
      }
      reader.fail("kind", fmt::format("unknown rule kind '{}'{} (known: {})", info.kind,
                                      text::did_you_mean_suffix(info.kind, names), known));
    }
  });
  attempt(errors, [&] {
    std::string category = reader.required_string("category");
    std::vector<std::string> categories;
    for (Category known : k_all_categories) {
      categories.emplace_back(to_string(known));
    }
    reader.choices("category", categories);
    if (auto parsed = parse_category(category)) {
      info.category = *parsed;
    } else {
      std::vector<std::string> names;
      for (Category known : k_all_categories) {
        names.emplace_back(to_string(known));
      }
      reader.fail("category", fmt::format("unknown category '{}'{} (known: encoding, garbled, "
                                          "script, punctuation, spacing, numbering, duplicate, "
                                          "structure, boilerplate)",
                                          category, text::did_you_mean_suffix(category, names)));
    }
  });
  attempt(errors, [&] {
    std::string severity = reader.optional_string("severity").value_or("warning");
    reader.choices("severity", {"error", "warning", "info"});
    if (auto parsed = parse_severity(severity)) {
      info.severity = *parsed;
    } else {
      reader.fail("severity",
                  fmt::format("unknown severity '{}'{} (known: error, warning, info)", severity,
                              text::did_you_mean_suffix(severity, {"error", "warning", "info"})));
    }
  });
  attempt(errors, [&] { info.message = reader.required_string("message"); });
  attempt(errors, [&] { info.description = reader.optional_string("description").value_or(""); });
  attempt(errors, [&] {
    std::string scope = reader.optional_string("scope").value_or("line");
    reader.choices("scope", {"line", "paragraph", "document"});
    if (scope == "line") {
      info.scope = Scope::line;
    } else if (scope == "paragraph") {
      info.scope = Scope::paragraph;
    } else if (scope == "document") {
      info.scope = Scope::document;
    } else {
      reader.fail("scope",
                  fmt::format("unknown scope '{}'{} (known: line, paragraph, document)", scope,
                              text::did_you_mean_suffix(scope, {"line", "paragraph", "document"})));
    }
  });
  attempt(errors, [&] { info.paths = reader.string_list("paths"); });
  attempt(errors, [&] {
    info.examples = parse_examples(reader, reader.node("examples", OptionType::list), errors, keys);
  });
  if (!kind) {
    return nullptr;
  }
  std::unique_ptr<Rule> rule;
  // The kind's own keys are known only once its factory has read them: unknown keys are
  // reported only when it got through.
  if (attempt(errors, [&] { rule = kind->factory(std::move(info), reader); })) {
    attempt(errors, [&] { reader.finish(fmt::format("for a rule of kind '{}'", kind->name)); });
  }
  if (errors.size() != errors_before || !rule) {
    return nullptr;
  }
  for (const auto& spec : reader.specs()) {
    if (!common_keys().count(spec.key)) {
      rule->mutable_info().options.push_back(spec);
    } else if (keys) {
      keys->rule.push_back(spec);
    }
  }
  return rule;
}

}  // namespace

namespace {

// load_rules_from_text(), and when `keys` is given, the keys it read (rule_file_keys()).
RuleList load_text(std::string_view yaml, const std::string& file, const std::string& pack,
                   const OptionOverrides* overrides, LoadDetail detail, RuleFileKeys* keys) {
  YAML::Node root = load_yaml_document(yaml, file);  // UTF-8, one document
  if (!root || root.IsNull()) {
    throw ConfigError(file, 1, 1, "empty rule file: expected a mapping with a 'rules' list");
  }
  OptionReader top(root, file, detail.option_values);
  std::vector<ConfigError> errors;
  std::string pack_name = pack;
  attempt(errors, [&] { pack_name = top.optional_string("pack").value_or(pack); });
  if (pack_name.empty()) {
    pack_name = std::filesystem::path(file).parent_path().filename().string();
  }
  attempt(errors, [&] { top.optional_string("description"); });
  YAML::Node list = top.node("rules", OptionType::any);
  attempt(errors,
          [&] { top.finish("at the top of a rule file (known: pack, description, rules)"); });
  if (keys) {
    keys->top = top.specs();
  }
  if (!list || !list.IsSequence()) {
    attempt(errors, [&] { top.fail(list ? list : root, "expected a 'rules' list", "rules"); });
    throw errors.size() == 1 ? errors.front() : ConfigError::combined(errors);
  }
  RuleList rules;
  for (const auto& node : list) {
    auto rule = parse_rule(node, file, pack_name, overrides, detail, errors, keys);
    if (rule) {
      attempt(errors, [&] {
        RuleList one;
        one.push_back(std::move(rule));
        merge_rules(rules, std::move(one));
      });
    }
  }
  if (!errors.empty()) {
    throw errors.size() == 1 ? errors.front() : ConfigError::combined(errors);
  }
  return rules;
}

}  // namespace

RuleList load_rules_from_text(std::string_view yaml, const std::string& file,
                              const std::string& pack, const OptionOverrides* overrides,
                              LoadDetail detail) {
  return load_text(yaml, file, pack, overrides, detail, nullptr);
}

RuleFileKeys rule_file_keys() {
  RuleFileKeys keys;
  load_text(R"(rules:
  - id: probe
    kind: pattern
    category: garbled
    message: m
    pattern: x
    examples:
      - good: y
)",
            "probe.yaml", "probe", nullptr, {}, &keys);
  return keys;
}

RuleList load_rules_from_path(const std::filesystem::path& path, const OptionOverrides* overrides,
                              LoadDetail detail) {
  std::error_code error;
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(path, error)) {
    for (auto it = std::filesystem::recursive_directory_iterator(path, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      auto extension = it->path().extension();
      if (it->is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
        files.push_back(it->path());
      }
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  if (error) {
    throw ConfigError(path.string(), 0, 0, error.message());
  }
  RuleList rules;
  for (const auto& file : files) {
    std::string content;
    std::string reason;
    input::ReadLimits limits;
    limits.max_bytes = input::k_max_config_size;
    if (!input::read_path(file.string(), limits, content, reason)) {
      throw ConfigError(file.string(), 0, 0, "cannot read rule file: " + reason);
    }
    merge_rules(rules, load_rules_from_text(content, file.string(), {}, overrides, detail));
  }
  return rules;
}

RuleList load_default_rules(const OptionOverrides* overrides, LoadDetail detail) {
  RuleList rules;
  for (const auto& file : embedded_files()) {
    std::string_view path = file.path;
    if (!path.starts_with("rules/") || !path.ends_with(".yaml") ||
        path.starts_with("rules/data/")) {
      continue;
    }
    std::string_view text = file.content;
    std::string lean;
    if (!detail.embedded_examples) {
      lean = blank_block_entries(text, "examples");
      text = lean;
    }
    merge_rules(rules, load_rules_from_text(text, std::string(path), {}, overrides, detail));
  }
  return rules;
}

void merge_rules(RuleList& rules, RuleList more) {
  for (auto& rule : more) {
    for (const auto& existing : rules) {
      if (existing->info().id == rule->info().id) {
        throw ConfigError(
            rule->info().source_file, rule->info().source_line, 1,
            fmt::format("duplicate rule id '{}' (first defined at {}:{})", rule->info().id,
                        existing->info().source_file, existing->info().source_line),
            "id");
      }
    }
    rules.push_back(std::move(rule));
  }
}

}  // namespace docqc::rules
