#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "doc/utf8.h"
#include "text/han_tables.h"

using docqc::text::HanTables;
using docqc::text::HanVariant;

TEST_SUITE_BEGIN("text::HanTables");

namespace {

char32_t first(std::string_view s) {
  std::size_t pos = 0;
  return docqc::doc::next_code_point(s, pos);
}

// Well-known simplified/traditional pairs of everyday characters (the first one hundred of a
// textbook conversion list), to measure the precision of the generated tables.
const std::vector<std::pair<const char*, const char*>> k_pairs = {
    {"发", "發"}, {"国", "國"}, {"说", "說"}, {"对", "對"}, {"问", "問"}, {"们", "們"},
    {"这", "這"}, {"来", "來"}, {"时", "時"}, {"会", "會"}, {"经", "經"}, {"还", "還"},
    {"进", "進"}, {"动", "動"}, {"点", "點"}, {"学", "學"}, {"长", "長"}, {"开", "開"},
    {"见", "見"}, {"间", "間"}, {"现", "現"}, {"应", "應"}, {"当", "當"}, {"实", "實"},
    {"业", "業"}, {"务", "務"}, {"关", "關"}, {"办", "辦"}, {"区", "區"}, {"门", "門"},
    {"书", "書"}, {"车", "車"}, {"马", "馬"}, {"鸟", "鳥"}, {"鱼", "魚"}, {"东", "東"},
    {"乐", "樂"}, {"习", "習"}, {"买", "買"}, {"卖", "賣"}, {"认", "認"}, {"识", "識"},
    {"语", "語"}, {"话", "話"}, {"读", "讀"}, {"写", "寫"}, {"听", "聽"}, {"电", "電"},
    {"脑", "腦"}, {"网", "網"}, {"络", "絡"}, {"号", "號"}, {"码", "碼"}, {"线", "線"},
    {"级", "級"}, {"组", "組"}, {"织", "織"}, {"统", "統"}, {"计", "計"}, {"划", "劃"},
    {"规", "規"}, {"议", "議"}, {"决", "決"}, {"务", "務"}, {"员", "員"}, {"华", "華"},
    {"义", "義"}, {"为", "為"}, {"从", "從"}, {"众", "眾"}, {"价", "價"}, {"钱", "錢"},
    {"银", "銀"}, {"铁", "鐵"}, {"钟", "鐘"}, {"历", "歷"}, {"岁", "歲"}, {"产", "產"},
    {"农", "農"}, {"医", "醫"}, {"药", "藥"}, {"环", "環"}, {"济", "濟"}, {"证", "證"},
    {"体", "體"}, {"质", "質"}, {"设", "設"}, {"备", "備"}, {"极", "極"}, {"压", "壓"},
    {"优", "優"}, {"导", "導"}, {"宁", "寧"}, {"页", "頁"}, {"题", "題"}, {"类", "類"},
    {"论", "論"}, {"报", "報"}, {"图", "圖"}, {"团", "團"}};

}  // namespace

TEST_CASE("precision and coverage on known pairs") {
  // Precision: of the characters the tables classify, the share classified right. Coverage:
  // the share classified at all; the rest are neutral because the simplified form is also a
  // traditional character (划 in 划船, 极).
  const HanTables& tables = HanTables::builtin();
  std::size_t classified = 0;
  std::size_t right = 0;
  std::size_t counterparts = 0;
  for (const auto& [simplified, traditional] : k_pairs) {
    for (const auto& [c, expected] : {std::pair{simplified, HanVariant::simplified},
                                      std::pair{traditional, HanVariant::traditional}}) {
      const HanVariant variant = tables.variant(first(c));
      classified += variant != HanVariant::neutral;
      right += variant == expected;
    }
    counterparts += tables.counterpart(first(traditional)) == simplified;
  }
  const auto total = static_cast<double>(2 * k_pairs.size());
  const double precision = static_cast<double>(right) / static_cast<double>(classified);
  const double coverage = static_cast<double>(classified) / total;
  MESSAGE("known pairs: " << k_pairs.size() << ", precision " << precision << ", coverage "
                          << coverage << ", traditional->simplified fixes right: " << counterparts);
  CHECK(precision == 1.0);
  CHECK(coverage >= 0.95);
  CHECK(counterparts == k_pairs.size());
}

TEST_CASE("characters written the same in both variants are neutral") {
  const HanTables& tables = HanTables::builtin();
  // 后/後, 于/於, 干/幹乾, 台/臺, 面/麵, 里/裡, 着/著: the left one is also traditional.
  for (const char* c : {"后", "于", "干", "台", "面", "里", "着", "著", "天", "人", "群", "峰"}) {
    CAPTURE(c);
    CHECK(tables.variant(first(c)) == HanVariant::neutral);
    CHECK(tables.counterpart(first(c)).empty());
  }
  CHECK(tables.simplified_count() > 3000);
  CHECK(tables.traditional_count() > 2500);
  // Simplified only by analogy outside the common set (騧 -> 䯄), or an ambiguous Big5
  // character (并 -> 並 併): neutral.
  for (const char* c : {"騧", "輗", "騄", "并", "复", "宁", "凄"}) {
    CAPTURE(c);
    CHECK(tables.variant(first(c)) == HanVariant::neutral);
  }
}

TEST_CASE("surprisal orders common before rare and folds traditional onto simplified") {
  const HanTables& tables = HanTables::builtin();
  CHECK(tables.surprisal(first("的")) < tables.surprisal(first("政")));
  CHECK(tables.surprisal(first("政")) < tables.surprisal(first("甪")));
  CHECK(tables.surprisal(first("發")) == tables.surprisal(first("发")));
  CHECK(tables.surprisal(U'a') == HanTables::k_unknown_surprisal);
}

TEST_CASE("toned pinyin syllables") {
  const HanTables& tables = HanTables::builtin();
  for (const char* s : {"fā", "wù", "huì", "chuàng", "lǜ", "lüè", "ḿ"}) {
    CAPTURE(s);
    CHECK(tables.is_toned_syllable(s));
  }
  for (const char* s : {"fa", "de", "tiānjīn", "Fā", "xyz"}) {
    CAPTURE(s);
    CHECK_FALSE(tables.is_toned_syllable(s));
  }
}

TEST_CASE("malformed tables name the file and line") {
  auto error_of = [](HanTables::Sources sources) -> std::string {
    try {
      HanTables tables(sources);
    } catch (const std::runtime_error& error) {
      return error.what();
    }
    return "";
  };
  CHECK(error_of({"# c\n发\n", "", "", ""}) ==
        "rules/data/zh-hans-only.txt:2: expected a "
        "character, TAB, its counterparts");
  CHECK(error_of({"发\t發\n发\t發\n", "", "", ""}).find(":2: character listed twice") !=
        std::string::npos);
  CHECK(error_of({"", "", "的\t-1\n", ""}).find("han-frequency.txt:1:") != std::string::npos);
  CHECK(error_of({"", "", "的\t300\n", ""}).find("below 300") != std::string::npos);
  CHECK(error_of({"", "", "", "fā\tx\n"}).find("pinyin-syllables.txt:1:") != std::string::npos);
  CHECK(error_of({"发\t發髮\n", "", "的\t52\n", "fā\n"}).empty());
}

TEST_SUITE_END();
