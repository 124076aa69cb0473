#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::KeywordLineRule");

namespace {

std::vector<docqc::Finding> run(const std::string& text, const std::string& extra = "") {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::rules::load_rules_from_text(R"(rules:
  - id: k
    kind: keyword-line
    category: boilerplate
    message: "{keywords}|{count}|{reason}"
    keywords: '百家乐|六合彩|时时彩|老虎机|彩金|黄片|日赚千元'
    evidence: ['(?i)https?://|www\.', '(?i)(?:qq|微信)[：:]?\s*[a-z0-9_-]{5,}']
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

TEST_CASE("a keyword string is spam by density; one finding per line") {
  const std::string text = "正文。\n  百家乐_六合彩_时时彩  \n";
  auto findings = run(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "百家乐、六合彩、时时彩|3|keywords are 82% of the line");
  CHECK(findings[0].offset == text.find("百家乐"));
  CHECK(findings[0].length == std::string("百家乐_六合彩_时时彩").size());
  CHECK_FALSE(findings[0].fix.has_value());
}

TEST_CASE("a keyword beside a web address or contact handle is spam") {
  auto findings = run("六合彩资料 www.example.cc");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "六合彩|1|a web address or contact on the line");
  CHECK(run("加微信：abc12345 领彩金").size() == 1);
}

// Regression (issue 10): the words in sentences that are not spam.
TEST_CASE("police_notice_jewellery_ad_court_report_stay_quiet") {
  CHECK(run("近期，我市发现部分不法分子利用六合彩、时时彩、老虎机等形式组织赌博。公安机关将依法"
            "严厉打击。")
            .empty());
  CHECK(run("本店新到一批彩金首饰，款式新颖，欢迎选购。").empty());
  CHECK(run("被告人张某以牟利为目的，通过网络传播黄片二百余部，其行为已构成传播淫秽物品牟利罪。")
            .empty());
}

TEST_CASE("options: min_keywords, min_density; scope must be line") {
  CHECK(run("彩金", "    min_keywords: 1\n").size() == 1);
  CHECK(run("百家乐_六合彩", "    min_density: 1.0\n").empty());
  CHECK_THROWS_WITH(run("x", "    scope: paragraph\n"), doctest::Contains("scope: line"));
}

TEST_SUITE_END();
