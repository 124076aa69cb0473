#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::CodepageMojibakeRule");

namespace {

std::vector<docqc::Finding> run(const std::string& text, const std::string& extra = "") {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::rules::load_rules_from_text(
      "rules:\n  - id: m\n    kind: codepage-mojibake\n    category: garbled\n"
      "    scope: paragraph\n    message: \"{source}>{seen}:{fixed}\"\n" +
          extra,
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

TEST_CASE("GBK read as Big5 is proved by the round trip and repaired") {
  // 关于印发天津市居住证管理办法的通知, GBK bytes decoded as Big5.
  auto findings = run("通知：壽衾荂楷毞踩庈懈蛂痐奪燴域楊腔籵眭");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "GBK>Big5:关于印发天津市居住证管理办法的通知");
  CHECK(findings[0].offset == std::string("通知：").size());
  REQUIRE(findings[0].fix.has_value());
  CHECK(findings[0].fix->replacement == "关于印发天津市居住证管理办法的通知");
  CHECK_FALSE(findings[0].fix->safe);
}

TEST_CASE("UTF-8 read as GBK") {
  // 天津市人民政府关于印发居住证管理办法, UTF-8 bytes decoded as GBK.
  auto findings = run("澶╂触甯備汉姘戞斂搴滃叧浜庡嵃鍙戝眳浣忚瘉绠＄悊鍔炴硶");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.rfind("UTF-8>GBK:天津市人民政府关于印发", 0) == 0);
}

// Regression (issue 10): rare-dense text is not a wrong code page.
TEST_CASE("classical_poetry_and_chemistry_stay_quiet") {
  CHECK(run("骅骝騄駬，騊駼駃騠，骐骥骓駓。嵯峨崔嵬，巉岩嶙峋，峥嵘崷崒，岧峣嶻嶭。").empty());
  CHECK(run("騧骊骃骆驰，輗軏辕辀行。").empty());
  CHECK(run("吡啶、嘧啶、哌嗪、吡咯、噻吩、呋喃、吲哚、喹啉、嘌呤均为常见的杂环化合物。").empty());
  CHECK(run("方用黄芪、茯苓、白术、当归、川芎、枸杞、菟丝子、淫羊藿、肉苁蓉。").empty());
  CHECK(run("氯吡格雷、吲哚美辛、哌唑嗪、噻嗪类、呋塞米、螺内酯、氨氯地平、硝苯地平。").empty());
}

TEST_CASE("clean text and other garbage are left alone") {
  CHECK(run("天津市人民政府关于印发天津市居住证管理办法的通知").empty());
  CHECK(run("關於促進生活性服務業發展的若干措施").empty());
  CHECK(run("烫烫烫烫烫烫烫烫烫烫").empty());
  CHECK(run("毞踩庈懈蛂").empty());  // too short to judge
}

TEST_CASE("options: decodings, common") {
  // Without the GBK-read-as-Big5 hypothesis the run cannot be proved.
  CHECK(run("壽衾荂楷毞踩庈懈蛂痐奪燴域楊腔籵眭", "    decodings: [\"UTF-8 read as GBK\"]\n")
            .empty());
  CHECK(run("壽衾荂楷毞踩庈懈蛂痐奪燴域楊腔籵眭", "    common: 50\n").empty());
  CHECK_THROWS_WITH(run("x", "    decodings: [\"GBK as Big5\"]\n"),
                    doctest::Contains("SOURCE read as SEEN"));
  CHECK_THROWS_WITH(run("x", "    decodings: [\"NOPE read as Big5\"]\n"),
                    doctest::Contains("encodings ICU knows"));
}

TEST_SUITE_END();
