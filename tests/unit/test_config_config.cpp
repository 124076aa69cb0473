#include "config/config.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "rules/config_error.h"

using docqc::Category;
using docqc::Severity;

TEST_SUITE_BEGIN("config::Config");

TEST_CASE("a full config parses, and per-path overrides apply to matching files") {
  auto config = docqc::config::parse_config(R"(packs: [common]
rules: [more-rules/]
select: [encoding, punctuation, numbering]
ignore: [space-between-cjk]
severity: {doubled-punctuation: error, numbering: info}
exclude: ["archive/**"]
fail-on: warning
options:
  doubled-punctuation: {max: 3}
overrides:
  - paths: ["laws/*.txt"]
    ignore: [numbering]
    severity: {doubled-punctuation: info}
)",
                                            "proj/.docqc.yaml");
  REQUIRE(config.packs.has_value());
  CHECK(config.packs->at(0).value == "common");
  CHECK(config.rules == std::vector<std::string>{"proj/more-rules/"});
  CHECK(config.fail_on == "warning");
  CHECK(config.options.count("doubled-punctuation") == 1);

  auto plain = docqc::config::settings_for(config, "proj/notes/a.txt");
  CHECK_FALSE(plain.excluded);
  CHECK(docqc::config::enabled(plain, "doubled-punctuation", Category::punctuation));
  CHECK_FALSE(docqc::config::enabled(plain, "space-between-cjk", Category::spacing));
  CHECK_FALSE(docqc::config::enabled(plain, "mojibake", Category::garbled));
  CHECK(docqc::config::effective_severity(plain, "doubled-punctuation", Category::punctuation,
                                          Severity::warning) == Severity::error);
  CHECK(docqc::config::effective_severity(plain, "numbering-gap", Category::numbering,
                                          Severity::warning) == Severity::info);

  auto law = docqc::config::settings_for(config, "proj/laws/b.txt");
  CHECK_FALSE(docqc::config::enabled(law, "numbering-gap", Category::numbering));
  CHECK(docqc::config::effective_severity(law, "doubled-punctuation", Category::punctuation,
                                          Severity::warning) == Severity::info);

  CHECK(docqc::config::settings_for(config, "proj/archive/old/c.txt").excluded);
  CHECK_FALSE(docqc::config::settings_for(config, "elsewhere/archive/c.txt").excluded);
}

TEST_CASE("unknown keys and wrong types are errors with line and column") {
  using docqc::config::parse_config;
  CHECK_THROWS_WITH_AS(parse_config("select: [encoding]\nignroe: [x]\n", ".docqc.yaml"),
                       doctest::Contains(".docqc.yaml:2:1: error: unknown key 'ignroe'"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(parse_config("severity: {doubled-punctuation: fatal}\n", ".docqc.yaml"),
                       doctest::Contains(".docqc.yaml:1:33: error: unknown severity 'fatal'"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(parse_config("overrides:\n  - ignore: [x]\n", ".docqc.yaml"),
                       doctest::Contains(".docqc.yaml:2:5: error: an override needs 'paths'"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(parse_config("overrides:\n  - paths: [a]\n    selct: [x]\n", ".docqc.yaml"),
                       doctest::Contains(".docqc.yaml:3:5: error: unknown key 'selct'"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(parse_config("select: {a: b}\n", ".docqc.yaml"),
                       doctest::Contains(".docqc.yaml:1:9: error: expected a list"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(parse_config("select: [a\n", ".docqc.yaml"),
                       doctest::Contains(".docqc.yaml:"), docqc::rules::ConfigError);
}

TEST_CASE("validate rejects unknown packs, rule ids and categories where they stand") {
  auto config = docqc::config::parse_config("ignore:\n  - encoding\n  - no-such-rule\n", "c.yaml");
  CHECK_THROWS_WITH_AS(docqc::config::validate(config, {"common"}, {"a-rule"}),
                       doctest::Contains("c.yaml:3:5: error: unknown rule id or category "
                                         "'no-such-rule'"),
                       docqc::rules::ConfigError);
  auto packs = docqc::config::parse_config("packs: [comon]\n", "c.yaml");
  CHECK_THROWS_WITH_AS(docqc::config::validate(packs, {"common", "zh-gov"}, {}),
                       doctest::Contains("c.yaml:1:9: error: unknown pack 'comon'"),
                       docqc::rules::ConfigError);
}

TEST_CASE("validate reports every unknown name, with a did-you-mean") {
  auto config = docqc::config::parse_config(
      "packs: [comon]\nignore: [doubled-punctuaton]\nseverity: {spaceing: info}\n", "c.yaml");
  try {
    docqc::config::validate(config, {"common", "zh-gov"}, {"doubled-punctuation"});
    FAIL("validate accepted unknown names");
  } catch (const docqc::rules::ConfigError& error) {
    CHECK(error.count() == 3);
    std::string text = error.what();
    CHECK(text.find("c.yaml:1:9: error: unknown pack 'comon'; did you mean 'common'?") == 0);
    CHECK(text.find("\nc.yaml:2:10: error: unknown rule id or category 'doubled-punctuaton'; "
                    "did you mean 'doubled-punctuation'?") != std::string::npos);
    CHECK(text.find("\nc.yaml:3:12: error: unknown rule id or category 'spaceing'; did you "
                    "mean 'spacing'?") != std::string::npos);
  }
}

TEST_CASE("every unknown key of a config is reported, each with a did-you-mean") {
  try {
    docqc::config::parse_config("selct: [a]\nignroe: [b]\ncolour: red\n", ".docqc.yaml");
    FAIL("parse_config accepted unknown keys");
  } catch (const docqc::rules::ConfigError& error) {
    CHECK(error.count() == 3);
    std::string text = error.what();
    CHECK(text.find(".docqc.yaml:1:1: error: unknown key 'selct'; did you mean 'select'?") == 0);
    CHECK(text.find(".docqc.yaml:2:1: error: unknown key 'ignroe'; did you mean 'ignore'?") !=
          std::string::npos);
    CHECK(text.find(".docqc.yaml:3:1: error: unknown key 'colour' in .docqc.yaml") !=
          std::string::npos);
  }
}

TEST_CASE("the starter file parses and changes nothing") {
  auto config = docqc::config::parse_config(docqc::config::starter_config(), ".docqc.yaml");
  CHECK_FALSE(config.packs.has_value());
  CHECK(config.select.empty());
}

TEST_CASE("regression_config_rules_outside_tree: rule paths must stay in the config's tree") {
  CHECK_THROWS_WITH_AS(docqc::config::parse_config("rules: [/etc/evil.yaml]\n", "p/.docqc.yaml"),
                       doctest::Contains("p/.docqc.yaml:1:9: error: rule path '/etc/evil.yaml' "
                                         "is absolute"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(
      docqc::config::parse_config("rules:\n  - ok/\n  - ../../evil.yaml\n", "p/.docqc.yaml"),
      doctest::Contains("p/.docqc.yaml:3:5: error: rule path '../../evil.yaml' leaves"),
      docqc::rules::ConfigError);
  auto config = docqc::config::parse_config("root: true\nrules: [a/../b.yaml]\n", "p/.docqc.yaml");
  CHECK(config.is_root);
  CHECK(config.rules == std::vector<std::string>{"p/b.yaml"});
}

TEST_CASE("regression_config_discovery_above_repository: the search stops at the repo root") {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() /
             ("docqc-config-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  fs::create_directories(dir / "repo/.git");
  fs::create_directories(dir / "repo/docs");
  std::ofstream(dir / ".docqc.yaml") << "select: [encoding]\n";
  CHECK_FALSE(docqc::config::find_config(dir / "repo/docs").has_value());
  fs::create_directories(dir / "plain/docs");
  auto found = docqc::config::find_config(dir / "plain/docs");
  REQUIRE(found.has_value());
  CHECK(*found == dir / ".docqc.yaml");
  if (::geteuid() == 0 && ::chown((dir / ".docqc.yaml").c_str(), 65534, 65534) == 0) {
    std::vector<std::string> notes;
    CHECK_FALSE(docqc::config::find_config(dir / "plain/docs", &notes).has_value());
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].find("belongs to another user") != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_SUITE_END();
