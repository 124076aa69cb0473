#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include "doc/document.h"
#include "doc/utf8.h"

using docqc::doc::Document;

TEST_SUITE_BEGIN("doc::Document");

TEST_CASE("each line of an unwrapped Chinese block is its own paragraph") {
  Document document(
      "t.txt", "第一条 本条例适用于本市。\n机关、事业单位的培训按照规定执行。\n\n第二条 略。\n");
  REQUIRE(document.paragraphs().size() == 3);
  CHECK(document.paragraphs()[0].first_line == 1);
  CHECK(document.paragraphs()[1].first_line == 2);
  CHECK(document.paragraphs()[2].first_line == 4);
}

TEST_CASE("a hard-wrapped block is one paragraph") {
  std::string line(30, 'x');
  std::string wrapped;
  // Lines of similar width that do not end sentences: one paragraph.
  wrapped += "Debian 是一个自由的操作系统，由全世界的志愿者共同开发和维护\n";
  wrapped += "它包含了数以万计的软件包，可以运行在多种硬件架构之上并且支持\n";
  wrapped += "多种语言环境。\n";
  Document document("t.txt", wrapped);
  REQUIRE(document.paragraphs().size() == 1);
  CHECK(document.paragraphs()[0].first_line == 1);
  CHECK(document.paragraphs()[0].last_line == 3);
}

TEST_CASE("short lines (headings, signatures) are never joined") {
  Document document("t.txt", "天津市人民政府\n2022年3月11日\n");
  CHECK(document.paragraphs().size() == 2);
}

TEST_CASE("blank lines with ideographic spaces separate paragraphs") {
  Document document("t.txt", "甲\n\u3000\u3000\n乙");
  CHECK(document.paragraphs().size() == 2);
  CHECK(docqc::doc::is_blank("\u3000 \t"));
  CHECK_FALSE(docqc::doc::is_blank("\u3000甲"));
}

TEST_CASE("display width counts wide characters twice") {
  CHECK(docqc::doc::display_width("abc") == 3);
  CHECK(docqc::doc::display_width("天津") == 4);
  CHECK(docqc::doc::display_width("，,") == 3);
}

TEST_CASE("display width of every BMP character is ICU's East Asian width") {
  // display_width answers the Chinese blocks from ranges: they must agree with ICU.
  for (char32_t c = 0x80; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      continue;
    }
    std::string text;
    docqc::doc::append_utf8(text, c);
    const auto eaw = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    const std::size_t expected = (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
    if (docqc::doc::display_width(text) != expected) {
      FAIL_CHECK("code point " << static_cast<unsigned>(c));
    }
  }
}

TEST_SUITE_END();
