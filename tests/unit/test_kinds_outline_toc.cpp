#include "kinds/outline_toc.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "outline_test_support.h"

TEST_SUITE_BEGIN("kinds::outline_toc");

namespace {

using docqc::kinds::Outline;
using docqc::kinds::OutlineConfig;
using docqc::kinds::OutlineDefectType;
using docqc::kinds::OutlineItem;
using docqc::kinds::outline::TocTracker;

constexpr std::size_t k_article = 0;

OutlineConfig config_with_pages() {
  OutlineConfig config = docqc::testing::small_outline_config();
  config.toc_page = std::make_unique<RE2>("…+\\s*[0-9]+$");
  REQUIRE(config.prepare().empty());
  return config;
}

// 条 headings whose titles stand in `text` after each `markers[i]`.
struct Items {
  std::string text;
  Outline out;

  void add(const std::string& marker, long value, const std::string& title, bool toc,
           std::uint32_t sequence) {
    OutlineItem item;
    item.level = k_article;
    item.value = value;
    item.toc = toc;
    item.sequence = sequence;
    item.offset = text.size();
    item.length = marker.size();
    text += marker + " ";
    item.title_offset = text.size();
    item.title_length = title.size();
    text += title + "\n";
    out.items.push_back(item);
  }
};

}  // namespace

TEST_CASE("unnumbered lines inside a TOC: page lines and short labels stay, prose ends it") {
  const OutlineConfig config = config_with_pages();
  const std::string text = "……3\n附件\n前言\n本章说明，如下。\n" + std::string(41 * 3, 'x');
  Outline out;
  TocTracker toc(config, text, out);
  const auto line = [&](std::size_t n) {
    std::size_t begin = 0;
    for (std::size_t i = 0; i < n; ++i) {
      begin = text.find('\n', begin) + 1;
    }
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    return std::pair{begin, end};
  };
  const auto continues = [&](std::size_t n, bool punct) {
    const auto [begin, end] = line(n);
    return toc.continues(begin, end, punct);
  };
  CHECK(continues(0, false));        // a page number with leaders
  CHECK_FALSE(continues(1, false));  // a document break
  CHECK(continues(2, false));        // a short label
  CHECK_FALSE(continues(3, true));   // running text
  CHECK_FALSE(continues(4, false));  // a label longer than 40 code points
}

TEST_CASE("a TOC compared with the body headings it covers") {
  const OutlineConfig config = config_with_pages();
  Items items;
  items.add("第一条", 1, "总则", true, 0);
  items.add("第二条", 2, "附则", true, 0);
  items.add("第四条", 4, "未列", true, 0);
  items.add("第一条", 1, "总 则", false, 1);
  items.add("第二条", 2, "罚则", false, 1);
  items.add("第三条", 3, "其他", false, 1);
  items.add("第一条", 1, "新篇", false, 2);  // a new part: not covered
  TocTracker toc(config, items.text, items.out);
  toc.begin(0);
  CHECK(toc.in_toc());
  toc.end(3);
  CHECK_FALSE(toc.in_toc());
  for (std::size_t i = 3; i < items.out.items.size(); ++i) {
    toc.collect_body_heading(i);
  }
  toc.compare();
  std::vector<std::pair<OutlineDefectType, std::size_t>> found;
  for (const auto& d : items.out.defects) {
    found.emplace_back(d.type, d.item);
  }
  // titles are compared without white space: 总 则 is 总则
  CHECK(found ==
        std::vector<std::pair<OutlineDefectType, std::size_t>>{{OutlineDefectType::toc_title, 4},
                                                               {OutlineDefectType::body_only, 5},
                                                               {OutlineDefectType::toc_only, 2}});
  CHECK(items.out.defects[0].related == 1u);
}

TEST_CASE("an implicit TOC is a block without a title line; an empty TOC compares nothing") {
  const OutlineConfig config = config_with_pages();
  Items items;
  items.add("第一条", 1, "总则", true, 0);
  items.add("第一条", 1, "总则", false, 1);
  items.add("第二条", 2, "附则", false, 1);
  TocTracker toc(config, items.text, items.out);
  toc.add_implicit(0, 1);
  CHECK_FALSE(toc.in_toc());
  toc.collect_body_heading(1);
  toc.collect_body_heading(2);
  toc.compare();
  REQUIRE(items.out.defects.size() == 1);
  CHECK(items.out.defects[0].type == OutlineDefectType::body_only);

  Items none;
  none.add("第一条", 1, "总则", false, 0);
  TocTracker empty(config, none.text, none.out);
  empty.begin(0);
  empty.end(0);  // a 目录 line followed by no entry
  empty.collect_body_heading(0);
  empty.compare();
  CHECK(none.out.defects.empty());
}

TEST_SUITE_END();
