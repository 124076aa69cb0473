#include "rules/yaml_document.h"

#include <doctest/doctest.h>

#include "rules/config_error.h"

using docqc::rules::load_yaml_document;

TEST_SUITE_BEGIN("rules::yaml_document");

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
