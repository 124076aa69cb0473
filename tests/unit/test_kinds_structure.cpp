#include "kinds/structure.h"

#include <doctest/doctest.h>

#include "fix/apply_fixes.h"
#include "kinds_test_support.h"
#include "rules/config_error.h"

using docqc::testing::default_rule;
using docqc::testing::load;
using docqc::testing::Positions;
using docqc::testing::run;

TEST_SUITE_BEGIN("kinds::StructureRule");

namespace {

const char* const k_minimal = R"(
rules:
  - id: broken
    kind: structure
    detect: broken-paragraph
    category: structure
    severity: warning
    scope: document
    message: "'{tail}' | '{head}' | {line}"
    description: test
)";

std::string joined(const docqc::rules::Rule& rule, const std::string& text) {
  auto result = run(rule, text);
  return docqc::fix::apply_fixes(text, result.findings, true).text;
}

}  // namespace

TEST_CASE("a paragraph cut by a page break is reported with a fix that joins it") {
  auto rules = load(k_minimal);
  const std::string text =
      "第二条 市公安机关负责居住登记工作，市人力资源和社会保障部门按照各自职责做好相关工作，市人\n"
      "\n"
      "社局负责居住证积分管理工作。\n";
  auto result = run(*rules[0], text);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.located[0].line == 1);
  CHECK(result.located[0].message == "'市人' | '社局负责居住证积分管' | 3");
  REQUIRE(result.findings[0].fix);
  CHECK(result.findings[0].fix->replacement.empty());
  CHECK(joined(*rules[0], text) ==
        "第二条 市公安机关负责居住登记工作，市人力资源和社会保障部门按照各自职责做好相关工作，"
        "市人社局负责居住证积分管理工作。\n");
}

TEST_CASE("the fix converges: joining again changes nothing") {
  auto rule = default_rule("broken-paragraph");
  const std::string text = "根据国家有关规定进行\n\n核定。\n\n第二章 附则\n";
  const std::string once = joined(*rule, text);
  CHECK(once == "根据国家有关规定进行核定。\n\n第二章 附则\n");
  CHECK(joined(*rule, once) == once);
}

TEST_CASE("a paragraph that ends a sentence is not broken") {
  auto rules = load(k_minimal);
  CHECK(run(*rules[0], "第一条 为了规范管理，制定本办法。\n\n第二条 本办法适用于本市。\n")
            .findings.empty());
  CHECK(run(*rules[0], "各区人民政府：\n\n现将有关事项通知如下。\n").findings.empty());
  CHECK(run(*rules[0], "（市教委、市人社局负责）\n\n健全工作机制。\n").findings.empty());
}

TEST_CASE("evidence: comma, fragment, word across the break") {
  auto rules = load(k_minimal);
  // a title-like first half needs strong evidence
  CHECK(run(*rules[0], "天津市职业教育条例\n\n本市鼓励职业学校开展社会培训。\n").findings.empty());
  auto word = run(*rules[0], "市人民政府应当制定职业学校生均经\n\n费标准或者公用经费标准。\n");
  REQUIRE(word.findings.size() == 1);
  CHECK_FALSE(word.findings[0].fix->safe);  // joining paragraphs is never safe
  auto fragment =
      run(*rules[0], "第十八条 居住证持有人住址发生变动\n\n的，应当自变动之日起七日内办理。\n");
  REQUIRE(fragment.findings.size() == 1);
  CHECK_FALSE(fragment.findings[0].fix->safe);
  auto comma = run(*rules[0], "本市加强职业教育和普通教育的统筹，\n\n推进职普融通。\n");
  CHECK(comma.findings.size() == 1);
  // prose on both sides without strong evidence: reported, the fix unsafe as always
  auto weak = run(*rules[0],
                  "市和区人民政府应当加强领导，健全工作协调机制，统筹协调改革发展\n\n重大问题，组织"
                  "开展督导评估。\n");
  REQUIRE(weak.findings.size() == 1);
  CHECK_FALSE(weak.findings[0].fix->safe);
}

// Regression (issue 10): 同志们， then a blank line opens a speech.
TEST_CASE("salutation_is_not_a_broken_paragraph") {
  auto rules = load(k_minimal);
  CHECK(run(*rules[0], "同志们，\n\n今天我们召开全市经济工作会议，部署明年任务。\n")
            .findings.empty());
  CHECK(run(*rules[0], "各位代表，\n\n现在，我代表市人民政府作工作报告。\n").findings.empty());
  // Verse: one short clause a line.
  CHECK(run(*rules[0], "曾记否，\n\n到中流击水，\n\n浪遏飞舟？\n").findings.empty());
  // A longer first half ending with a comma is still cut mid-sentence.
  CHECK(run(*rules[0], "本市加强职业教育和普通教育的统筹，\n\n推进职普融通。\n").findings.size() ==
        1);
}

// Regression (issue 10): a heading directly followed by its paragraph.
TEST_CASE("heading_followed_by_its_paragraph_is_not_broken") {
  auto rules = load(k_minimal);
  CHECK(run(*rules[0], "安装、升级和删除软件包\n\n软件包管理工具负责安装软件包。\n")
            .findings.empty());
  // 软件安装 | 包管理 makes the word 安装包 across the join: not evidence after a heading.
  CHECK(run(*rules[0], "软件安装\n\n包管理工具负责安装、升级和删除软件包。\n").findings.empty());
  // A fragment after a heading-length line is still a break.
  CHECK(run(*rules[0], "居住证工本费收费标准由市发展\n\n核定。\n").findings.size() == 1);
}

TEST_CASE("a sentence adverb after a short label is not a fragment") {
  auto rules = load(k_minimal);
  CHECK(run(*rules[0], "注意\n\n或者，你可以使用其他命令。\n").findings.empty());
}

TEST_CASE("hard-wrapped text is one paragraph, not a series of breaks") {
  auto rule = default_rule("broken-paragraph");
  const std::string text =
      "    软件包管理工具负责安装、升级和删除软件包，并记录软件包之间的依\n"
      "    赖关系。系统管理员通常使用命令行工具完成这些操作，也可以使用图\n"
      "    形界面的前端程序。\n";
  CHECK(run(*rule, text).findings.empty());
  // a narrow column: lines of equal width
  const std::string column =
      "职业教育是国民教育体系\n和人力资源开发的重要组\n成部分，是培养多样化人\n才的重要途径。\n";
  CHECK(run(*rule, column).findings.empty());
}

TEST_CASE("a short line followed by a long continuation inside a block is a break") {
  auto rule = default_rule("broken-paragraph");
  const std::string text =
      "加强源头治理，完善以社区为基础的预防\n"
      "拐卖人口犯罪网络，实施网格化管理，构建多部门协同、社会广泛参与的群防群治工作体系，"
      "切实提高预防工作的针对性和有效性。\n";
  CHECK(run(*rule, text).positions() == Positions{{1, 9}});
}

TEST_CASE("structures that end without punctuation by design") {
  auto rule = default_rule("broken-paragraph");
  CHECK(run(*rule, "第一章 总则\n\n第一条 为了规范管理，制定本办法。\n").findings.empty());
  CHECK(run(*rule, "第五条 申请应当提交下列材料：\n\n（一）居民身份证\n\n（二）住所证明\n")
            .findings.empty());
  CHECK(run(*rule, "（一）数通全域，夯实智能互联新基建\n\n推动人工智能等新型基础设施建设。\n")
            .findings.empty());
  CHECK(run(*rule, "目录\n\n第一章 总则\t(1)\n第二章 登记\t(3)\n").findings.empty());
  CHECK(run(*rule, "序号\t事项\t办理时限\n1\t居住登记\t即时办结\n").findings.empty());
  CHECK(run(*rule, "| 事项 | 收费 |\n| 首次申领 | 免费 |\n").findings.empty());
  CHECK(run(*rule, "滨海市人民政府办公厅\n\n2023年12月20日\n").findings.empty());
  CHECK(run(*rule, "天津市人民政府关于印发居住证管理办法的通知\n\n津政规〔2021〕6号\n")
            .findings.empty());
  CHECK(run(*rule,
            "      * 运行时产生的配置文件，它将忽略安装的配置文件\n\n    "
            "他们的相互依赖关系通过单元文件描述。\n")
            .findings.empty());
  CHECK(run(*rule, "    $ apt-get update\n\n    现在，软件包列表已经更新。\n").findings.empty());
  CHECK(run(*rule, "……实现金融资源的精准滴灌。 文津轩\n\n深化交流对接，拓宽合作领域。\n")
            .findings.empty());
  CHECK(run(*rule, "本文链接：http://example.com/1.html\n\n本文关键词：天津市\n").findings.empty());
}

TEST_CASE("spliced content after the end of a document") {
  auto rule = default_rule("spliced-content");
  const std::string text =
      "第一条 为了促进公共图书馆事业发展，制定本条例。\n\n"
      "第六十条 本条例自2024年1月1日起施行。\n\n"
      "“知产”变资产，银行创新解决科创企业融资难题\n\n"
      "眼下正值春耕备耕关键时期，城郊各镇农户抢抓农时，翻地、育苗、施肥，田间地头一片繁忙景象。\n";
  auto result = run(*rule, text);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.located[0].line == 5);
  CHECK(result.located[0].end_line == 7);
  REQUIRE(result.located[0].related.size() == 1);
  CHECK(result.located[0].related[0].line == 3);
  CHECK(result.located[0].message.find("2 paragraphs") != std::string::npos);
}

TEST_CASE("what may follow the end: signature, date, attachments, another document") {
  auto rule = default_rule("spliced-content");
  CHECK(run(*rule, "第二条 本办法自2024年6月1日起施行。\n\n滨海市人民政府\n\n2024年5月20日\n")
            .findings.empty());
  const std::string gazette =
      "第四十七条 本办法自2022年1月1日起施行。\n\n"
      "教育部 天津市人民政府关于深化产教城融合的意见\n\n"
      "津政发〔2021〕1号\n\n"
      "教育部各司局；天津市各区人民政府：\n\n"
      "职业教育与经济社会发展、与就业和民生有着密切的关系，必须高度重视、大力发展。\n";
  CHECK(run(*rule, gazette).findings.empty());
  // too little text after the end to call it spliced
  CHECK(run(*rule, "第二条 本办法自2024年6月1日起施行。\n\n完\n").findings.empty());
}

TEST_CASE("hard-wrapped text: a newline after a comma is a line break, not a cut paragraph") {
  auto rule = default_rule("broken-paragraph");
  const std::string sayings =
      "为善而欲自高于人，施恩而欲得其回报，\n读书而欲求速成，作文而欲求奇巧，\n"
      "此皆心浮气躁之病，最宜戒除。\n    -- 无名氏\n";
  CHECK(run(*rule, sayings).findings.empty());
  // CRLF line ends
  std::string crlf;
  for (const char c : sayings) {
    if (c == '\n') {
      crlf.push_back('\r');
    }
    crlf.push_back(c);
  }
  CHECK(run(*rule, crlf).findings.empty());
  // the same document with a blank line inside a sentence is still reported
  const std::string cut =
      "第一条 本办法适用于本市行政区域内的居住登记和居住证管理工作，市人力资源部门\n\n"
      "负责积分管理。\n\n第二条 本办法自发布之日起施行。\n";
  CHECK(run(*rule, cut).findings.size() == 1);
}

TEST_CASE("items of a flattened list or table end without punctuation like their neighbours") {
  auto rule = default_rule("broken-paragraph");
  // N is the next item
  CHECK(
      run(*rule,
          "整机模拟，比如通过元软件包安装的各种模拟器\n\n处理器层面的虚拟化，加上少量外设的模拟\n")
          .findings.empty());
  // P follows an item or a term
  CHECK(run(*rule,
            "密码的最短使用天数\n\n密码失效前的天数，在此期间用户会被警告\n\n如果忘记了密码，可以重"
            "置。\n")
            .findings.empty());
  // an item may end with a bracket; a paragraph ends with a sentence mark or a colon
  CHECK(run(*rule,
            "它还集成了以下工具：\n\n电气规则检查，用于自动发现缺失的连接\n\n"
            "以多种格式导出图纸（PDF，SVG）\n")
            .findings.empty());
  CHECK(run(*rule,
            "它还集成了以下工具：\n\n电气规则检查，用于自动发现缺失的连接\n\n"
            "以多种格式导出图纸。\n")
            .findings.size() == 1);
  // a closed fragment after the join still shows a cut
  const auto cut = run(*rule,
                       "密码的最短使用天数\n\n居住证工本费收费标准由市发展改革部门、市财政部门根据"
                       "国家有关规定进行\n\n"
                       "核定。\n");
  CHECK(cut.positions() == Positions{{3, 25}});
  // a paragraph of several lines before P is prose, not an item
  const std::string prose =
      "当一个计算机打开电源，启动管理器是启动流程的第一阶段，它检查启动配置并基于\n"
      "启动配置的设置，执行特定的操作系统引导加载程序或操作系统内核\n\n"
      "启动配置通过变量存储在 NVRAM，变量\n\n括指示操作系统引导加载程序的文件系统路径的变量。\n";
  CHECK(run(*rule, prose).findings.size() == 1);
  // the second half of a cut is no item: the next cut is still found
  const std::string twice =
      "为进一步提升本市反对拐卖人口工作质效，有效预防、依法打击拐卖人口犯罪，积极救\n\n"
      "助、妥善安置被拐卖受害人，促进被拐卖受害人身心康复，切实保障公民\n\n"
      "合法权益，根据有关规定，制定本方案。\n";
  CHECK(run(*rule, twice).findings.size() == 2);
}

TEST_CASE("option errors name the key") {
  const std::string base = R"(
rules:
  - id: broken
    kind: structure
    category: structure
    severity: warning
    message: m
    description: d
)";
  CHECK_THROWS_WITH_AS(load(base + "    scope: line\n    detect: broken-paragraph\n"),
                       doctest::Contains("[scope]"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(base + "    scope: document\n    detect: nonsense\n"),
                       doctest::Contains("unknown check"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(
      load(base + "    scope: document\n    detect: broken-paragraph\n    block: ['(']\n"),
      doctest::Contains("[block]"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(base + "    scope: document\n    detect: spliced-content\n"),
                       doctest::Contains("[end]"), docqc::rules::ConfigError);
  std::string bad_message = base;
  bad_message.replace(bad_message.find("message: m"), 10, "message: '{nope}'");
  CHECK_THROWS_WITH_AS(load(bad_message + "    scope: document\n    detect: broken-paragraph\n"),
                       doctest::Contains("[message]"), docqc::rules::ConfigError);
}

TEST_SUITE_END();
