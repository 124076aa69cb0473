#include "kinds/numbering_outline.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "outline_test_support.h"

TEST_SUITE_BEGIN("kinds::numbering_outline");

namespace {

using docqc::kinds::analyse_outline;
using docqc::kinds::Outline;
using docqc::kinds::OutlineConfig;
using docqc::kinds::OutlineDefectType;
using docqc::text::NumeralSystem;

OutlineConfig small_config() {
  return docqc::testing::small_outline_config();
}

}  // namespace

TEST_CASE("items carry their level, value, span, line and style") {
  const OutlineConfig config = small_config();
  const std::string text = "第一条 甲：（一）子；(二)丑。\n\n第二条 乙。";
  const Outline outline = analyse_outline(config, text);
  REQUIRE(outline.items.size() == 4);
  CHECK(outline.items[0].level == 0);
  CHECK(outline.items[0].value == 1);
  CHECK(outline.items[0].offset == 0);
  CHECK(outline.items[0].length == std::string("第一条").size());
  CHECK(outline.items[1].inline_item);
  CHECK(outline.items[1].line == 1);
  CHECK(outline.items[3].line == 3);
  CHECK(outline.items[1].style != outline.items[2].style);
  REQUIRE(outline.defects.size() == 1);
  CHECK(outline.defects[0].type == OutlineDefectType::mixed_style);
  CHECK(outline.defects[0].item == 2);
  CHECK(docqc::kinds::render_marker(outline, text, outline.items[2], 2, outline.defects[0].style) ==
        "（二）");
  CHECK(docqc::kinds::render_marker(outline, text, outline.items[0], 11) == "第十一条");
}

TEST_CASE("a document break lets every level start again") {
  const OutlineConfig config = small_config();
  CHECK(analyse_outline(config, "第一条 甲。\n第二条 乙。\n附件\n第一条 丙。").defects.empty());
  const Outline merged = analyse_outline(config, "第一条 甲。\n第二条 乙。\n第一条 丙。");
  REQUIRE(merged.defects.size() == 1);
  CHECK(merged.defects[0].type == OutlineDefectType::unexpected_restart);
  CHECK(merged.defects[0].expected == 3);
  CHECK(merged.defects[0].related == 1u);
}

TEST_CASE("a block that starts left of a list's items lets the list start again") {
  const OutlineConfig config = small_config();
  // under a bullet, a paragraph (no-break spaces and ideographic spaces count as indentation)
  CHECK(analyse_outline(config,
                        "  * 甲\n\n     （一）子。\n\n     （二）丑。\n\n  * 乙\n\n     （一）寅。")
            .defects.empty());
  CHECK(analyse_outline(config,
                        "\u3000\u3000（一）子。\n\n\u3000\u3000（二）丑。\n\n说明如下：\n\n"
                        "\u3000\u3000（一）寅。")
            .defects.empty());
  CHECK(analyse_outline(config,
                        "\u00a0\u00a0（一）子。\n\n\u00a0\u00a0（二）丑。\n\n 说明。\n\n"
                        "\u00a0\u00a0（一）寅。")
            .defects.empty());
  // a continuation right below an item, or a block as far in as the items, is no parent
  const Outline continued = analyse_outline(
      config, "\u3000\u3000（一）子，\n续行。\n\u3000\u3000（二）丑。\n\u3000\u3000（一）寅。");
  REQUIRE(continued.defects.size() == 1);
  CHECK(continued.defects[0].type == OutlineDefectType::unexpected_restart);
  const Outline level_block =
      analyse_outline(config, "  （一）子。\n\n  （二）丑。\n\n  说明。\n\n  （一）寅。");
  REQUIRE(level_block.defects.size() == 1);
  CHECK(level_block.defects[0].type == OutlineDefectType::unexpected_restart);
}

TEST_CASE("heading titles exclude page numbers given by toc_page") {
  OutlineConfig config = small_config();
  config.toc_page = std::make_unique<RE2>("\\s*…+\\s*[0-9]+$");
  REQUIRE(config.prepare().empty());
  const std::string text = "目录\n第一条 总则……3\n\n第一条 总则\n";
  const Outline outline = analyse_outline(config, text);
  REQUIRE(outline.items.size() == 2);
  CHECK(outline.items[0].toc);
  CHECK_FALSE(outline.items[1].toc);
  CHECK(text.substr(outline.items[0].title_offset, outline.items[0].title_length) == "总则");
  CHECK(outline.defects.empty());
}

TEST_CASE("defect names round trip") {
  for (const auto type :
       {OutlineDefectType::skip, OutlineDefectType::repeat, OutlineDefectType::out_of_order,
        OutlineDefectType::missing_start, OutlineDefectType::unexpected_restart,
        OutlineDefectType::mixed_style, OutlineDefectType::toc_only, OutlineDefectType::body_only,
        OutlineDefectType::toc_title}) {
    CHECK(docqc::kinds::parse_outline_defect(docqc::kinds::to_string(type)) == type);
  }
  CHECK_FALSE(docqc::kinds::parse_outline_defect("gap").has_value());
}

TEST_CASE("empty and unnumbered texts give an empty outline") {
  const OutlineConfig config = small_config();
  for (const char* text : {"", "\n", "\r\n\r\n", "正文没有编号。", "目录", "第", "（"}) {
    const Outline outline = analyse_outline(config, text);
    CHECK(outline.items.empty());
    CHECK(outline.defects.empty());
  }
}

TEST_CASE("random documents: spans stay in the text, defects point at items, output is stable") {
  const OutlineConfig config = small_config();
  const std::vector<std::string> pieces = {
      "第一条", "第二条", "第十条", "第十二条", "（一）", "(二)", "（三）", "（二十）", "目录",
      "附件",   "甲。",   "乙；",   "：",       "\n",     "\n",   "\r\n",   "\r",       "\t",
      "|",      "　",     " ",      "- ",       "第",     "（",   "\xe4",   "总则"};
  unsigned state = 777;
  const auto next = [&] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7fff;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const unsigned count = next() % 40;
    for (unsigned i = 0; i < count; ++i) {
      text += pieces[next() % pieces.size()];
    }
    const Outline outline = analyse_outline(config, text);
    for (const auto& item : outline.items) {
      REQUIRE(item.offset + item.length <= text.size());
      REQUIRE(item.title_offset + item.title_length <= text.size());
      REQUIRE(item.sequence < outline.sequences.size());
    }
    for (const auto& defect : outline.defects) {
      REQUIRE(defect.item < outline.items.size());
      if (defect.related) {
        REQUIRE(*defect.related < outline.items.size());
      }
    }
    const Outline again = analyse_outline(config, text);
    REQUIRE(again.items.size() == outline.items.size());
    REQUIRE(again.defects.size() == outline.defects.size());
  }
}

TEST_SUITE_END();
