// OptionSpec: one key a rule's kind reads, as OptionReader saw it being read.
//
// Contract: the loader stores in RuleInfo::options every kind option its factory asked for
// (set or not), in the order first asked, with its type, range, default and the value the
// rule file set. `docqc explain`, the generated rule reference and the JSON Schemas are made
// from these, so they describe exactly what the loader accepts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::rules {

enum class OptionType { string, boolean, integer, number, string_list, list, mapping, any };

inline std::string_view to_string(OptionType type) {
  switch (type) {
    case OptionType::string:
      return "string";
    case OptionType::boolean:
      return "boolean";
    case OptionType::integer:
      return "integer";
    case OptionType::number:
      return "number";
    case OptionType::string_list:
      return "string list";
    case OptionType::list:
      return "list";
    case OptionType::mapping:
      return "mapping";
    case OptionType::any:
      return "structured";
  }
  return "structured";
}

struct OptionSpec {
  std::string key;
  OptionType type = OptionType::any;
  bool required = false;
  std::optional<double> min;
  std::optional<double> max;
  std::vector<std::string> choices;  // the only values allowed (for a mapping: its values)
  std::string fallback;              // the default as text; empty when there is none
  std::optional<std::string> value;  // as set in the rule file (flow-style YAML)
};

}  // namespace docqc::rules
