#include "kinds/converted_paragraph.h"

#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::ConvertedParagraphRule");

namespace {

using docqc::testing::findings;
using docqc::testing::load_error;

std::string paragraph_rule(const std::string& report, const std::string& extra = "") {
  return R"(  - id: p
    kind: converted-paragraph
    category: script
    scope: document
    message: "{found} {text} in {expected} text: {fixed}"
    report: )" +
         report + "\n" + extra;
}

const std::string k_converted =
    "为进一步推动生活性服务业发展，现将有关事项通知如下。\n\n"
    "關於促進生活性服務業發展的若干措施如下。\n\n"
    "各区各部门要结合实际认真贯彻执行，确保各项措施落实到位。";

}  // namespace

// Issue 11 item 5: a paragraph converted as a whole is decided by the document.
TEST_CASE("variant_paragraphs_converted_as_a_whole") {
  auto found = findings(paragraph_rule("traditional"), k_converted);
  REQUIRE(found.size() == 1);
  CHECK(found[0].offset == k_converted.find("關"));
  // From its first to its last traditional-only character (展 is written the same in both).
  CHECK(found[0].message ==
        "traditional 關於促進生活性服務業發 in simplified text: 关於促进生活性服务业发");
  CHECK_FALSE(found[0].fix->safe);
  // The mirror-image rule has nothing to say.
  CHECK(findings(paragraph_rule("simplified"), k_converted).empty());
}

TEST_CASE("a traditional document, or one without a clear majority elsewhere, reports nothing") {
  CHECK(findings(paragraph_rule("traditional"),
                 "關於促進生活性服務業發展。\n\n現將有關事項通知如下。")
            .empty());
  CHECK(findings(paragraph_rule("traditional"), "发展\n\n關於促進服務業發展").empty());
  // the rest of the document needs min_evidence variant characters of its own
  CHECK(findings(paragraph_rule("traditional", "    min_evidence: 40\n"), k_converted).empty());
}

TEST_CASE("han-variant and converted-paragraph rules share one scan and agree with each other") {
  const std::string both = paragraph_rule("traditional") + R"(  - id: v
    kind: han-variant
    category: script
    scope: document
    message: "{text}"
    report: traditional
)";
  // Within the paragraph every character agrees: the character check says nothing.
  auto found = findings(both, k_converted);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "p");
}

TEST_CASE("loader errors name the option") {
  CHECK(load_error(paragraph_rule("neither")).find("unknown variant 'neither'") !=
        std::string::npos);
  CHECK(load_error(paragraph_rule("traditional", "    majority: 0.4\n")).find("majority") !=
        std::string::npos);
}

TEST_SUITE_END();
