#include "kinds/han_variant.h"

#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::HanVariantRule");

namespace {

using docqc::testing::findings;
using docqc::testing::load_error;

std::string variant_rule(const std::string& report, const std::string& extra = "") {
  return R"(  - id: v
    kind: han-variant
    category: script
    scope: document
    message: "{found} {text} in {expected} text: {fixed}"
    report: )" +
         report + "\n" + extra;
}

}  // namespace

TEST_CASE("a traditional run in simplified text is one finding with an unsafe fix") {
  // 務 and 業 are traditional-only; 服 between them is neutral and joins the run.
  auto found = findings(variant_rule("traditional"), "关于促进生活性服務業发展的若干措施");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "traditional 務業 in simplified text: 务业");
  REQUIRE(found[0].fix.has_value());
  CHECK(found[0].fix->replacement == "务业");
  CHECK_FALSE(found[0].fix->safe);
  // Neutral characters between two traditional ones belong to the run.
  found = findings(variant_rule("traditional"), "为进一步推动发展，现将有关事项通知如下。發展規劃");
  REQUIRE(found.size() == 1);
  CHECK(found[0].fix->replacement == "发展规划");
}

TEST_CASE("consistent documents and neutral characters give nothing") {
  CHECK(findings(variant_rule("simplified"), "關於促進生活性服務業發展的若干措施").empty());
  CHECK(findings(variant_rule("traditional"), "关于促进生活性服务业发展的若干措施").empty());
  // 后 于 干 台 面 里 着 are written the same in both variants.
  CHECK(findings(variant_rule("traditional"), "皇后和于先生在台上吃面，干得好。").empty());
  CHECK(findings(variant_rule("simplified"), "皇后和于先生在台上吃面，干得好。").empty());
}

TEST_CASE("a simplified paragraph in a traditional document is not mixing") {
  // The corpus notice ends with a simplified advertisement below a traditional link line.
  std::string text =
      "關於促進生活性服務業發展的若干措施，現將有關事項通知如下。\n\n"
      "為大力推動本市生活性服務業發展，豐富服務供給，提高服務質量。\n\n"
      "相關政策\n大鸡巴网站_国产av一级片_午夜18 视频在线观看_黄片视频无码\n";
  CHECK(findings(variant_rule("simplified"), text).empty());
  CHECK(findings(variant_rule("traditional"), text).empty());
}

TEST_CASE("the paragraph majority needs enough evidence") {
  // Second paragraph: 3 traditional, 2 simplified, share 0.6 < 0.75: the document decides.
  std::string text = "为进一步推动发展，现将有关事项通知如下。\n（一）發展規劃由市政府负责。";
  auto found = findings(variant_rule("traditional"), text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].offset == text.find("發"));
  // With min_evidence above the paragraph's marks, the same holds; with majority 0.6 the
  // paragraph is traditional itself and nothing is reported.
  CHECK(findings(variant_rule("traditional", "    majority: 0.6\n"), text).empty());
}

TEST_CASE("ignore, exempt_titles and exempt_quotes") {
  CHECK(findings(variant_rule("simplified", "    ignore: 机\n"),
                 "並根據國家要求，完善覆蓋城鄉机構適應")
            .empty());
  CHECK(findings(variant_rule("simplified"), "並根據國家要求，完善覆蓋城鄉机構適應").size() == 1);
  // 并 has several traditional forms and is a Big5 character: neutral (rules/data/README.md).
  CHECK(findings(variant_rule("simplified"), "並根據國家要求，完善覆蓋城鄉并適應").empty());
  std::string title = "关于印发《天津市發展規劃》的通知，请认真贯彻执行。";
  CHECK(findings(variant_rule("traditional"), title).size() == 1);
  CHECK(findings(variant_rule("traditional", "    exempt_titles: true\n"), title).empty());
  std::string quote = "他说：“這個”就是这个。";
  CHECK(findings(variant_rule("traditional", "    exempt_quotes: true\n"), quote).empty());
}

// Regression (issue 10): OpenCC simplifies 騧 to 䯄 (Extension A) by analogy; mainland
// editions of classical poetry keep 騧.
TEST_CASE("variant_analogical_simplifications_are_not_reported") {
  CHECK(findings(variant_rule("traditional"), "骅骝騄駬，騧骊骃骆驰，輗軏辕辀行，这是一首古诗。")
            .empty());
}

TEST_CASE("a tie decides nothing") {
  CHECK(findings(variant_rule("traditional"), "发發").empty());
  CHECK(findings(variant_rule("simplified"), "发發").empty());
}

TEST_CASE("loader errors name the option") {
  CHECK(load_error(variant_rule("both")).find("unknown variant 'both'") != std::string::npos);
  CHECK(load_error(variant_rule("traditional", "    paragraphs: true\n")).find("paragraphs") !=
        std::string::npos);
  CHECK(load_error(R"(  - id: x
    kind: han-variant
    category: script
    message: "{script}"
    report: traditional
)")
            .find("unknown template variable '{script}'") != std::string::npos);
}

TEST_SUITE_END();
