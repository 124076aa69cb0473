#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rules/config_error.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::ScriptRule");

namespace {

std::vector<docqc::Finding> run(const std::string& rule_yaml, const std::string& text) {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::rules::load_rules_from_text("rules:\n" + rule_yaml, "r.yaml"));
  std::vector<const docqc::rules::Rule*> rules;
  for (const auto& rule : keep.back()) {
    rules.push_back(rule.get());
  }
  docqc::engine::Engine engine(rules);
  docqc::doc::Document document("t.txt", text);
  nlohmann::json facts;
  return engine.check(document, facts);
}

std::string load_error(const std::string& rule_yaml) {
  try {
    docqc::rules::load_rules_from_text("rules:\n" + rule_yaml, "r.yaml");
  } catch (const docqc::rules::ConfigError& error) {
    return error.what();
  }
  return "";
}

std::string variant_rule(const std::string& report, const std::string& extra = "") {
  return R"(  - id: v
    kind: script
    check: variant
    category: script
    scope: document
    message: "{found} {text} in {expected} text: {fixed}"
    report: )" +
         report + "\n" + extra;
}

const char* k_homoglyph = R"(  - id: h
    kind: script
    check: homoglyph
    category: script
    message: "{text} ({script}) -> {fixed}"
)";

const char* k_compatibility = R"(  - id: c
    kind: script
    check: compatibility
    category: script
    message: "{text} -> {fixed}"
)";

const char* k_width = R"(  - id: w
    kind: script
    check: width
    category: script
    scope: document
    message: "{found} {class} {text}: {count} to {expected_count}"
)";

}  // namespace

TEST_CASE("variant: a traditional run in simplified text is one finding with an unsafe fix") {
  // 務 and 業 are traditional-only; 服 between them is neutral and joins the run.
  auto findings = run(variant_rule("traditional"), "关于促进生活性服務業发展的若干措施");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "traditional 務業 in simplified text: 务业");
  REQUIRE(findings[0].fix.has_value());
  CHECK(findings[0].fix->replacement == "务业");
  CHECK_FALSE(findings[0].fix->safe);
  // Neutral characters between two traditional ones belong to the run.
  findings = run(variant_rule("traditional"), "为进一步推动发展，现将有关事项通知如下。發展規劃");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->replacement == "发展规划");
}

TEST_CASE("variant: consistent documents and neutral characters give nothing") {
  CHECK(run(variant_rule("simplified"), "關於促進生活性服務業發展的若干措施").empty());
  CHECK(run(variant_rule("traditional"), "关于促进生活性服务业发展的若干措施").empty());
  // 后 于 干 台 面 里 着 are written the same in both variants.
  CHECK(run(variant_rule("traditional"), "皇后和于先生在台上吃面，干得好。").empty());
  CHECK(run(variant_rule("simplified"), "皇后和于先生在台上吃面，干得好。").empty());
}

TEST_CASE("variant: a simplified paragraph in a traditional document is not mixing") {
  // The corpus notice ends with a simplified advertisement below a traditional link line.
  std::string text =
      "關於促進生活性服務業發展的若干措施，現將有關事項通知如下。\n\n"
      "為大力推動本市生活性服務業發展，豐富服務供給，提高服務質量。\n\n"
      "相關政策\n大鸡巴网站_国产av一级片_午夜18 视频在线观看_黄片视频无码\n";
  CHECK(run(variant_rule("simplified"), text).empty());
  CHECK(run(variant_rule("traditional"), text).empty());
}

TEST_CASE("variant: the paragraph majority needs enough evidence") {
  // Second paragraph: 3 traditional, 2 simplified, share 0.6 < 0.75: the document decides.
  std::string text = "为进一步推动发展，现将有关事项通知如下。\n（一）發展規劃由市政府负责。";
  auto findings = run(variant_rule("traditional"), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].offset == text.find("發"));
}

TEST_CASE("variant: ignore, exempt_titles and exempt_quotes") {
  CHECK(run(variant_rule("simplified", "    ignore: 机\n"), "並根據國家要求，完善覆蓋城鄉机構適應")
            .empty());
  CHECK(run(variant_rule("simplified"), "並根據國家要求，完善覆蓋城鄉机構適應").size() == 1);
  // 并 has several traditional forms and is a Big5 character: neutral (rules/data/README.md).
  CHECK(run(variant_rule("simplified"), "並根據國家要求，完善覆蓋城鄉并適應").empty());
  std::string title = "关于印发《天津市發展規劃》的通知，请认真贯彻执行。";
  CHECK(run(variant_rule("traditional"), title).size() == 1);
  CHECK(run(variant_rule("traditional", "    exempt_titles: true\n"), title).empty());
  std::string quote = "他说：“這個”就是这个。";
  CHECK(run(variant_rule("traditional", "    exempt_quotes: true\n"), quote).empty());
}

// Regression (issue 10): OpenCC simplifies 騧 to 䯄 (Extension A) by analogy; mainland
// editions of classical poetry keep 騧.
TEST_CASE("variant_analogical_simplifications_are_not_reported") {
  CHECK(
      run(variant_rule("traditional"), "骅骝騄駬，騧骊骃骆驰，輗軏辕辀行，这是一首古诗。").empty());
}

// Issue 11 item 5: a paragraph converted as a whole is decided by the document.
TEST_CASE("variant_paragraphs_converted_as_a_whole") {
  const std::string text =
      "为进一步推动生活性服务业发展，现将有关事项通知如下。\n\n"
      "關於促進生活性服務業發展的若干措施如下。\n\n"
      "各区各部门要结合实际认真贯彻执行，确保各项措施落实到位。";
  // Within the paragraph every character agrees: the character check says nothing.
  CHECK(run(variant_rule("traditional"), text).empty());
  auto findings = run(variant_rule("traditional", "    paragraphs: true\n"), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].offset == text.find("關"));
  // From its first to its last traditional-only character (展 is written the same in both).
  CHECK(findings[0].message ==
        "traditional 關於促進生活性服務業發 in simplified text: 关於促进生活性服务业发");
  CHECK_FALSE(findings[0].fix->safe);
  // A traditional document, or one without a clear majority elsewhere, reports nothing.
  CHECK(run(variant_rule("traditional", "    paragraphs: true\n"),
            "關於促進生活性服務業發展。\n\n現將有關事項通知如下。")
            .empty());
  CHECK(run(variant_rule("traditional", "    paragraphs: true\n"), "发展\n\n關於促進服務業發展")
            .empty());
}

TEST_CASE("variant: a tie decides nothing") {
  CHECK(run(variant_rule("traditional"), "发發").empty());
  CHECK(run(variant_rule("simplified"), "发發").empty());
}

TEST_CASE("homoglyph: mixed-script words get the look-alike of the majority script") {
  auto findings = run(k_homoglyph, "Тianjin 和 Москвa");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "Тianjin (Latin) -> Tianjin");
  CHECK(findings[0].fix->safe);
  CHECK(findings[1].message == "Москвa (Cyrillic) -> Москва");
}

TEST_CASE("homoglyph: a lower-case l among capitals") {
  auto findings = run(k_homoglyph, "COVlD 疫情");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->replacement == "COVID");
  CHECK_FALSE(findings[0].fix->safe);
}

TEST_CASE("homoglyph: words that may mix scripts are left alone") {
  CHECK(run(k_homoglyph, "粒径 5μm，Tシャツ，McDonald，HTMl，Tianjin，Москва，αβγ").empty());
}

TEST_CASE("compatibility: radicals and compatibility ideographs become NFKC, one per run") {
  auto findings = run(k_compatibility, "⽅⾯和⾏政，\uF900，⺟亲");
  REQUIRE(findings.size() == 4);
  CHECK(findings[0].message == "⽅⾯ -> 方面");
  CHECK(findings[1].message == "⾏ -> 行");
  CHECK(findings[2].fix->replacement == "\u8C48");
  CHECK(findings[3].fix->replacement == "母");
  CHECK(run(k_compatibility, "方面和行政 ⓐ ㈠").empty());
}

TEST_CASE("width: the width used by fewer runs is reported, per class") {
  auto findings = run(k_width, "2022年3月1日起，第２条和第3条、第4条同时施行。");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "full-width digits ２: 1 to 5");
  CHECK(findings[0].fix->replacement == "2");
  // Full-width digits win here; the half-width run in the URL is not next to Chinese.
  findings = run(k_width, "２０２２年第１期第３版，第2期，see https://example.com/2022");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->replacement == "２");
  // Letters and digits are counted apart.
  CHECK(run(k_width, "ＡＢＣ公司和ＸＹＺ集团2021年和2020年").empty());
}

TEST_CASE("loader errors name the option") {
  CHECK(load_error(variant_rule("both")).find("unknown variant 'both'") != std::string::npos);
  CHECK(load_error(R"(  - id: x
    kind: script
    check: nonsense
    category: script
    message: "m"
)")
            .find("unknown check 'nonsense'") != std::string::npos);
  CHECK(load_error(R"(  - id: x
    kind: script
    check: compatibility
    category: script
    message: "{script}"
)")
            .find("unknown template variable '{script}'") != std::string::npos);
  // Options of another check are unknown keys.
  CHECK(load_error(R"(  - id: x
    kind: script
    check: width
    report: traditional
    category: script
    message: "m"
)")
            .find("report") != std::string::npos);
}

TEST_SUITE_END();
