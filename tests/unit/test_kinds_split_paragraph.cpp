#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::SplitParagraphRule");

namespace {

docqc::testing::Run check(const std::string& text) {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::testing::load(R"(rules:
  - id: s
    kind: split-paragraph
    category: structure
    scope: document
    message: "{tail}|{head}|{line}|{between}"
    new_paragraph: ['^（[一二三]）']
    block: ['^\d+(?:\.\d+)+\s']
)"));
  return docqc::testing::run(*keep.back().front(), text);
}

// Three pages with header and page number; `end1` ends page 1, `start2` starts page 2.
std::string pages(const std::string& end1, const std::string& start2, bool layout = false) {
  const std::string gap = layout ? "\n\n\n" : "\n";
  return "滨海年鉴" + gap + "第一页的正文开始了，" + end1 + gap + "- 1 -\n\f滨海年鉴" + gap +
         start2 + "第二页其余的内容。" + gap + "- 2 -\n\f滨海年鉴" + gap + "第三页。" + gap +
         "- 3 -\n";
}

}  // namespace

TEST_CASE("a sentence across a page break is joined over the furniture") {
  const std::string text = pages("经济保持了", "稳定增长，");
  auto result = check(text);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message ==
        "始了，经济保持了|稳定增长，第二页|5|a page break and 2 furniture lines");
  const auto& fix = *result.findings[0].fix;
  CHECK_FALSE(fix.safe);
  CHECK(fix.replacement.empty());
  CHECK(text.substr(fix.offset, fix.length) == "\n- 1 -\n\f滨海年鉴\n");
}

TEST_CASE("pdftotext -layout blank lines between the halves") {
  auto result = check(pages("经济保持了", "稳定增长，", true));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message.find("|11|") != std::string::npos);
}

TEST_CASE("closed sentences, list items, headings and titles stay apart") {
  CHECK(check(pages("经济保持了增长。", "另起一段，")).findings.empty());
  CHECK(check(pages("经济保持了", "（一）列表项，")).findings.empty());
  CHECK(check(pages("经济保持了", "Chapter 2 ")).findings.empty());
  CHECK(check("滨海年鉴\n2.1 本章的小节标题\n- 1 -\n\f滨海年鉴\n正文。\n- 2 -\n\f滨海年鉴\n三。\n- "
              "3 -\n")
            .findings.empty());
  CHECK(check("滨海年鉴\n短标题\n- 1 -\n\f滨海年鉴\n正文。\n- 2 -\n\f滨海年鉴\n三。\n- 3 -\n")
            .findings.empty());
}

TEST_CASE("no pages, no finding") {
  CHECK(check("第一段没有结束\n\n第二段接着写。").findings.empty());
}

TEST_SUITE_END();
