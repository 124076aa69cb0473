#include <doctest/doctest.h>

#include <string>

#include "rules/config_error.h"
#include "rules/loader.h"

using docqc::rules::ConfigError;
using docqc::rules::load_rules_from_text;

TEST_SUITE_BEGIN("rules::loader");

namespace {

// The message of the ConfigError that loading `yaml` throws, or "" when it loads.
std::string load_error(const std::string& yaml) {
  try {
    load_rules_from_text(yaml, "r.yaml", "test");
  } catch (const ConfigError& error) {
    return error.what();
  }
  return "";
}

const char* k_valid = R"(rules:
  - id: no-foo
    kind: pattern
    category: garbled
    severity: error
    message: "found {match}"
    pattern: 'foo+'
)";

}  // namespace

TEST_CASE("a valid rule loads with its metadata") {
  auto rules = load_rules_from_text(k_valid, "r.yaml", "test");
  REQUIRE(rules.size() == 1);
  const auto& info = rules[0]->info();
  CHECK(info.id == "no-foo");
  CHECK(info.kind == "pattern");
  CHECK(info.category == docqc::Category::garbled);
  CHECK(info.severity == docqc::Severity::error);
  CHECK(info.source_line == 2);
  CHECK(info.pack == "test");
}

TEST_CASE("YAML syntax errors name file, line and column") {
  CHECK(load_error("rules:\n  - id: [unclosed\n").rfind("r.yaml:3:1: error:", 0) == 0);
}

TEST_CASE("unknown keys are errors at the key") {
  std::string yaml = std::string(k_valid) + "    patern: 'x'\n";
  CHECK(load_error(yaml) ==
        "r.yaml:8:5: error: unknown key 'patern'; did you mean 'pattern'? [patern]");
  CHECK(load_error("rule: []\n").find("unknown key 'rule'") != std::string::npos);
}

TEST_CASE("wrong types, unknown kinds, categories, severities and scopes") {
  auto with = [](const std::string& from, const std::string& to) {
    std::string yaml = k_valid;
    yaml.replace(yaml.find(from), from.size(), to);
    return load_error(yaml);
  };
  CHECK(with("kind: pattern", "kind: patten")
            .find("r.yaml:3:11: error: unknown rule kind 'patten'") == 0);
  CHECK(with("category: garbled", "category: garbage").find("unknown category 'garbage'") !=
        std::string::npos);
  CHECK(with("severity: error", "severity: fatal").find("r.yaml:5:15: error: unknown severity") ==
        0);
  CHECK(with("severity: error", "severity: error\n    scope: page").find("unknown scope 'page'") !=
        std::string::npos);
  CHECK(
      with("severity: error", "severity: [error]").find("r.yaml:5:15: error: expected a string") ==
      0);
  CHECK(with("id: no-foo", "id: No_Foo").find("must be kebab-case") != std::string::npos);
  CHECK(with("message: \"found {match}\"", "message: \"found {nothing}\"")
            .find("unknown template variable '{nothing}'") != std::string::npos);
}

TEST_CASE("a regex that RE2 rejects fails with RE2's message") {
  std::string yaml = k_valid;
  yaml.replace(yaml.find("'foo+'"), 6, "'(?<=foo)'");
  std::string error = load_error(yaml);
  CHECK(error.find("r.yaml:7:14: error: invalid regex:") == 0);
  CHECK(error.find("[pattern]") != std::string::npos);
}

TEST_CASE("missing required keys and empty files") {
  CHECK(load_error("rules:\n  - id: x\n    kind: pattern\n")
            .find("missing required key 'category'") != std::string::npos);
  CHECK(load_error("").find("empty rule file") != std::string::npos);
  CHECK(load_error("rules: 3\n").find("expected a 'rules' list") != std::string::npos);
}

TEST_CASE("duplicate ids name both places") {
  std::string yaml =
      std::string(k_valid) + std::string(k_valid).substr(std::string("rules:\n").size());
  CHECK(load_error(yaml).find("duplicate rule id 'no-foo' (first defined at r.yaml:2)") !=
        std::string::npos);
}

TEST_CASE("examples are parsed and validated") {
  std::string yaml =
      std::string(k_valid) +
      "    examples:\n      - bad: 'foo'\n        findings: ['1:1']\n      - good: 'bar'\n";
  auto rules = load_rules_from_text(yaml, "r.yaml");
  REQUIRE(rules[0]->info().examples.size() == 2);
  CHECK(rules[0]->info().examples[0].findings[0] == std::make_pair<std::size_t, std::size_t>(1, 1));
  std::string bad = std::string(k_valid) + "    examples:\n      - bad: 'foo'\n";
  CHECK(load_error(bad).find("lists the findings it expects") != std::string::npos);
  std::string both =
      std::string(k_valid) + "    examples:\n      - bad: 'foo'\n        good: 'x'\n";
  CHECK(load_error(both).find("exactly one of 'bad' or 'good'") != std::string::npos);
  std::string location =
      std::string(k_valid) + "    examples:\n      - bad: 'foo'\n        findings: ['one']\n";
  CHECK(load_error(location).find("expected 'line:column'") != std::string::npos);
}

TEST_CASE("a typo in a required key is reported at the typo, with a did-you-mean") {
  std::string yaml = k_valid;
  yaml.replace(yaml.find("category:"), 9, "categroy:");
  CHECK(load_error(yaml) ==
        "r.yaml:4:5: error: unknown key 'categroy'; did you mean 'category'? [categroy]");
  std::string optional = std::string(k_valid) + "    sevrity: info\n";
  CHECK(load_error(optional) ==
        "r.yaml:8:5: error: unknown key 'sevrity'; did you mean 'severity'? [sevrity]");
}

TEST_CASE("every error of a file is reported in one run") {
  std::string yaml = std::string(k_valid) +
                     "  - id: second\n    kind: patten\n    category: garbled\n"
                     "    message: m\n    pattern: x\n"
                     "  - id: third\n    kind: pattern\n    category: garbage\n"
                     "    severity: fatal\n    message: m\n    pattern: x\n    colour: red\n";
  std::string error = load_error(yaml);
  CHECK(error.find("r.yaml:9:11: error: unknown rule kind 'patten'; did you mean 'pattern'?") !=
        std::string::npos);
  CHECK(error.find("r.yaml:15:15: error: unknown category 'garbage'") != std::string::npos);
  CHECK(error.find("r.yaml:16:15: error: unknown severity 'fatal'") != std::string::npos);
  CHECK(error.find("r.yaml:19:5: error: unknown key 'colour'") != std::string::npos);
  try {
    load_rules_from_text(yaml, "r.yaml", "test");
  } catch (const ConfigError& e) {
    CHECK(e.count() == 4);
  }
  // Unknown keys are all reported once the kind has read its own.
  std::string keys = std::string(k_valid) + "    colour: red\n    patern: y\n";
  std::string both = load_error(keys);
  CHECK(both.find("r.yaml:8:5: error: unknown key 'colour'") == 0);
  CHECK(both.find("\nr.yaml:9:5: error: unknown key 'patern'; did you mean 'pattern'?") !=
        std::string::npos);
  // A bad example does not hide the next one.
  std::string examples = std::string(k_valid) +
                         "    examples:\n      - bad: 'foo'\n      - good: 'x'\n"
                         "        findings: ['1:1']\n";
  std::string two = load_error(examples);
  CHECK(two.find("r.yaml:9:9: error: a bad example") == 0);
  CHECK(two.find("\nr.yaml:11:19: error: a good example has no findings") != std::string::npos);
}

TEST_CASE("a rule records the kind options it read, with their values") {
  auto rules = load_rules_from_text(std::string(k_valid) + "    fix_safe: false\n", "r.yaml");
  const auto& options = rules[0]->info().options;
  auto find = [&](const std::string& key) -> const docqc::rules::OptionSpec* {
    for (const auto& spec : options) {
      if (spec.key == key) {
        return &spec;
      }
    }
    return nullptr;
  };
  REQUIRE(find("pattern"));
  CHECK(find("pattern")->required);
  CHECK(find("pattern")->value == "foo+");
  REQUIRE(find("fix_safe"));
  CHECK(find("fix_safe")->type == docqc::rules::OptionType::boolean);
  CHECK(find("fix_safe")->fallback == "true");
  CHECK(find("fix_safe")->value == "false");
  CHECK(!find("id"));
  CHECK(!find("examples"));
  // A lean load (checking) records the same options without their values.
  auto lean = load_rules_from_text(std::string(k_valid) + "    fix_safe: false\n", "r.yaml", {},
                                   nullptr, docqc::rules::k_lean_load);
  const auto& lean_options = lean[0]->info().options;
  REQUIRE(lean_options.size() == options.size());
  for (std::size_t i = 0; i < options.size(); ++i) {
    CHECK(lean_options[i].key == options[i].key);
    CHECK(lean_options[i].type == options[i].type);
    CHECK(lean_options[i].fallback == options[i].fallback);
    CHECK(!lean_options[i].value);
  }
}

TEST_CASE("a lean load still validates the examples of a rule file") {
  std::string broken = std::string(k_valid) + "    examples:\n      - bad: foo\n";
  CHECK_THROWS_WITH_AS(
      load_rules_from_text(broken, "r.yaml", {}, nullptr, docqc::rules::k_lean_load),
      doctest::Contains("lists the findings it expects"), ConfigError);
}

TEST_CASE("the embedded default packs load") {
  auto rules = docqc::rules::load_default_rules();
  CHECK(rules.size() >= 10);
}

TEST_CASE("the lean load of the default packs is the full load without values and examples") {
  auto full = docqc::rules::load_default_rules();
  auto lean = docqc::rules::load_default_rules(nullptr, docqc::rules::k_lean_load);
  REQUIRE(lean.size() == full.size());
  for (std::size_t i = 0; i < full.size(); ++i) {
    const auto& a = full[i]->info();
    const auto& b = lean[i]->info();
    CAPTURE(a.id);
    CHECK(b.id == a.id);
    CHECK(b.source_file == a.source_file);
    CHECK(b.source_line == a.source_line);
    CHECK(b.message == a.message);
    CHECK(b.description == a.description);
    CHECK(b.severity == a.severity);
    CHECK(b.scope == a.scope);
    CHECK(b.paths == a.paths);
    CHECK(!a.examples.empty());
    CHECK(b.examples.empty());
    REQUIRE(b.options.size() == a.options.size());
    for (std::size_t k = 0; k < a.options.size(); ++k) {
      CHECK(b.options[k].key == a.options[k].key);
      CHECK(b.options[k].fallback == a.options[k].fallback);
      CHECK(!b.options[k].value);
    }
  }
}

TEST_SUITE_END();
