#include <doctest/doctest.h>

#include <string>

#include "kinds/page_layout.h"

TEST_SUITE_BEGIN("kinds::PageLayout");

using docqc::kinds::furniture_form;
using docqc::kinds::FurnitureRole;
using docqc::kinds::page_number_of;
using docqc::kinds::PageLayout;

namespace {

// A distinct line of text without digits (digits would make all lines one form).
std::string body_line(int page, int line) {
  static const char* const k_words[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬",
                                        "癸", "子", "丑", "寅", "卯", "辰", "巳", "午", "未"};
  return std::string("正文") + k_words[page % 18] + k_words[line % 18] +
         k_words[(page + line) % 18] + "，内容各不相同。";
}

// A document of `pages` pages, each with a header, body lines and a footer.
std::string pages_text(int pages, const std::string& header, const std::string& footer_prefix,
                       const std::string& footer_suffix, bool form_feeds, int body = 10) {
  std::string out;
  for (int p = 1; p <= pages; ++p) {
    if (p > 1 && form_feeds) {
      out += "\f";
    }
    out += header + "\n\n";
    for (int k = 0; k < body; ++k) {
      out += body_line(p, k) + "\n";
    }
    out += "\n" + footer_prefix + std::to_string(p) + footer_suffix + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("forms: digits as #, white space collapsed") {
  CHECK(furniture_form("  Debian 参考手册     32 / 223 ") == "Debian 参考手册 # / #");
  CHECK(furniture_form("\f第３页") == "第#页");
  CHECK(furniture_form("") == "");
}

TEST_CASE("page-number forms") {
  CHECK(page_number_of("3") == 3);
  CHECK(page_number_of("- 3 -") == 3);
  CHECK(page_number_of("— 3 —") == 3);
  CHECK(page_number_of("3 / 10") == 3);
  CHECK(page_number_of("第 3 页") == 3);
  CHECK(page_number_of("第3页 共10页") == 3);
  CHECK(page_number_of("Page 3") == 3);
  CHECK(page_number_of("page 3 of 10") == 3);
  CHECK(page_number_of("xix") == 19);
  CHECK(page_number_of("IV") == 4);
  CHECK(page_number_of("1.") == -1);
  CHECK(page_number_of("第3章") == -1);
  CHECK(page_number_of("共 3 项") == -1);
  CHECK(page_number_of("Linux") == -1);
  // The longest form, spaced out, and a line of prose around a form (read only as far as the
  // longest form could reach).
  CHECK(page_number_of(" 第 3 页 ， 共 10 页 ") == 3);
  CHECK(page_number_of("这是一段很长的正文，其中提到第3页") == -1);
  CHECK(page_number_of("第3页，共10页，另附说明") == -1);
  CHECK(page_number_of("mmmdccclxxxviii") == -1);
}

TEST_CASE("form feeds: headers and page numbers at every page edge") {
  const std::string text = pages_text(4, "滨海市统计年鉴", "- ", " -", true);
  docqc::doc::Document document("t.txt", text);
  const PageLayout layout = PageLayout::compute(document);
  CHECK(layout.from_form_feeds());
  CHECK(layout.page_starts().size() == 4);
  REQUIRE(layout.furniture().size() == 8);
  CHECK(layout.furniture()[0].role == FurnitureRole::header);
  CHECK(layout.furniture()[0].line == 1);
  CHECK(layout.furniture()[1].role == FurnitureRole::page_number);
  CHECK(layout.furniture()[1].repeats == 4);
  // The deletion takes the line and its line break (and the form feed that starts it).
  const auto& second_header = layout.furniture()[2];
  CHECK(document.slice(second_header.deletion) == "\f滨海市统计年鉴\n");
  CHECK(layout.is_furniture(1));
  CHECK_FALSE(layout.is_furniture(3));
}

TEST_CASE("without form feeds, counting page numbers make the pages") {
  const std::string text = pages_text(4, "滨海市统计年鉴", "第 ", " 页", false);
  docqc::doc::Document document("t.txt", text);
  const PageLayout layout = PageLayout::compute(document);
  CHECK_FALSE(layout.from_form_feeds());
  CHECK(layout.page_starts().size() == 4);
  CHECK(layout.furniture().size() == 8);
}

TEST_CASE("numbered lists and table columns are not furniture") {
  // Numbers close together: a list, not pages.
  docqc::doc::Document list("t.txt", "议程：\n1\n开幕\n2\n报告\n3\n讨论\n4\n闭幕\n");
  CHECK(PageLayout::compute(list).furniture().empty());
  // A number at each page's foot that does not follow the pages: a table column.
  std::string table;
  for (int p = 0; p < 4; ++p) {
    table +=
        std::string(p ? "\f" : "") + body_line(p, 0) + "\n" + std::to_string(1990 + 7 * p) + "\n";
  }
  docqc::doc::Document columns("t.txt", table);
  CHECK(PageLayout::compute(columns).furniture().empty());
}

TEST_CASE("a line repeated in the middle of pages is not furniture") {
  std::string text;
  for (int p = 0; p < 4; ++p) {
    text += std::string(p ? "\f" : "") + body_line(p, 1) + "\n" + body_line(p, 2) + "\n提示\n" +
            body_line(p, 3) + "\n提示\n" + body_line(p, 4) + "\n";
  }
  docqc::doc::Document document("t.txt", text);
  CHECK(PageLayout::compute(document).furniture().empty());
}

TEST_CASE("one page: nothing") {
  docqc::doc::Document document("t.txt", "标题\n正文。\n");
  const PageLayout layout = PageLayout::compute(document);
  CHECK(layout.page_starts().size() == 1);
  CHECK(layout.furniture().empty());
}

TEST_SUITE_END();
