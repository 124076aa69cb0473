#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rules/config_error.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::PairRule");

namespace {

std::vector<docqc::Finding> run(const std::string& text, const std::string& extra = "") {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::rules::load_rules_from_text(R"(rules:
  - id: p
    kind: pair
    category: punctuation
    scope: paragraph
    message: "{text}|{expected}|{reason}"
)" + extra,
                                                    "r.yaml"));
  std::vector<const docqc::rules::Rule*> rules;
  for (const auto& rule : keep.back()) {
    rules.push_back(rule.get());
  }
  docqc::engine::Engine engine(rules);
  docqc::doc::Document document("t.txt", text);
  nlohmann::json facts;
  return engine.check(document, facts);
}

}  // namespace

TEST_CASE("matched and nested pairs are fine") {
  CHECK(run("（一）见《关于（试行）的通知》“引文‘内’”【注】「甲『乙』」〔2022〕(a[b])").empty());
}

TEST_CASE("unmatched openers and closers") {
  auto findings = run("见《通知（试行）。");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "《|》|has no matching '》' after it in this paragraph");
  findings = run("会议通过)");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == ")|(|has no matching '(' before it in this paragraph");
  // Crossing pairs: the inner opener is left open.
  findings = run("（甲《乙）丙》");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "《|》|is left open: '）' closes first");
  CHECK(findings[1].message == "》|《|has no matching '《' before it in this paragraph");
}

TEST_CASE("a closer of the other width is fixed") {
  auto findings = run("实施办法（试行)");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == ")|）|closes '（'; use '）'");
  REQUIRE(findings[0].fix.has_value());
  CHECK(findings[0].fix->replacement == "）");
}

TEST_CASE("apostrophes, quoted brackets and list markers") {
  CHECK(run("I don’t know, the students’ books").empty());
  CHECK(run("使用“[”或“test”命令").empty());
  CHECK(run("1) 第一项\n a) 第二项\n一）第三项\n（二）第四项").empty());
  CHECK(run("第一项1)").size() == 1);
}

TEST_CASE("paragraphs are checked apart") {
  CHECK(run("（市卫生健康\n\n委负责）").size() == 2);
}

TEST_CASE("the pairs option") {
  CHECK(run("《通知", "    pairs: ['()']\n").empty());
  CHECK(run("(通知", "    pairs: ['()']\n").size() == 1);
  bool failed = false;
  try {
    run("x", "    pairs: ['(']\n");
  } catch (const docqc::rules::ConfigError& error) {
    failed = std::string(error.what()).find("not two different characters") != std::string::npos;
  }
  CHECK(failed);
}

TEST_CASE("report: one pairing, three defects") {
  const std::string all = "    report: [unmatched, mixed-width, swapped]\n";
  // a swapped quotation is one finding with both edits, never two unmatched marks
  auto swapped = run("他说”好“。", all);
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].message.find("wrong way round") != std::string::npos);
  REQUIRE(swapped[0].fix.has_value());
  CHECK(swapped[0].fix->replacement == "“");
  REQUIRE(swapped[0].extra_edits.size() == 1);
  CHECK(swapped[0].extra_edits[0].replacement == "”");
  CHECK(run("他说”好“。", "    report: [unmatched]\n").empty());
  // curly and straight halves pair up as a mixed pair
  auto mixed = run("留出了“contrib\" 以及 “non-free\" 目录", all);
  REQUIRE(mixed.size() == 2);
  CHECK(mixed[0].length == 1);
  CHECK(run("在 \"/etc/” 下", "    report: [mixed-width]\n").size() == 1);
  CHECK(run("在 \"/etc/” 下", "    report: [unmatched]\n").empty());
  // straight quotes inside a curly quotation pair among themselves
  CHECK(run("他说“运行 \"ls\" 命令”。", all).empty());
  // a closer typed as an opener stays unmatched
  CHECK(run("“甲”或“乙“", "    report: [unmatched]\n").size() == 2);
  bool failed = false;
  try {
    run("x", "    report: [swaped]\n");
  } catch (const docqc::rules::ConfigError& error) {
    failed = std::string(error.what()).find("unknown defect 'swaped'") != std::string::npos;
  }
  CHECK(failed);
}

TEST_SUITE_END();
