#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::ConfusableCharacterRule");

namespace {

using docqc::testing::Positions;

docqc::testing::Run check(const std::string& text, const std::string& options = "") {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::testing::load(R"(rules:
  - id: c
    kind: confusable-character
    category: garbled
    scope: document
    message: "{text}>{word} {char}>{replacement}"
)" + options));
  return docqc::testing::run(*keep.back().front(), text);
}

}  // namespace

TEST_CASE("a look-alike that breaks a common word is reported with an unsafe fix") {
  const std::string text = "他们己经完成了这项工作。";
  auto result = check(text);
  REQUIRE(result.findings.size() == 1);
  const auto& finding = result.findings[0];
  CHECK(finding.message == "己经>已经 己>已");
  CHECK(finding.offset == text.find("己"));
  CHECK(finding.length == 3);
  REQUIRE(finding.fix.has_value());
  CHECK(finding.fix->replacement == "已");
  CHECK_FALSE(finding.fix->safe);
  CHECK(result.positions() == Positions{{1, 3}});
}

TEST_CASE("the classic pairs") {
  CHECK(check("展望末来，充满信心。").findings.size() == 1);
  CHECK(check("本次候选人名单如下，侯选人共三名。").findings.size() == 1);
  CHECK(check("双方展开了激烈的辨论。").findings.size() == 1);
  CHECK(check("明天是星期曰。").findings.size() == 1);
  CHECK(check("土兵们在操场上训练。").findings.size() == 1);
}

TEST_CASE("a character inside a dictionary word is never reported") {
  CHECK(check("他自己经过那里，已经是晚上了。").findings.empty());
  CHECK(check("周末来我家吃饭，未来的事以后再说。").findings.empty());
  CHECK(check("太好了，大家都进入了会场。").findings.empty());
  // Numerals form compounds the dictionary does not list.
  CHECK(check("加强“双万计划”一流课程资源建设。").findings.empty());
}

TEST_CASE("a look-alike whose word would break a word of the text as written is not reported") {
  // 入数 -> 人数 would take 数 from 数据 (issue 10 clean set: fortunes-zh, 叠入数据).
  CHECK(check("表示原则：将知识叠入数据，以求逻辑质朴而健壮。").findings.empty());
  // A word inside the look-alike's word does not block it: 选人 lies inside 候选人.
  CHECK(check("本次侯选人共三名。").findings.size() == 1);
}

TEST_CASE("a hard-wrapped line does not cut a word, a space does") {
  // 用户邮件 wrapped after 邮: 邮 belongs to 邮件 on the next line.
  CHECK(check("内容来自 Debian 用户邮\n    件列表和其他资源。").findings.empty());
  auto wrapped = check("他们己\n经完成了这项工作。");
  REQUIRE(wrapped.findings.size() == 1);
  CHECK(wrapped.findings[0].length == 3);
  CHECK(check("他们己 经完成了这项工作。").findings.empty());
}

TEST_CASE("classical Chinese, where single characters are words, stays quiet") {
  CHECK(check("天下大事，必作于细。天下难事，必作于易。人而无信，不知其可也。大车无輗，小车无軏，"
              "其何以行之哉？")
            .findings.empty());
}

TEST_CASE("min_gain and max_word_cost are read") {
  CHECK(check("他们己经完成了这项工作。", "    min_gain: 60\n").findings.empty());
  CHECK(check("他们己经完成了这项工作。", "    min_gain: 8\n").findings.size() == 1);
  CHECK(check("他们己经完成了这项工作。", "    max_word_cost: 5\n").findings.empty());
  CHECK_THROWS(check("x", "    window: 0\n"));
  CHECK_THROWS(check("x", "    bogus: 1\n"));
}

TEST_CASE("offsets on CRLF text and after a BOM-free non-Han prefix") {
  const std::string text = "Linux 系统\r\n他们己经完成。";
  auto result = check(text);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].offset == text.find("己"));
  CHECK(result.positions() == Positions{{2, 3}});
}

TEST_SUITE_END();
