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

TEST_SUITE_END();
