#include "engine/engine.h"

#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

using docqc::testing::Positions;

TEST_SUITE_BEGIN("engine::Engine");

namespace {

// Line rules whose triggers use both anchors, and one without: the chunk scan (the set in
// multi-line mode over chunks of lines, engine/unit_scan.h) must find every line the
// per-line scan finds.
const char* const k_rules = R"(
rules:
  - id: starts
    kind: pattern
    category: structure
    message: "m"
    pattern: '^第'
  - id: ends
    kind: pattern
    category: structure
    message: "m"
    pattern: '。$'
  - id: anywhere
    kind: pattern
    category: structure
    message: "m"
    pattern: 'x'
  - id: whole
    kind: pattern
    category: structure
    message: "m"
    pattern: '^z$'
)";

Positions check(const std::string& text) {
  auto rules = docqc::testing::load(k_rules);
  std::vector<const docqc::rules::Rule*> pointers;
  for (const auto& rule : rules) {
    pointers.push_back(rule.get());
  }
  docqc::engine::Engine engine(pointers);
  docqc::doc::Document document("t.txt", text);
  nlohmann::json facts = nlohmann::json::object();
  auto located = docqc::engine::locate(document, engine.check(document, facts));
  Positions out;
  for (const auto& finding : located) {
    out.emplace_back(finding.line, finding.column);
  }
  return out;
}

// Forty lines of filler with matches at the given lines (1-based).
std::string text_with(const char* eol) {
  std::string text;
  for (int line = 1; line <= 40; ++line) {
    if (line == 1 || line == 17) {
      text += "第一条 规定";
    } else if (line == 16 || line == 33) {
      text += "一句话。";
    } else if (line == 20) {
      text += "中x文";
    } else if (line == 40) {
      text += "z";
    } else if (line == 25) {
      text += "中第。中";  // neither anchor holds inside a line
    } else {
      text += "普通的一行文字";
    }
    text += eol;
  }
  return text;
}

}  // namespace

TEST_CASE("anchored and unanchored triggers find the same lines with LF, CRLF and CR") {
  const Positions expected = {{1, 1}, {16, 4}, {17, 1}, {20, 2}, {33, 4}, {40, 1}};
  CHECK(check(text_with("\n")) == expected);
  CHECK(check(text_with("\r\n")) == expected);
  CHECK(check(text_with("\r")) == expected);
}

TEST_CASE("lines longer than a chunk, and a text without any match") {
  CHECK(check(std::string(100, 'a') + "\n" + std::string(5000, 'b') + "\n").empty());
  std::string text = std::string(3000, 'a') + "\n" + std::string(9000, 'b') + "x\nz\n";
  CHECK(check(text) == Positions{{2, 9001}, {3, 1}});
}

TEST_CASE("an empty document has no finding") {
  CHECK(check("").empty());
}

TEST_CASE("a paragraph trigger finds its paragraphs, anchored or not") {
  const char* const rules_yaml = R"(
rules:
  - id: para-start
    kind: pattern
    category: structure
    scope: paragraph
    message: "m"
    pattern: '^乙'
  - id: para-any
    kind: pattern
    category: structure
    scope: paragraph
    message: "m"
    pattern: '丙'
)";
  auto rules = docqc::testing::load(rules_yaml);
  std::vector<const docqc::rules::Rule*> pointers;
  for (const auto& rule : rules) {
    pointers.push_back(rule.get());
  }
  docqc::engine::Engine engine(pointers);
  // The first block is one paragraph per line (not hard-wrapped); 乙 starts paragraphs 2 and 4.
  docqc::doc::Document document("t.txt", "甲\n乙丙\n\n丁乙\n乙\n");
  nlohmann::json facts = nlohmann::json::object();
  auto located = docqc::engine::locate(document, engine.check(document, facts));
  Positions out;
  for (const auto& finding : located) {
    out.emplace_back(finding.line, finding.column);
  }
  CHECK(out == Positions{{2, 1}, {2, 2}, {5, 1}});
}

TEST_SUITE_END();
