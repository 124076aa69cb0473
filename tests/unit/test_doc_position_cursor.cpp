#include "doc/position_cursor.h"

#include <doctest/doctest.h>

#include <string>

using docqc::doc::LineIndex;
using docqc::doc::PositionCursor;

namespace {

void same(const LineIndex& index, PositionCursor& cursor, std::size_t offset) {
  auto want = index.position(offset);
  auto got = cursor.at(offset);
  CHECK(got.line == want.line);
  CHECK(got.column == want.column);
  CHECK(got.utf16_column == want.utf16_column);
}

}  // namespace

TEST_SUITE_BEGIN("doc::PositionCursor");

TEST_CASE("every offset in order: CJK, astral, BOM, CRLF, lone CR, empty lines") {
  std::string text = "\xEF\xBB\xBF天津市\r\n第一条 为了\U00020000x\r\rend\n\n";
  LineIndex index(text);
  PositionCursor cursor(index, text);
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    same(index, cursor, offset);
  }
}

TEST_CASE("jumps back and across lines, and a line longer than the checkpoint stride") {
  std::string text = "中文\n" + std::string(9000, 'a') + "中\nb\n";
  LineIndex index(text);
  PositionCursor cursor(index, text);
  for (std::size_t offset : {9008u, 3u, 3u, 9010u, 12u, 0u, 9007u, 9009u, 5u, 7000u, 9003u}) {
    same(index, cursor, offset);
  }
}

TEST_CASE("an empty text has one position") {
  std::string text;
  LineIndex index(text);
  PositionCursor cursor(index, text);
  same(index, cursor, 0);
  same(index, cursor, 4);
}

TEST_SUITE_END();
