#include "cli/rule_doc.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "rules/loader.h"

TEST_SUITE_BEGIN("cli::rule_doc");

namespace {

const char* k_rules = R"(rules:
  - id: placeholder-xxx
    kind: pattern
    category: garbled
    severity: error
    message: "placeholder '{match}'"
    description: Someone typed XXX | where the text should be.
    pattern: 'X{3,}'
    fix: 'Y'
    fix_safe: false
    examples:
      - bad: "  缩进XXX\n第二行 ``` XXX"
        findings: ["1:5", "2:9"]
      - good: "a"
)";

}  // namespace

TEST_CASE("a rule's page: metadata, options with values, examples run now") {
  auto rules = docqc::rules::load_rules_from_text(k_rules, "mine/r.yaml");
  std::string page = docqc::cli::rule_page(*rules[0]);
  CHECK(page.find("# placeholder-xxx\n\nSomeone typed XXX | where the text should be.\n") == 0);
  CHECK(page.find("| kind | `pattern` |") != std::string::npos);
  CHECK(page.find("| severity | `error` |") != std::string::npos);
  CHECK(page.find("| defined in | `mine/r.yaml:2` |") != std::string::npos);
  CHECK(page.find("| `pattern` | string, required | `X{3,}` |  |") != std::string::npos);
  CHECK(page.find("| `fix_safe` | boolean | `false` | `true` |") != std::string::npos);
  // The example keeps its indentation, in a fence longer than its backtick run.
  CHECK(page.find("````text\n  缩进XXX\n第二行 ``` XXX\n````\n") != std::string::npos);
  CHECK(page.find("| 1:5 | `XXX` | placeholder 'XXX' | replace with `Y`, unsafe |") !=
        std::string::npos);
  CHECK(page.find("Fixed (`--fix --unsafe-fixes`):\n\n````text\n  缩进Y\n第二行 ``` Y\n````") !=
        std::string::npos);
  CHECK(page.find("### Good\n\n```text\na\n```\n\nNo findings.") != std::string::npos);
  CHECK(page == docqc::cli::rule_page(*rules[0]));  // deterministic
}

TEST_CASE("write_rule_docs writes every page and an index, and removes stale pages") {
  auto dir =
      std::filesystem::temp_directory_path() / ("docqc-rule-doc-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "gone-rule.md") << "old";
  auto rules = docqc::rules::load_rules_from_text(k_rules, "mine/r.yaml");
  docqc::rules::RuleInfo builtin;
  builtin.id = "invalid-bytes";
  builtin.description = "Bytes that are not valid. More text.";
  CHECK(docqc::cli::write_rule_docs(dir, {rules[0].get()}, {builtin}) == 2);
  CHECK(std::filesystem::exists(dir / "placeholder-xxx.md"));
  CHECK(std::filesystem::exists(dir / "invalid-bytes.md"));
  CHECK_FALSE(std::filesystem::exists(dir / "gone-rule.md"));
  std::ifstream index(dir / "README.md");
  std::string text((std::istreambuf_iterator<char>(index)), std::istreambuf_iterator<char>());
  CHECK(text.find("| [invalid-bytes](invalid-bytes.md) | encoding | warning | Bytes that are not "
                  "valid. |") != std::string::npos);
  CHECK(text.find("[placeholder-xxx](placeholder-xxx.md)") > text.find("[invalid-bytes]"));
  std::filesystem::remove_all(dir);
}

TEST_SUITE_END();
