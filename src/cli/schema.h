// JSON Schemas (draft 2020-12) for rule files and .docqc.yaml, for editors with
// yaml-language-server and for validating files in CI (`docqc schema`).
//
// Contract: both are made from what the loaders read (rules/rule_file_keys.h,
// config::config_keys(), and the kind options each loaded rule's factory read, in
// RuleInfo::options), so they accept what the loaders accept: a rule's kind options are
// checked per kind (the union of the options the loaded rules of that kind read); a kind no
// loaded rule uses allows any key. Deterministic output, keys sorted.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "rules/rule.h"

namespace docqc::cli {

nlohmann::json rules_schema(const std::vector<const rules::Rule*>& rules);
nlohmann::json config_schema();

}  // namespace docqc::cli
