#include "kinds/duplicate.h"

#include <doctest/doctest.h>

#include "kinds_test_support.h"
#include "rules/config_error.h"

using docqc::testing::default_rule;
using docqc::testing::load;
using docqc::testing::Positions;
using docqc::testing::run;

TEST_SUITE_BEGIN("kinds::DuplicateRule");

namespace {

std::string rule_yaml(const std::string& detect, const std::string& extra = {}) {
  return R"(
rules:
  - id: dup
    kind: duplicate
    category: duplicate
    severity: warning
    scope: document
    message: "line {line} chars {chars} similarity {similarity} count {count} end {end_line} file {file}"
    description: test
    detect: )" +
         detect + "\n" + extra;
}

const char* const k_article =
    "第三条 区人民政府应当按照每百户不低于三十平方米的标准配置社区综合服务设施。";

}  // namespace

TEST_CASE("exact duplicates after normalization are reported at the later copy") {
  auto rules = load(rule_yaml("paragraph"));
  const std::string text =
      std::string(k_article) + "\n\n第四条 本条例自2024年3月1日起施行。\n\n" +
      "第三条 区人民政府应当按照每百户不低于三十平方米的标准, 配置社区综合服务设施。\n";
  auto with_comma = run(*rules[0], text);
  CHECK(with_comma.findings.empty());  // an inserted comma is a different paragraph
  const std::string copy =
      std::string(k_article) + "\n\n第四条 本条例自2024年3月1日起施行。\n\n" +
      "第三条\u3000区人民政府应当按照每百户不低于 三十平方米的标准配置社区综合服务设施。\n";
  auto result = run(*rules[0], copy);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.located[0].line == 5);
  CHECK(result.located[0].message.find("line 1 chars 37") == 0);
  REQUIRE(result.located[0].related.size() == 1);
  CHECK(result.located[0].related[0].line == 1);
  REQUIRE(result.findings[0].fix);
  CHECK_FALSE(result.findings[0].fix->safe);
}

TEST_CASE("short paragraphs and allowed lines are not duplicates") {
  auto rules = load(rule_yaml("paragraph", "    allow: ['^序号\\t']\n"));
  CHECK(run(*rules[0], "第一章 总则\n\n第一章 总则\n").findings.empty());
  CHECK(run(*rules[0], "序号\t工作任务名称\t责任单位名称\n\n序号\t工作任务名称\t责任单位名称\n")
            .findings.empty());
  auto rule = default_rule("duplicate-paragraph");
  CHECK(run(*rule,
            "各区人民政府，市政府各委、办、局，各有关单位：\n\n"
            "各区人民政府，市政府各委、办、局，各有关单位：\n")
            .findings.empty());
  CHECK(run(*rule, "1.2.4. 控制新建文件的权限：umask\n\n1.2.4. 控制新建文件的权限：umask\n")
            .findings.empty());
}

TEST_CASE("a short copy is reported with a copied neighbour, a numbered one alone") {
  auto rules = load(rule_yaml(
      "paragraph", "    alone_chars: 60\n    unique: ['^第[一二三四五六七八九十]+条']\n"));
  const std::string a = "请申请人携带本人身份证原件和复印件前往办理窗口。";
  const std::string b = "窗口办理时间为每个工作日的上午九点到下午五点。";
  // alone: a formula repeated by design
  CHECK(run(*rules[0], a + "\n\n其他事项另行通知。\n\n" + a + "\n").findings.empty());
  // with its neighbour: a block pasted again
  const auto pasted =
      run(*rules[0], a + "\n\n" + b + "\n\n其他事项另行通知。\n\n" + a + "\n\n" + b + "\n");
  CHECK(pasted.positions() == Positions{{7, 1}, {9, 1}});
  // a numbered unit never repeats by design
  CHECK(run(*rules[0], "第三条 " + a + "\n\n其他事项另行通知。\n\n第三条 " + a + "\n")
            .findings.size() == 1);
  // long enough on its own
  const std::string long_text = a + b + a;
  CHECK(
      run(*rules[0], long_text + "\n\n其他事项另行通知。\n\n" + long_text + "\n").findings.size() ==
      1);
}

TEST_CASE("a refrain inside a stanza of a blank-line separated text is not a pasted copy") {
  auto rules = load(rule_yaml("paragraph", "    alone_chars: 20\n"));
  const std::string refrain = "知我者谓我心忧，不知我者谓我何求。悠悠苍天，此何人哉！";
  const std::string text =
      "彼黍离离，彼稷之苗。\n" + refrain + "\n\n彼黍离离，彼稷之穗。\n" + refrain + "\n";
  CHECK(run(*rules[0], text).findings.empty());
  // the same lines as paragraphs of their own are copies
  const std::string apart =
      "彼黍离离，彼稷之苗。\n\n" + refrain + "\n\n彼黍离离，彼稷之穗。\n\n" + refrain + "\n";
  CHECK(run(*rules[0], apart).findings.size() == 1);
}

TEST_CASE("resplit: two lines of one block in a wrapped text are no split") {
  auto rules = load(rule_yaml("resplit"));
  const std::string wrapped =
      "读书破万卷，\n下笔如有神。\n\n子曰：学而时习之，不亦说乎，\n有朋自远方来，不亦乐乎？\n\n"
      "子曰：学而时习之，不亦说乎，有朋自远方来，不亦乐乎？\n";
  CHECK(run(*rules[0], wrapped).findings.empty());
  const std::string split =
      "子曰：学而时习之，不亦说乎，\n\n有朋自远方来，不亦乐乎？\n\n其他。\n\n"
      "子曰：学而时习之，不亦说乎，有朋自远方来，不亦乐乎？\n";
  CHECK(run(*rules[0], split).findings.size() == 1);
}

TEST_CASE("repeated lines: allowed lines do not count towards a run") {
  auto rules = load(rule_yaml("lines", "    allow: ['^[A-Za-z+]+$']\n    min_chars: 10\n"));
  const std::string keys = "Ctrl+Shift\n\nCtrl+Shift\n\nCmd+Shift\n\n";
  CHECK(run(*rules[0], keys + "选择全部\n\n" + keys + "取消选择\n").findings.empty());
  const std::string mixed = "联系人王明\n\n电话号码\n\nCtrl\n\n";
  CHECK(run(*rules[0], mixed + "正文。\n\n" + mixed + "结束。\n").findings.empty());  // two count
  const std::string three = "联系人王明\n\n电话号码\n\n通讯地址\n\n";
  CHECK(run(*rules[0], three + "正文。\n\n" + three + "结束。\n").findings.size() == 1);
}

TEST_CASE("near duplicates carry their similarity") {
  auto rules = load(rule_yaml("near", "    min_chars: 20\n"));
  const std::string text =
      "第四条 "
      "社区综合服务设施应当优先用于养老托育、便民服务、文化体育等公益性服务，不得改变用途或者出租牟"
      "利。\n\n"
      "第五条 本条例自2024年3月1日起施行。\n\n"
      "第四条 "
      "社区综合服务设施应当优先用于养老托育、便民服务、文化体育等公益性服务，不得擅自改变用途或者出"
      "租牟利。\n";
  auto result = run(*rules[0], text);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.located[0].line == 5);
  CHECK(result.located[0].message.find("similarity 0.81") != std::string::npos);
  // exact copies are left to `paragraph`
  const std::string exact = std::string(k_article) + "\n\n" + k_article + "\n";
  CHECK(run(*rules[0], exact).findings.empty());
}

TEST_CASE("a paragraph re-split in two, either way round") {
  auto rules = load(rule_yaml("resplit"));
  const std::string whole = "各供热单位要在11月1日前完成管网注水和设备调试，确保按时供热。";
  const std::string split = "各供热单位要在11月1日前完成管网注水\n\n和设备调试，确保按时供热。";
  auto later_split = run(*rules[0], whole + "\n\n其他事项另行通知。\n\n" + split + "\n");
  CHECK(later_split.positions() == Positions{{5, 1}});
  CHECK(later_split.located[0].end_line == 7);
  auto later_whole = run(*rules[0], split + "\n\n其他事项另行通知。\n\n" + whole + "\n");
  CHECK(later_whole.positions() == Positions{{7, 1}});
  CHECK(later_whole.located[0].message.find("end 3") != std::string::npos);
  CHECK(run(*rules[0], split + "\n\n其他事项另行通知。\n").findings.empty());
}

TEST_CASE("a repeated run of short lines") {
  auto rules = load(rule_yaml("lines"));
  const std::string block = "联系人：王明\n联系电话：022-23456789\n通讯地址：滨海市河东路18号\n";
  auto result = run(*rules[0], block + "\n正文内容。\n\n" + block);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.located[0].line == 7);
  CHECK(result.located[0].end_line == 9);
  CHECK(result.located[0].message.find("count 3 end 3") != std::string::npos);
  // two lines are not a run; runs of long paragraphs are `paragraph`'s
  CHECK(run(*rules[0],
            "联系人：王明\n联系电话：022-23456789\n\n正文。\n\n联系人：王明\n联系电话：022-"
            "23456789\n")
            .findings.empty());
}

TEST_CASE("option errors") {
  CHECK_THROWS_WITH_AS(load(rule_yaml("everything")), doctest::Contains("unknown check"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(rule_yaml("near", "    threshold: 2\n")),
                       doctest::Contains("threshold"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(rule_yaml("paragraph", "    allow: ['(']\n")),
                       doctest::Contains("[allow]"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(rule_yaml("paragraph", "    shingle: 3\n")),
                       doctest::Contains("shingle"), docqc::rules::ConfigError);
}

TEST_SUITE_END();
