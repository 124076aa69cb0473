#include "kinds/file_copy.h"

#include <doctest/doctest.h>

using docqc::kinds::is_file_copy;
using docqc::kinds::ordered_matches;
using docqc::kinds::ParagraphMatch;

TEST_SUITE_BEGIN("kinds::file_copy");

TEST_CASE("ordered matches: the longest chain increasing in both files") {
  CHECK(ordered_matches({}) == 0);
  CHECK(ordered_matches({{0, 0}, {1, 1}, {2, 2}}) == 3);
  // given in any order
  CHECK(ordered_matches({{2, 2}, {0, 0}, {1, 1}}) == 3);
  // reversed order keeps one
  CHECK(ordered_matches({{0, 2}, {1, 1}, {2, 0}}) == 1);
  // a paragraph copied twice counts once
  CHECK(ordered_matches({{0, 0}, {1, 0}, {2, 1}}) == 2);
  // one paragraph moved: the rest stays in order
  CHECK(ordered_matches({{0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 4}}) == 4);
}

TEST_CASE("a copy holds the share of both files' paragraphs, in order") {
  const std::vector<ParagraphMatch> all = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4},
                                           {5, 5}, {6, 6}, {7, 7}, {8, 8}, {9, 9}};
  CHECK(is_file_copy(all, 10, 10, 0.9));
  CHECK(is_file_copy({all.begin(), all.begin() + 9}, 10, 10, 0.9));
  CHECK_FALSE(is_file_copy({all.begin(), all.begin() + 8}, 10, 10, 0.9));
  CHECK(is_file_copy({all.begin(), all.begin() + 8}, 10, 10, 0.8));
  // the copy is a part of the first file, or the first file a part of the copy
  CHECK_FALSE(is_file_copy(all, 10, 20, 0.9));
  CHECK_FALSE(is_file_copy(all, 20, 10, 0.9));
  // at least two paragraphs
  CHECK_FALSE(is_file_copy({{0, 0}}, 1, 1, 0.9));
  CHECK(is_file_copy({{0, 0}, {1, 1}}, 2, 2, 0.9));
  // the same paragraphs shuffled are not a copy of the file
  CHECK_FALSE(is_file_copy({{0, 3}, {1, 2}, {2, 1}, {3, 0}}, 4, 4, 0.9));
}

TEST_SUITE_END();
