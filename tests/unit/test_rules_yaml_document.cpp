#include "rules/yaml_document.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rules/config_error.h"
#include "rules/embedded_files.h"

using docqc::rules::load_yaml_document;

TEST_SUITE_BEGIN("rules::yaml_document");

namespace {

// The YAML of `node` with every mapping entry `key` removed, for comparing trees.
std::string without(YAML::Node node, const std::string& key) {
  YAML::Node copy = YAML::Clone(node);
  std::vector<YAML::Node> todo{copy};
  while (!todo.empty()) {
    YAML::Node next = todo.back();
    todo.pop_back();
    if (next.IsMap()) {
      next.remove(key);
      for (auto entry : next) {
        todo.push_back(entry.second);
      }
    } else if (next.IsSequence()) {
      for (auto item : next) {
        todo.push_back(item);
      }
    }
  }
  return YAML::Dump(copy);
}

}  // namespace

TEST_CASE("blank_block_entries: the entry's lines become empty, everything else stays") {
  const std::string yaml =
      "rules:\n"
      "  - id: a\n"
      "    description: |\n"
      "      examples:\n"
      "        kept, a block scalar's text\n"
      "    examples:  # comment\n"
      "      - bad: |\n"
      "          x\n"
      "\n"
      "# a comment inside\n"
      "        findings: ['1:1']\n"
      "      - good: y\r\n"
      "    message: m\n"
      "  - examples:\n"
      "      - good: z\n"
      "    id: b\n"
      "  - id: c\n"
      "    examples: [inline]\n"
      "  - id: d\n"
      "    other:\n"
      "    - 1\n"
      "    examples:\n"
      "    - same indent\n"
      "    - items\n"
      "    last: 2";
  const std::string blanked = docqc::rules::blank_block_entries(yaml, "examples");
  CHECK(std::count(blanked.begin(), blanked.end(), '\n') ==
        std::count(yaml.begin(), yaml.end(), '\n'));
  YAML::Node lean = YAML::Load(blanked);
  YAML::Node full = YAML::Load(yaml);
  CHECK(lean["rules"][0]["description"].as<std::string>() ==
        "examples:\n  kept, a block scalar's text\n");
  CHECK(!lean["rules"][0]["examples"]);
  CHECK(lean["rules"][0]["message"].Mark().line == full["rules"][0]["message"].Mark().line);
  CHECK(lean["rules"][0]["message"].Mark().column == full["rules"][0]["message"].Mark().column);
  CHECK(lean["rules"][1]["examples"]);  // `- examples:` starts an item: left alone
  CHECK(lean["rules"][1]["examples"].size() == 1);
  CHECK(lean["rules"][2]["examples"].size() == 1);  // a value on the key's line: left alone
  CHECK(!lean["rules"][3]["examples"]);
  CHECK(lean["rules"][3]["other"].size() == 1);
  CHECK(lean["rules"][3]["last"].as<int>() == 2);
  // Apart from the entries removed the trees are equal.
  CHECK(YAML::Dump(lean) != YAML::Dump(full));
  CHECK(without(lean, "examples") == without(full, "examples"));
  CHECK(docqc::rules::blank_block_entries("", "examples").empty());
  CHECK(docqc::rules::blank_block_entries("examples:", "examples").empty());
}

TEST_CASE("blank_block_entries on every embedded pack removes exactly its examples") {
  for (const auto& file : docqc::rules::embedded_files()) {
    if (!file.path.ends_with(".yaml")) {
      continue;
    }
    CAPTURE(file.path);
    YAML::Node full = YAML::Load(std::string(file.content));
    YAML::Node lean = YAML::Load(docqc::rules::blank_block_entries(file.content, "examples"));
    CHECK(without(lean, "examples") == without(full, "examples"));
    for (std::size_t i = 0; i < full["rules"].size(); ++i) {
      CHECK(!lean["rules"][i]["examples"]);
      CHECK(lean["rules"][i].Mark().line == full["rules"][i].Mark().line);
    }
  }
}

TEST_CASE("regression_rule_file_invalid_utf8: the first bad byte is located") {
  CHECK_THROWS_WITH_AS(load_yaml_document("a: 1\nb: \"中\xff\"\n", "r.yaml"),
                       doctest::Contains("r.yaml:2:6: error: not valid UTF-8"),
                       docqc::rules::ConfigError);
  CHECK(docqc::rules::invalid_utf8_offset("ok 中文") == std::string_view::npos);
  CHECK(docqc::rules::invalid_utf8_offset("\xed\xa0\x80") == 0);  // a surrogate
  CHECK(docqc::rules::invalid_utf8_offset("ab\xc0\xaf") == 2);    // an overlong '/'
}

TEST_CASE("regression_rule_file_multi_document: a second document is an error where it starts") {
  CHECK_THROWS_WITH_AS(load_yaml_document("a: 1\n---\nb: 2\n", "r.yaml"),
                       doctest::Contains("r.yaml:2:1: error: a second YAML document"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load_yaml_document("# c\n---\na: 1\n---\n", "r.yaml"),
                       doctest::Contains("r.yaml:4:1: error: a second YAML document"),
                       docqc::rules::ConfigError);
  auto node = load_yaml_document("---\na: '---'\n", "r.yaml");
  CHECK(node["a"].as<std::string>() == "---");
  CHECK(load_yaml_document("", "r.yaml").IsNull());
}

TEST_CASE("input on which yaml-cpp's LoadAll never returns loads at once (fuzz_config)") {
  // ",r" made YAML::LoadAll allocate null documents until memory ran out (10 GB in a minute).
  CHECK(load_yaml_document(",r", ".docqc.yaml").IsNull());
  CHECK(load_yaml_document(std::string(62, ',') + "r", ".docqc.yaml").IsNull());
  CHECK_THROWS_WITH_AS(load_yaml_document("a: 1\n...\nb: 2\n", "r.yaml"),
                       doctest::Contains("r.yaml:2:1: error: a second YAML document"),
                       docqc::rules::ConfigError);
  CHECK(load_yaml_document("a: 1\n...\n# end\n", "r.yaml")["a"].as<int>() == 1);
}

TEST_CASE("yaml-cpp errors keep their mark") {
  CHECK_THROWS_WITH_AS(load_yaml_document("a: [1\n", "r.yaml"), doctest::Contains("r.yaml:2:1:"),
                       docqc::rules::ConfigError);
}

TEST_SUITE_END();
