#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rules/config_error.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::NumberingRule");

namespace {

using docqc::Finding;

struct Result {
  std::vector<Finding> findings;
  nlohmann::json facts;
  // "id@line:col" for each finding (id without the "numbering-" prefix), in output order,
  // separated by spaces.
  std::string brief;
};

const docqc::rules::RuleList& zh_gov_rules() {
  static const docqc::rules::RuleList rules =
      docqc::rules::load_rules_from_path(DOCQC_SOURCE_DIR "/rules/zh-gov/numbering.yaml");
  return rules;
}

Result run_rules(const docqc::rules::RuleList& list, const std::string& text) {
  std::vector<const docqc::rules::Rule*> rules;
  for (const auto& rule : list) {
    rules.push_back(rule.get());
  }
  docqc::engine::Engine engine(rules);
  docqc::doc::Document document("t.txt", text);
  Result result;
  result.findings = engine.check(document, result.facts);
  for (const Finding& f : result.findings) {
    const auto position = document.lines().position(f.offset);
    std::string id = f.rule;
    if (id.starts_with("numbering-")) {
      id.erase(0, std::string("numbering-").size());
    }
    result.brief += (result.brief.empty() ? "" : " ") + id + "@" + std::to_string(position.line) +
                    ":" + std::to_string(position.column);
  }
  return result;
}

Result run(const std::string& text) {
  return run_rules(zh_gov_rules(), text);
}

docqc::rules::RuleList load(const std::string& yaml) {
  return docqc::rules::load_rules_from_text(yaml, "n.yaml");
}

const char* k_latin_outline = R"(rules:
  - id: list-skip
    kind: numbering
    category: numbering
    scope: document
    message: "{found} after {previous}, expected {expected}"
    defect: skip
    outline:
      levels:
        - name: item
          marker: '(?P<num>[a-zA-Z]{1,4})\)'
          numerals: [roman_ascii_lower, latin_lower]
)";

}  // namespace

TEST_CASE("skip: the finding stands on the item after the gap and names what is missing") {
  Result r = run("第十条 甲。\n第十二条 乙。\n第十三条 丙。\n");
  // Starting at 第十条 is a defect of its own.
  CHECK(r.brief == "missing-start@1:1 skip@2:1");
  REQUIRE(r.findings.size() == 2);
  const Finding& f = r.findings[1];
  CHECK(f.message == "第十二条 follows 第十条: missing 第十一条 (expected 第十一条)");
  CHECK(f.severity == docqc::Severity::warning);
  CHECK(f.category == docqc::Category::numbering);
  CHECK(f.length == std::string("第十二条").size());
  REQUIRE(f.related.size() == 1);
  CHECK(f.related[0].offset == 0);
  CHECK(f.related[0].message == "previous item of the list: 第十条");

  Result wide = run("第十条 甲。\n第十五条 乙。\n");
  REQUIRE(wide.findings.size() == 2);
  CHECK(wide.findings[1].message.find("第十一条…第十四条") != std::string::npos);
}

TEST_CASE("large and compound numerals: 第二百零三条, （十一）, 廿一") {
  CHECK(run("第一条 甲。\n第二百零二条 乙。\n第二百零三条 丙。\n第二百零五条 丁。").brief ==
        "skip@2:1 skip@4:1");
  CHECK(run("（九）甲。\n（十）乙。\n（十一）丙。\n（十二）丁。").brief == "missing-start@1:1");
  CHECK(run("第二十条 甲。\n第廿一条 乙。\n第二十二条 丙。").brief == "missing-start@1:1");
}

TEST_CASE("repeat, and a backward slip that the next item ignores, report once") {
  CHECK(run("第四条 甲。\n第五条 乙。\n第五条 丙。\n第六条 丁。").brief ==
        "missing-start@1:1 repeat@3:1");
  CHECK(run("第九条 甲。\n第十条 乙。\n第八条 丙。\n第十一条 丁。\n第十二条 戊。").brief ==
        "missing-start@1:1 out-of-order@3:1");
}

TEST_CASE("a backward step that the following items confirm splits the sequence") {
  Result r = run("（一）甲。\n（二）乙。\n（三）丙。\n（二）丁。\n（三）戊。\n（四）己。");
  CHECK(r.brief == "out-of-order@4:1");
  const auto& outline = r.facts["outline"];
  REQUIRE(outline.size() == 2);
  CHECK(outline[0]["count"] == 3);
  CHECK(outline[1]["first"] == "（二）");
  CHECK(outline[1]["count"] == 3);
}

TEST_CASE("missing start: strong markers always, weak ones only as real lists") {
  CHECK(run("第三章 附则\n第二十条 甲。\n第二十一条 乙。").brief ==
        "missing-start@1:1 missing-start@2:1");
  CHECK(run("3. 甲。\n正文。").brief.empty());
  CHECK(run("3. 甲。\n4. 乙。").brief == "missing-start@1:1");
}

TEST_CASE("a new parent allows a restart or a continuation, nothing else") {
  CHECK(run("一、甲\n（一）子。\n（二）丑。\n二、乙\n（一）寅。\n（二）卯。").brief.empty());
  CHECK(run("一、甲\n（一）子。\n（二）丑。\n二、乙\n（三）寅。\n（四）卯。").brief.empty());
  Result r = run("一、甲\n（一）子。\n（二）丑。\n二、乙\n（五）寅。");
  CHECK(r.brief == "skip@5:1");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message.find("expected （三） or （一）") != std::string::npos);
  // 条 is not reset by 章: articles number through the whole law.
  CHECK(run("第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 附则\n第一条 丙。\n第二条 丁。").brief ==
        "unexpected-restart@5:1");
}

TEST_CASE("regression: a document that inverts the configured hierarchy (1. above （一）)") {
  CHECK(
      run("一、要求\n1. 甲\n（一）子。\n（二）丑。\n2. 乙\n（一）寅。\n（二）卯。").brief.empty());
  // Items nested inside the list do not excuse a restart of the list itself.
  CHECK(run("第一条 甲：\n（一）子；\n（二）丑。\n第二条 乙。\n第一条 丙。").brief ==
        "unexpected-restart@5:1");
}

TEST_CASE("mixed style: the minority marker gets a fix to the majority style") {
  Result r = run("（一）甲。\n(二)乙。\n（三）丙。");
  REQUIRE(r.brief == "mixed-style@2:1");
  const Finding& f = r.findings[0];
  CHECK(f.severity == docqc::Severity::warning);
  REQUIRE(f.fix.has_value());
  CHECK(f.fix->replacement == "（二）");
  CHECK(f.fix->offset == f.offset);
  CHECK(f.fix->length == f.length);
  CHECK(run("1. 甲。\n2、乙。\n3. 丙。\n4. 丁。").brief == "mixed-style@2:1");
  CHECK(run("１. 甲。\n2. 乙。\n3. 丙。").brief == "mixed-style@1:1");
}

TEST_CASE("trap: a table of contents and its body are separate sequences") {
  const std::string toc = "目录\n\n第一章 总则\n第二章 管理\n第三章 附则\n\n";
  const std::string body =
      "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 管理\n第二条 乙。\n第三章 附则\n"
      "第三条 本办法自公布之日起施行。\n";
  Result r = run(toc + body);
  CHECK(r.brief.empty());
  const auto& outline = r.facts["outline"];
  REQUIRE(outline.size() == 3);
  CHECK(outline[0]["toc"] == true);
  CHECK(outline[0]["count"] == 3);
  CHECK(outline[1]["toc"] == false);
  // Page numbers and dot leaders do not belong to the title.
  CHECK(run("目 录\n第一章 总则 ……………… 1\n第二章 管理\t3\n第三章 附则 .......5\n\n" + body)
            .brief.empty());
  // Without a 目录 line: a run of headings that the body numbers again.
  CHECK(run("第一章 总则\n第二章 管理\n第三章 附则\n\n" + body).brief.empty());
  // ... even with a page header between the entries.
  CHECK(run("第一章 总则\n第二章 管理\n天津市人民政府公报\n第三章 附则\n\n" + body).brief.empty());
  // But headings with running text between them are a body, and numbering them again is
  // a restart.
  CHECK(run("第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。\n" + body).brief ==
        "unexpected-restart@5:1 unexpected-restart@6:1");
}

TEST_CASE("TOC and body disagree: entries on one side only, or different titles") {
  const std::string toc = "目录\n第一章 总则\n第二章 管理\n第三章 附则\n\n";
  Result r = run(toc + "第一章 总则\n第一条 甲。\n第三章 附则\n第二条 乙。\n");
  CHECK(r.brief == "toc-only@3:1 skip@8:1");
  CHECK(run(toc + "第一章 总则\n第一条 甲。\n第二章 管理\n第二条 乙。\n第三章 附则\n第三条 丙。\n"
                  "第四章 其他\n第四条 丁。")
            .brief == "toc-missing@12:1");
  Result t = run(toc + "第一章 总则\n第一条 甲。\n第二章 监督管理\n第二条 乙。\n第三章 附则\n");
  REQUIRE(t.brief == "toc-title-mismatch@8:1");
  CHECK(t.findings[0].message ==
        "第二章 is titled “监督管理” in the body but “管理” in the table of contents");
  REQUIRE(t.findings[0].related.size() == 1);
  CHECK(t.findings[0].related[0].message == "the table of contents lists 第二章 管理");
}

TEST_CASE("trap: a file with several documents and attachments restarts every level") {
  const std::string gazette =
      "天津市居住证管理办法\n\n第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 附则\n第三条 丙。\n\n"
      "天津市人民政府\n2021 年 12 月 30 日\n\n"
      "天津市人民政府关于深化产教融合的意见\n\n津政发〔2021〕1 号\n\n"
      "一、总体要求\n（一）指导思想。\n（二）基本原则。\n二、主要措施\n（三）加强领导。\n\n"
      "附件:1. 教育部支持政策清单\n2. 天津市工作任务清单\n\n"
      "附件 1\n\n教育部支持政策清单\n\n序号\t政策内容\n1\t指导天津市开展改革。\n"
      "2\t支持试点。\n\n附件 2\n\n一、工作任务\n（一）甲。\n（二）乙。\n";
  CHECK(run(gazette).brief.empty());
  // A second regulation without any break is a restart.
  CHECK(run("第一条 甲。\n第二条 乙。\n第一条 丙。\n第二条 丁。").brief ==
        "unexpected-restart@3:1");
  // A title repeated inside the body (web scrapes do that) breaks nothing.
  CHECK(run("第十二条 甲。\n\n天津市职业教育条例\n\n第十三条 乙。\n第十四条 丙。").brief ==
        "missing-start@1:1");
}

TEST_CASE("trap: numbers inside running text are not markers") {
  CHECK(run("第一条 依照本法第十条规定，第十条第二款所列情形除外。\n"
            "第二条 自2024年1月1日起施行，见第3期。\n"
            "第十条规定的情形，应当在 5 日内报告。\n"
            "第三条 丙。")
            .brief.empty());
}

TEST_CASE("trap: tables, dates, phone numbers and amounts at a line start") {
  CHECK(run("1. 甲。\n2. 乙。\n序号\t名称\t金额\n1\t办公用品\t100.00\n| 3 | 设备 | 200 |\n"
            "┌──┐\n3. 丙。\n4. 丁。")
            .brief.empty());
  // Columns aligned with spaces.
  CHECK(
      run("1. 甲。\n2. 乙。\n序号  项目名称    金额\n5.    海河隧道    35\n6.    地铁        120\n"
          "3. 丙。")
          .brief.empty());
  CHECK(run("2024年1月1日\n022-23456789\n1.5 倍调控线基础上。\n3 日 市长主持会议。\n"
            "100.00元\n5、6月份开展检查。\n一、二级医院。")
            .brief.empty());
}

TEST_CASE("inline items after a colon or a sentence end") {
  Result r = run("第一条 有下列情形之一的：（一）甲；（二）乙；（四）丙。");
  CHECK(r.brief == "skip@1:24");
  CHECK(run("第一条 有下列情形之一的：（一）甲；（二）乙；（三）丙。").brief.empty());
}

TEST_CASE("regression: articles merged onto one line by lost line breaks") {
  CHECK(run("第一条 甲。第二条 乙。\n第三条 丙。").brief.empty());
  CHECK(run("第一条 甲。第三条 乙。\n第四条 丙。").brief == "skip@1:7");
  // A sentence that starts with a cross-reference is not an article.
  CHECK(run("第一条 甲。第十条规定的情形除外。\n第二条 丙。").brief.empty());
}

TEST_CASE("regression: a cross-reference wrapped onto a new line is not an item") {
  CHECK(run("第一条 有下列情形之一的，依照前款\n（二）项规定处理：\n（一）甲；\n（二）乙。")
            .brief.empty());
  CHECK(run("一、总体要求\n（一）项目管理。\n（二）项目建设。").brief.empty());
}

TEST_CASE("Markdown bullets and indentation before a marker") {
  CHECK(run("- (一)甲；\n- (二)乙；\n  (三)丙。\n　　(四)丁。").brief.empty());
}

TEST_CASE("decimal headings") {
  CHECK(run("1.1 范围\n1.2 术语\n2.1 要求\n2.2 方法").brief.empty());
  CHECK(run("1.1 范围\n1.2 术语\n1.4 要求").brief == "skip@3:1");
  Result r = run("1.1 范围\n1.2 术语\n2.3 要求\n2.4 方法");
  REQUIRE(r.brief == "missing-start@3:1");
  CHECK(r.findings[0].message == "the 1.1 sequence starts at 2.3; expected 2.1");
}

TEST_CASE("line endings: LF, CRLF and CR give the same findings") {
  const std::string expected = "missing-start@1:1 skip@2:1";
  CHECK(run("第十条 甲。\n第十二条 乙。\n").brief == expected);
  CHECK(run("第十条 甲。\r\n第十二条 乙。\r\n").brief == expected);
  CHECK(run("第十条 甲。\r第十二条 乙。\r").brief == expected);
}

TEST_CASE("the level's own numeral system wins when a marker reads two ways") {
  auto rules = load(k_latin_outline);
  CHECK(
      run_rules(rules, "a) x\nb) x\nc) x\nd) x\ne) x\nf) x\ng) x\nh) x\ni) x\nj) x").brief.empty());
  CHECK(run_rules(rules, "i) x\nii) x\niii) x\nv) x").brief == "list-skip@4:1");
}

TEST_CASE("the outline is published once, whatever the number of numbering rules") {
  Result r = run("第一条 甲。\n第二条 乙。\n");
  REQUIRE(r.facts["outline"].size() == 1);
  const auto& seq = r.facts["outline"][0];
  CHECK(seq["level"] == "条");
  CHECK(seq["first"] == "第一条");
  CHECK(seq["last"] == "第二条");
  CHECK(seq["count"] == 2);
  CHECK(seq["first_line"] == 1);
  CHECK(seq["last_line"] == 2);
  CHECK(seq["toc"] == false);
}

TEST_CASE("loader errors name the offending key") {
  const std::string head = R"(rules:
  - id: n
    kind: numbering
    category: numbering
    scope: document
    message: m
    defect: skip
    outline:
      levels:
        - name: a
)";
  const auto fails_with = [&](const std::string& tail, const std::string& needle) {
    try {
      load(head + tail);
      FAIL("no error for: " << tail);
    } catch (const docqc::rules::ConfigError& error) {
      const std::string what = error.what();
      CHECK_MESSAGE(what.find(needle) != std::string::npos, what);
      CHECK_MESSAGE(what.find("n.yaml:") == 0, what);
    }
  };
  fails_with("          marker: 'x'\n          numerals: [arabic]\n", "(?P<num>");
  fails_with("          marker: '(?P<num>[0-9]+'\n          numerals: [arabic]\n", "invalid regex");
  fails_with("          marker: '(?P<num>[0-9]+)'\n          numerals: [klingon]\n",
             "unknown numeral system 'klingon'");
  fails_with(
      "          marker: '(?P<num>[0-9]+)'\n          numerals: [arabic]\n"
      "          parents: [zz]\n",
      "'zz' is not another level");
  fails_with(
      "          marker: '(?P<num>[0-9]+)'\n          numerals: [arabic]\n"
      "          colour: red\n",
      "colour");
  fails_with(
      "          marker: '(?P<num>[0-9]+)'\n          numerals: [arabic]\n"
      "          parents: [b]\n        - name: b\n          marker: '(?P<num>[a-z])'\n"
      "          numerals: [latin_lower]\n          parents: [a]\n",
      "cycle");
  CHECK_THROWS_AS(load(R"(rules:
  - id: n
    kind: numbering
    category: numbering
    message: m
    defect: skip
    outline: {levels: [{name: a, marker: '(?P<num>[0-9]+)', numerals: [arabic]}]}
)"),
                  docqc::rules::ConfigError);
  CHECK_THROWS_AS(load(R"(rules:
  - id: n
    kind: numbering
    category: numbering
    scope: document
    message: m
    defect: gap
    outline: {levels: [{name: a, marker: '(?P<num>[0-9]+)', numerals: [arabic]}]}
)"),
                  docqc::rules::ConfigError);
  CHECK_THROWS_AS(load(R"(rules:
  - id: n
    kind: numbering
    category: numbering
    scope: document
    message: "{nope}"
    defect: skip
    outline: {levels: [{name: a, marker: '(?P<num>[0-9]+)', numerals: [arabic]}]}
)"),
                  docqc::rules::ConfigError);
}

TEST_SUITE_END();
