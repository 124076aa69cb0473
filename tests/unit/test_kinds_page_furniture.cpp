#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::PageFurnitureRule");

namespace {

docqc::testing::Run check(const std::string& text, const std::string& options = "") {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::testing::load(R"(rules:
  - id: f
    kind: page-furniture
    category: boilerplate
    scope: document
    message: "{role}|{text}|{pages}"
    document_message: "{count}|{pages}"
)" + options));
  return docqc::testing::run(*keep.back().front(), text);
}

std::string three_pages(const std::string& eol = "\n") {
  std::string out;
  for (int p = 1; p <= 3; ++p) {
    static const char* const k_bodies[] = {"", "春季的正文，内容不同。", "夏季的正文，各有所述。",
                                           "秋季的正文，另有其事。"};
    out += std::string(p > 1 ? "\f" : "") + "滨海年鉴" + eol + k_bodies[p] + eol + "— " +
           std::to_string(p) + " —" + eol;
  }
  return out;
}

}  // namespace

TEST_CASE("each furniture line is one finding with a fix that deletes it") {
  auto result = check(three_pages());
  REQUIRE(result.findings.size() == 6);
  CHECK(result.findings[0].message == "running header|滨海年鉴|3");
  CHECK(result.findings[1].message == "page number|— 1 —|3");
  REQUIRE(result.findings[1].fix.has_value());
  CHECK_FALSE(result.findings[1].fix->safe);
  CHECK(result.findings[1].fix->replacement.empty());
  CHECK(result.positions() ==
        docqc::testing::Positions{{1, 1}, {3, 1}, {4, 1}, {6, 1}, {7, 1}, {9, 1}});
}

TEST_CASE("CRLF: the deletion takes the whole line break") {
  const std::string text = three_pages("\r\n");
  auto result = check(text);
  REQUIRE(result.findings.size() == 6);
  const auto& fix = *result.findings[1].fix;
  CHECK(text.substr(fix.offset, fix.length) == "— 1 —\r\n");
}

TEST_CASE("many lines: one document finding with every edit") {
  auto result = check(three_pages(), "    max_findings: 2\n");
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message == "6|3");
  CHECK(result.findings[0].extra_edits.size() == 5);
  CHECK(result.findings[0].related.size() == 5);
}

TEST_CASE("fix_safe makes the deletions safe") {
  auto result = check(three_pages(), "    fix_safe: true\n");
  REQUIRE_FALSE(result.findings.empty());
  CHECK(result.findings[0].fix->safe);
}

TEST_CASE("ordinary text and numbered lists stay quiet") {
  CHECK(check("第一条 总则。\n1\n第二条 范围。\n2\n第三条 附则。\n3\n").findings.empty());
  CHECK(check("一段没有分页的文字。\n").findings.empty());
}

TEST_SUITE_END();
