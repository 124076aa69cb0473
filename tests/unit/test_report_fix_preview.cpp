#include "report/fix_preview.h"

#include <doctest/doctest.h>

#include <string>

using docqc::report::FileReport;
using docqc::report::fix_preview;
using docqc::report::LocatedFinding;
using docqc::report::LocatedFix;

namespace {

// A broken paragraph "第一段前半\n后半。": the finding spans both halves, the fix deletes the
// line break. `unit` is how many bytes a Chinese character takes in the file's encoding.
FileReport file(std::string encoding) {
  FileReport f;
  f.path = "a.txt";
  f.encoding = std::move(encoding);
  f.text = std::string("标题\n第一段前半\n后半。\n");
  return f;
}

LocatedFinding join(std::size_t first_byte, std::size_t unit) {
  LocatedFinding f;
  f.rule = "broken-paragraph";
  f.char_offset = 3;  // after "标题\n"
  f.byte_offset = first_byte;
  f.byte_length = 8 * unit;
  f.fix = LocatedFix{"", first_byte + 5 * unit, std::size_t{1}, false, {}};  // one "\n" byte
  return f;
}

}  // namespace

TEST_SUITE_BEGIN("report::fix_preview");

TEST_CASE("a paragraph join in UTF-8 shows the two halves joined") {
  auto f = join(2 * 3 + 1, 3);
  auto preview = fix_preview(file("UTF-8"), f);
  REQUIRE(preview.has_value());
  CHECK(preview->before == "标题\n第一段前半\n后半。\n");
  CHECK(preview->after == "标题\n第一段前半后半。\n");
  auto narrow = fix_preview(file("UTF-8"), f, 2);
  REQUIRE(narrow.has_value());
  CHECK(narrow->before == "前半\n后半");
  CHECK(narrow->after == "前半后半");
}

TEST_CASE("the original bytes of GB18030 and UTF-16 files are mapped to the text") {
  // GB18030: two bytes per Chinese character, one per line break.
  LocatedFinding gb = join(2 * 2 + 1, 2);
  gb.fix->byte_offset = gb.byte_offset + 5 * 2;
  gb.fix->byte_length = 1;
  auto preview = fix_preview(file("gb18030"), gb, 2);
  REQUIRE(preview.has_value());
  CHECK(preview->after == "前半后半");
  // UTF-16LE with a BOM: the BOM shifts both offsets alike; two bytes per unit.
  LocatedFinding utf16 = join(2 + 3 * 2, 2);
  utf16.fix->byte_offset = utf16.byte_offset + 5 * 2;
  utf16.fix->byte_length = 2;
  preview = fix_preview(file("UTF-16LE"), utf16, 2);
  REQUIRE(preview.has_value());
  CHECK(preview->before == "前半\n后半");
  CHECK(preview->after == "前半后半");
}

TEST_CASE("no preview without the text, with an unknown encoding or off a boundary") {
  auto f = join(7, 3);
  FileReport no_text = file("UTF-8");
  no_text.text.reset();
  CHECK_FALSE(fix_preview(no_text, f).has_value());
  CHECK_FALSE(fix_preview(file("no-such-encoding-x"), f).has_value());
  auto inside = f;
  inside.fix->byte_offset += 1;  // inside a character
  CHECK_FALSE(fix_preview(file("UTF-8"), inside).has_value());
  auto past = f;
  past.fix->byte_offset += 1000;
  CHECK_FALSE(fix_preview(file("UTF-8"), past).has_value());
}

TEST_SUITE_END();
