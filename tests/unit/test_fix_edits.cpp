#include "fix/edits.h"

// GCC 12 at -O3 reports a false -Wrestrict inside std::string for short literal assignments
// (GCC bug 105329); nothing here overlaps.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

#include <doctest/doctest.h>

#include "doc/document.h"

using docqc::Finding;
using docqc::Fix;
using docqc::fix::Edit;

namespace {

Finding with_fix(std::size_t offset, std::size_t length, const char* replacement,
                 bool safe = true) {
  Finding f;
  f.rule = "r";
  f.offset = offset;
  f.length = length;
  f.fix.emplace();
  f.fix->offset = offset;
  f.fix->length = length;
  f.fix->replacement.assign(replacement);
  f.fix->safe = safe;
  return f;
}

}  // namespace

TEST_SUITE_BEGIN("fix::edits");

TEST_CASE("overlapping fixes wait for the next round; unsafe ones need the flag") {
  std::string text = "abcdef";
  std::vector<Finding> findings = {with_fix(1, 2, "X"), with_fix(2, 2, "Y"),
                                   with_fix(4, 1, "Z", false), with_fix(0, 0, "<"),
                                   with_fix(0, 0, "[")};
  auto safe = docqc::fix::choose_edits(findings, text, false);
  REQUIRE(safe.size() == 2);
  CHECK(safe[0] == Edit{0, 0, "<"});
  CHECK(safe[1] == Edit{1, 2, "X"});
  CHECK(docqc::fix::apply_edits(text, safe) == "<aXdef");
  auto all = docqc::fix::choose_edits(findings, text, true);
  CHECK(docqc::fix::apply_edits(text, all) == "<aXdZf");
}

TEST_CASE("fixes that change nothing or point outside the text are left out") {
  std::string text = "abc";
  CHECK(docqc::fix::choose_edits({with_fix(0, 1, "a"), with_fix(2, 5, "")}, text, true).empty());
}

TEST_CASE("a fix and its extra edits are chosen together or not at all") {
  std::string text = "a b c d";
  Finding all = with_fix(1, 1, "");
  all.extra_edits = {Fix{3, 1, "", true}, Fix{5, 1, "", true}};
  auto edits = docqc::fix::choose_edits({all}, text, false);
  CHECK(edits.size() == 3);
  CHECK(docqc::fix::apply_edits(text, edits) == "abcd");
  // A fix taken first conflicts with one extra edit: the whole group waits for the next round.
  edits = docqc::fix::choose_edits({with_fix(0, 4, "XYZW"), all}, text, false);
  REQUIRE(edits.size() == 1);
  CHECK(docqc::fix::apply_edits(text, edits) == "XYZWc d");
  // Single fixes between the group's edits are still taken.
  edits = docqc::fix::choose_edits({all, with_fix(4, 1, "C")}, text, false);
  CHECK(docqc::fix::apply_edits(text, edits) == "abCd");
}

TEST_CASE("splicing into UTF-8 keeps every other byte, invalid ones and the BOM included") {
  // "\xEF\xBB\xBF" BOM, then "甲，，乙\xFF\r\n": the decoder dropped the BOM and turned \xFF
  // into U+FFFD.
  std::string original = "\xEF\xBB\xBF\xE7\x94\xB2\xEF\xBC\x8C\xEF\xBC\x8C\xE4\xB9\x99\xFF\r\n";
  docqc::doc::SourceMap map;
  map.add_anchor(0, 3);
  map.add_anchor(12, 15);  // U+FFFD (3 bytes) came from one byte
  map.add_anchor(15, 16);
  std::string decoded = "\xE7\x94\xB2\xEF\xBC\x8C\xEF\xBC\x8C\xE4\xB9\x99\xEF\xBF\xBD\r\n";
  docqc::doc::Document document("a.txt", decoded, map, {"UTF-8", true, original.size()});
  auto result = docqc::fix::apply_to_original(original, document, {{3, 6, "，"}});
  CHECK(result.applied == 1);
  CHECK(result.bytes == "\xEF\xBB\xBF\xE7\x94\xB2\xEF\xBC\x8C\xE4\xB9\x99\xFF\r\n");
}

TEST_CASE("a GB18030 file stays GB18030; a newline in a replacement follows the file") {
  // "甲，，乙\r\n" in GB18030: 甲 BC D7, ， A3 AC, 乙 D2 D2.
  std::string original = "\xBC\xD7\xA3\xAC\xA3\xAC\xD2\xD2\r\n";
  docqc::doc::SourceMap map;
  map.add_anchor(0, 0);
  map.add_anchor(3, 2);
  map.add_anchor(6, 4);
  map.add_anchor(9, 6);
  map.add_anchor(12, 8);
  std::string decoded = "甲，，乙\r\n";
  docqc::doc::Document document("a.txt", decoded, map, {"GB18030", false, original.size()});
  auto result = docqc::fix::apply_to_original(original, document, {{3, 6, "，\n"}});
  CHECK(result.applied == 1);
  CHECK(result.bytes == "\xBC\xD7\xA3\xAC\r\n\xD2\xD2\r\n");
}

TEST_CASE("a replacement the encoding cannot hold is left out") {
  std::string original = "abc";
  docqc::doc::Document document("a.txt", "abc", {}, {"ISO-8859-1", false, 3});
  auto result = docqc::fix::apply_to_original(original, document, {{1, 1, "中"}});
  CHECK(result.applied == 0);
  CHECK(result.unencodable == 1);
  CHECK(result.bytes == "abc");
}

TEST_CASE("dominant line ending") {
  CHECK(docqc::fix::dominant_line_ending("a\r\nb\r\nc\n") == "\r\n");
  CHECK(docqc::fix::dominant_line_ending("a\rb\r") == "\r");
  CHECK(docqc::fix::dominant_line_ending("abc") == "\n");
}

TEST_SUITE_END();
