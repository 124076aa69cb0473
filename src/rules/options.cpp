#include "rules/options.h"

#include <fmt/format.h>

#include "text/did_you_mean.h"

namespace docqc::rules {

namespace {

void set_flow(YAML::Node node) {
  if (node.IsMap() || node.IsSequence()) {
    node.SetStyle(YAML::EmitterStyle::Flow);
    for (auto entry : node) {
      set_flow(node.IsMap() ? entry.second : entry);
    }
  }
}

// A value on one line: flow style however the file wrote it.
std::string flow_yaml(const YAML::Node& node) {
  YAML::Node copy = YAML::Clone(node);
  set_flow(copy);
  YAML::Emitter out;
  out << YAML::Flow << copy;
  return out.good() ? std::string(out.c_str()) : std::string();
}

}  // namespace

void OptionReader::record(const std::string& key, OptionType type, bool required,
                          std::optional<double> min, std::optional<double> max,
                          std::string fallback) {
  m_used.insert(key);
  OptionSpec* spec = nullptr;
  for (auto& existing : m_specs) {
    if (existing.key == key) {
      spec = &existing;
    }
  }
  if (!spec) {
    spec = &m_specs.emplace_back();
    spec->key = key;
    spec->type = type;
    if (m_keep_values) {
      YAML::Node value = m_mapping[key];
      if (value) {
        spec->value = flow_yaml(value);
      }
    }
  } else if (spec->type == OptionType::any) {
    spec->type = type;
  }
  spec->required = spec->required || required;
  spec->min = min ? min : spec->min;
  spec->max = max ? max : spec->max;
  if (!fallback.empty()) {
    spec->fallback = std::move(fallback);
  }
}

OptionReader::OptionReader(YAML::Node mapping, std::string file, bool keep_values)
    : m_mapping(std::move(mapping)), m_file(std::move(file)), m_keep_values(keep_values) {
  if (!m_mapping.IsMap()) {
    fail(m_mapping, "expected a mapping");
  }
}

bool OptionReader::has(const std::string& key) const {
  return static_cast<bool>(m_mapping[key]);
}

void OptionReader::fail(const YAML::Node& at, const std::string& message,
                        const std::string& key) const {
  YAML::Mark mark = at.Mark();
  if (mark.is_null()) {
    mark = m_mapping.Mark();
  }
  throw ConfigError(m_file, static_cast<std::size_t>(mark.line + 1),
                    static_cast<std::size_t>(mark.column + 1), message, key);
}

void OptionReader::fail(const std::string& key, const std::string& message) const {
  YAML::Node value = m_mapping[key];
  fail(value ? value : m_mapping, message, key);
}

void OptionReader::choices(const std::string& key, std::vector<std::string> values) {
  for (auto& spec : m_specs) {
    if (spec.key == key) {
      spec.choices = std::move(values);
    }
  }
}

std::string OptionReader::scalar(const YAML::Node& node, const std::string& key) const {
  if (!node.IsScalar()) {
    fail(node, "expected a string", key);
  }
  return node.Scalar();
}

std::string OptionReader::required_string(const std::string& key) {
  auto value = optional_string(key);
  record(key, OptionType::string, true);
  if (!value) {
    // The commonest cause is a typo in that very key: report the typo where it stands.
    for (const auto& entry : m_mapping) {
      std::string other = entry.first.Scalar();
      if (!m_used.count(other) && text::did_you_mean(other, {key})) {
        m_used.insert(other);  // reported here, not again by finish()
        fail(entry.first, fmt::format("unknown key '{}'; did you mean '{}'?", other, key), other);
      }
    }
    fail(m_mapping, fmt::format("missing required key '{}'", key), key);
  }
  return *value;
}

std::optional<std::string> OptionReader::optional_string(const std::string& key) {
  record(key, OptionType::string);
  YAML::Node value = m_mapping[key];
  if (!value) {
    return std::nullopt;
  }
  return scalar(value, key);
}

bool OptionReader::boolean(const std::string& key, bool fallback) {
  record(key, OptionType::boolean, false, {}, {}, fallback ? "true" : "false");
  YAML::Node value = m_mapping[key];
  if (!value) {
    return fallback;
  }
  std::string text = scalar(value, key);
  if (text == "true") {
    return true;
  }
  if (text == "false") {
    return false;
  }
  fail(value, fmt::format("expected true or false, got '{}'", text), key);
}

long OptionReader::integer(const std::string& key, long fallback, long min, long max) {
  record(key, OptionType::integer, false, static_cast<double>(min), static_cast<double>(max),
         std::to_string(fallback));
  YAML::Node value = m_mapping[key];
  if (!value) {
    return fallback;
  }
  std::string text = scalar(value, key);
  std::size_t used = 0;
  long result = 0;
  try {
    result = std::stol(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty()) {
    fail(value, fmt::format("expected an integer, got '{}'", text), key);
  }
  if (result < min || result > max) {
    fail(value, fmt::format("{} is out of range [{}, {}]", result, min, max), key);
  }
  return result;
}

double OptionReader::number(const std::string& key, double fallback, double min, double max) {
  record(key, OptionType::number, false, min, max, fmt::format("{}", fallback));
  YAML::Node value = m_mapping[key];
  if (!value) {
    return fallback;
  }
  std::string text = scalar(value, key);
  std::size_t used = 0;
  double result = 0;
  try {
    result = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty()) {
    fail(value, fmt::format("expected a number, got '{}'", text), key);
  }
  if (result < min || result > max) {
    fail(value, fmt::format("{} is out of range [{}, {}]", result, min, max), key);
  }
  return result;
}

std::vector<std::string> OptionReader::string_list(const std::string& key) {
  record(key, OptionType::string_list);
  YAML::Node value = m_mapping[key];
  std::vector<std::string> result;
  if (!value) {
    return result;
  }
  if (value.IsScalar()) {
    result.push_back(value.Scalar());
    return result;
  }
  if (!value.IsSequence()) {
    fail(value, "expected a list of strings", key);
  }
  for (const auto& item : value) {
    result.push_back(scalar(item, key));
  }
  return result;
}

YAML::Node OptionReader::node(const std::string& key, OptionType type) {
  record(key, type);
  return m_mapping[key];
}

void OptionReader::finish(const std::string& context) const {
  const std::vector<std::string> known(m_used.begin(), m_used.end());
  std::vector<ConfigError> errors;
  for (const auto& entry : m_mapping) {
    std::string key = entry.first.Scalar();
    if (m_used.count(key)) {
      continue;
    }
    std::string message =
        text::did_you_mean(key, known)
            ? fmt::format("unknown key '{}'{}", key, text::did_you_mean_suffix(key, known))
            : fmt::format("unknown key '{}' {}", key, context);
    try {
      fail(entry.first, message, key);
    } catch (const ConfigError& error) {
      errors.push_back(error);
    }
  }
  if (errors.size() == 1) {
    throw errors.front();
  }
  if (!errors.empty()) {
    throw ConfigError::combined(errors);
  }
}

}  // namespace docqc::rules
