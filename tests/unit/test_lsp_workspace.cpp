#include "lsp/workspace.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <thread>

#include "lsp_test_support.h"

using docqc::lsp::Workspace;
using docqc::lsp::WorkspaceOptions;

TEST_SUITE_BEGIN("lsp::workspace");

namespace {

WorkspaceOptions options_for(const lsp_test::Project& project) {
  WorkspaceOptions options;
  options.rule_paths = {project.path("rules.yaml")};
  options.no_default_rules = true;
  return options;
}

std::vector<std::string> rules_of(const docqc::lsp::CheckResult& result) {
  std::vector<std::string> rules;
  for (const auto& finding : result.findings) {
    rules.push_back(finding.rule);
  }
  return rules;
}

}  // namespace

TEST_CASE("a document is checked with the rules and the nearest .docqc.yaml") {
  lsp_test::Project project("workspace");
  project.write("sub/.docqc.yaml", "ignore: [double-q]\n");
  Workspace workspace(options_for(project));
  auto top = workspace.check(project.path("a.txt"), "XXX QQ\n");
  CHECK(rules_of(top) == std::vector<std::string>{"placeholder-xxx", "double-q"});
  CHECK(top.findings[0].byte_offset == 0);
  REQUIRE(top.findings[0].fix);
  CHECK(top.findings[0].fix->replacement == "Y");
  auto sub = workspace.check(project.path("sub/b.txt"), "XXX QQ\n");
  CHECK(rules_of(sub) == std::vector<std::string>{"placeholder-xxx"});
  CHECK(sub.config_file == project.path("sub/.docqc.yaml"));
}

TEST_CASE("edits to the config are picked up without a restart; a broken one is reported") {
  lsp_test::Project project("reload");
  project.write(".docqc.yaml", "select: [double-q]\n");
  Workspace workspace(options_for(project));
  CHECK(rules_of(workspace.check(project.path("a.txt"), "XXX QQ")) ==
        std::vector<std::string>{"double-q"});
  // A different size, so the change shows even within one timestamp tick.
  project.write(".docqc.yaml", "select: [placeholder-xxx]\n");
  CHECK(rules_of(workspace.check(project.path("a.txt"), "XXX QQ")) ==
        std::vector<std::string>{"placeholder-xxx"});
  project.write(".docqc.yaml", "selct: [x]\n");
  auto broken = workspace.check(project.path("a.txt"), "XXX QQ");
  CHECK(broken.findings.empty());
  CHECK(broken.config_error.find(".docqc.yaml:1:1: error: unknown key 'selct'; did you mean "
                                 "'select'?") != std::string::npos);
}

TEST_CASE("Markdown directives, binary and oversized documents") {
  lsp_test::Project project("filters");
  WorkspaceOptions options = options_for(project);
  options.max_bytes = 100;
  Workspace workspace(options);
  auto markdown = workspace.check(project.path("a.md"),
                                  "XXX <!-- docqc-disable-line placeholder-xxx -->\nXXX\n");
  REQUIRE(markdown.findings.size() == 1);
  CHECK(markdown.findings[0].line == 2);
  auto binary = workspace.check(project.path("b.txt"), std::string("a\0b XXX", 7));
  CHECK(binary.findings.empty());
  CHECK(binary.skipped.find("binary") != std::string::npos);
  auto huge = workspace.check(project.path("c.txt"), std::string(200, 'X'));
  CHECK(huge.findings.empty());
  CHECK(huge.skipped.find("over the limit") != std::string::npos);
  CHECK(workspace.find_rule("double-q") != nullptr);
  CHECK(workspace.find_rule("nope") == nullptr);
}

TEST_CASE("edits to a --rules file and to a config's rules directory apply without a restart") {
  lsp_test::Project project("reload-rules");
  Workspace workspace(options_for(project));
  CHECK(rules_of(workspace.check(project.path("a.txt"), "XXX ZZ")) ==
        std::vector<std::string>{"placeholder-xxx"});
  // The author adds a rule to the --rules file (a different size: seen within one tick).
  std::string rules = lsp_test::rules_text();
  rules += R"(  - id: double-z
    kind: pattern
    category: garbled
    message: "double z"
    pattern: 'ZZ'
    examples:
      - bad: "ZZ"
        findings: ["1:1"]
      - good: "Z"
)";
  project.write("rules.yaml", rules);
  CHECK(rules_of(workspace.check(project.path("a.txt"), "XXX ZZ")) ==
        std::vector<std::string>{"placeholder-xxx", "double-z"});
  // A rules directory named by the config: a new file in it is seen too.
  project.write("p/.docqc.yaml", "rules: [more]\n");
  project.write("p/more/one.yaml", "rules: []\n");
  auto before = workspace.check(project.path("p/b.txt"), "WW");
  CHECK(before.config_error == "");
  CHECK(rules_of(before).empty());
  project.write("p/more/two.yaml", R"(rules:
  - id: double-w
    kind: pattern
    category: garbled
    message: "double w"
    pattern: 'WW'
    examples:
      - bad: "WW"
        findings: ["1:1"]
      - good: "W"
)");
  auto after = workspace.check(project.path("p/b.txt"), "WW");
  CHECK(after.config_error == "");
  CHECK(rules_of(after) == std::vector<std::string>{"double-w"});
}

TEST_CASE("check_cross_file compares the open texts of one config with each other") {
  lsp_test::Project project("workspace-cross");
  // The shared paragraph is 50 characters: over cross-file-duplicate's min_chars.
  const std::string shared =
      "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单并逐项整改销"
      "号。";
  const std::string a = "甲\n\n" + shared + "\n";
  const std::string b = "乙\n\n丙\n\n" + shared + "\n";
  WorkspaceOptions options;
  options.no_config = true;
  options.no_default_rules = false;
  Workspace workspace(options);
  // The editor's buffers, not the files (which do not exist).
  auto found = workspace.check_cross_file(
      {{project.path("a.txt"), a}, {project.path("b.txt"), b}, {project.path("c.txt"), "丁\n"}});
  REQUIRE(found.count(project.path("b.txt")) == 1);
  CHECK(found.count(project.path("a.txt")) == 0);  // the first copy, in path order
  const auto& findings = found[project.path("b.txt")];
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "cross-file-duplicate");
  CHECK(findings[0].line == 5);
  CHECK(findings[0].byte_offset == b.find(shared));
  REQUIRE(findings[0].related.size() == 1);
  CHECK(findings[0].related[0].file == project.path("a.txt"));
  CHECK(findings[0].related[0].line == 3);
  CHECK(findings[0].related[0].byte_offset == a.find(shared));
  // Nothing is remembered between passes: a alone finds nothing.
  CHECK(workspace.check_cross_file({{project.path("a.txt"), a}}).empty());
  // The single-file check does not run the rule.
  for (const auto& finding : workspace.check(project.path("b.txt"), b).findings) {
    CHECK(finding.rule != "cross-file-duplicate");
  }
}

TEST_CASE("check_cross_file: documents under different configs are not compared") {
  lsp_test::Project project("workspace-cross-configs");
  const std::string shared =
      "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单并逐项整改销"
      "号。";
  project.write("one/.docqc.yaml", "select: [duplicate]\n");
  project.write("two/.docqc.yaml", "select: [duplicate]\n");
  project.write("two/sub/.docqc.yaml", "ignore: [cross-file-duplicate]\n");
  Workspace workspace(WorkspaceOptions{});
  const std::string text = "甲\n\n" + shared + "\n";
  CHECK(
      workspace
          .check_cross_file({{project.path("one/a.txt"), text}, {project.path("two/b.txt"), text}})
          .empty());
  CHECK(
      workspace
          .check_cross_file({{project.path("two/b.txt"), text}, {project.path("two/c.txt"), text}})
          .size() == 1);
  // A config that ignores the rule: its documents get no findings (the filter applies).
  CHECK(workspace
            .check_cross_file(
                {{project.path("two/sub/b.txt"), text}, {project.path("two/sub/c.txt"), text}})
            .empty());
}

TEST_SUITE_END();
