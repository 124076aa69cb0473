#include "fix/unified_diff.h"

// GCC 12 at -O3 reports a false -Wrestrict inside std::string for short literal assignments
// (GCC bug 105329); nothing here overlaps.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

#include <doctest/doctest.h>

#include <string>

using docqc::fix::unified_diff;

TEST_SUITE_BEGIN("fix::unified_diff");

TEST_CASE("equal texts give nothing") {
  CHECK(unified_diff("a\nb\n", "a\nb\n", "a", "b").empty());
}

TEST_CASE("hunks have three lines of context and GNU diff's headers") {
  std::string a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
  std::string b = "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nX\n14\n15";
  // The expected text is what `diff -u` prints for the same files.
  CHECK(unified_diff(a, b, "a/x", "b/x") ==
        "--- a/x\n+++ b/x\n"
        "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
        "@@ -11,5 +11,6 @@\n 11\n 12\n 13\n+X\n 14\n-15\n+15\n\\ No newline at end of file\n");
}

TEST_CASE("close changes share one hunk") {
  CHECK(unified_diff("a\nb\nc\nd\ne\n", "A\nb\nc\nd\nE\n", "o", "n") ==
        "--- o\n+++ n\n@@ -1,5 +1,5 @@\n-a\n+A\n b\n c\n d\n-e\n+E\n");
}

TEST_CASE("empty sides") {
  CHECK(unified_diff("", "a\n", "o", "n") == "--- o\n+++ n\n@@ -0,0 +1,1 @@\n+a\n");
  CHECK(unified_diff("a\nb\n", "", "o", "n") == "--- o\n+++ n\n@@ -1,2 +0,0 @@\n-a\n-b\n");
}

TEST_CASE("a line-ending change shows, CJK text passes through") {
  CHECK(unified_diff("中文，，\r\n", "中文，\r\n", "o", "n") ==
        "--- o\n+++ n\n@@ -1,1 +1,1 @@\n-中文，，\r\n+中文，\r\n");
}

TEST_CASE("past the edit-distance limit the middle is one replaced block") {
  std::string a;
  std::string b;
  for (std::size_t i = 0; i < docqc::fix::k_max_edit_distance; ++i) {
    a += "a" + std::to_string(i) + "\n";
    b += "b" + std::to_string(i) + "\n";
  }
  std::string diff = unified_diff(a, b, "o", "n");
  CHECK(diff.find("@@ -1,4000 +1,4000 @@\n-a0\n") != std::string::npos);
}

TEST_SUITE_END();
