#include <doctest/doctest.h>

#include <string>

#include "kinds/han_lookalike.h"
#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::HanLookalikeRule");

namespace {

docqc::testing::Run check(const std::string& text, const std::string& options = "") {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::testing::load(R"(rules:
  - id: h
    kind: han-lookalike
    category: garbled
    scope: paragraph
    message: "{text}>{replacement} {code}"
)" + options));
  return docqc::testing::run(*keep.back().front(), text);
}

}  // namespace

TEST_CASE("ICU's look-alikes of Han characters") {
  const auto& map = docqc::kinds::HanLookalikeRule::icu_lookalikes();
  CHECK(map.at(U'エ') == U'工');
  CHECK(map.at(U'ロ') == U'口');
  CHECK(map.at(U'カ') == U'力');
  CHECK(map.at(U'0') == U'〇');
  CHECK(map.find(U'a') == map.end());
  CHECK(map.find(U'⼈') == map.end());  // a Kangxi radical: compatibility-ideograph's
}

TEST_CASE("a look-alike between Han characters, with an unsafe fix") {
  const std::string text = "加强エ作作风建设";
  auto result = check(text);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message == "エ>工 U+30A8");
  CHECK(result.findings[0].offset == text.find("エ"));
  REQUIRE(result.findings[0].fix.has_value());
  CHECK(result.findings[0].fix->replacement == "工");
  CHECK_FALSE(result.findings[0].fix->safe);
}

TEST_CASE("runs of look-alikes and numerals") {
  CHECK(check("今天エロ天气").findings.size() == 2);
  CHECK(check("二0二一年").findings.size() == 1);
  CHECK(check("二O二二年").findings.size() == 1);
  CHECK(check("第0章，2021年").findings.empty());
}

TEST_CASE("Japanese, Korean and technical text stay quiet") {
  CHECK(check("東京スカイツリーは高い。").findings.empty());
  CHECK(check("カメラの工作").findings.empty());
  CHECK(check("Linux 内核，CPU 占用，按 Shift 键，ロ").findings.empty());
  CHECK(check("한국어 ㅡ 문서 中ㅡ文 한국").findings.empty());
}

TEST_CASE("extra replaces the default additions") {
  CHECK(check("一ー二").findings.size() == 1);
  CHECK(check("一ー二", "    extra: {'ヘ': '乀'}\n").findings.empty());
  CHECK_THROWS(check("x", "    extra: {'ab': '工'}\n"));
}

TEST_SUITE_END();
