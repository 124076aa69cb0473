#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fix/apply_fixes.h"

using docqc::Finding;
using docqc::Fix;
using docqc::fix::apply_fixes;

TEST_SUITE_BEGIN("fix::apply_fixes");

namespace {

Finding with_fix(std::size_t offset, std::size_t length, std::string replacement,
                 bool safe = true) {
  Finding finding;
  finding.offset = offset;
  finding.length = length;
  finding.fix = Fix{offset, length, std::move(replacement), safe};
  return finding;
}

}  // namespace

TEST_CASE("fixes apply in offset order; overlapping ones wait for the next round") {
  std::vector<Finding> findings = {with_fix(4, 2, "EF"), with_fix(0, 2, "AB"),
                                   with_fix(1, 2, "xx")};
  auto result = apply_fixes("abcdefg", findings, false);
  CHECK(result.text == "ABcdEFg");
  CHECK(result.applied == 2);
  CHECK(result.skipped_overlapping == 1);
}

TEST_CASE("insertions at the edge of an edit are not overlaps") {
  std::vector<Finding> findings = {with_fix(2, 0, "+"), with_fix(2, 1, "C"), with_fix(3, 0, "-")};
  auto result = apply_fixes("abcd", findings, false);
  CHECK(result.text == "ab+C-d");
  CHECK(result.applied == 3);
}

TEST_CASE("unsafe fixes need include_unsafe") {
  std::vector<Finding> findings = {with_fix(0, 1, "A", false)};
  CHECK(apply_fixes("abc", findings, false).text == "abc");
  CHECK(apply_fixes("abc", findings, true).text == "Abc");
}

TEST_CASE("extra edits are applied with their fix, or not at all") {
  Finding all = with_fix(1, 1, "");
  all.extra_edits = {Fix{3, 1, "", true}, Fix{5, 1, "", true}};
  auto result = apply_fixes("a b c d", {all}, false);
  CHECK(result.text == "abcd");
  CHECK(result.applied == 1);
  // One of the group's edits conflicts with a fix taken first: the whole group waits.
  std::vector<Finding> findings = {with_fix(0, 4, "XYZW"), all};
  result = apply_fixes("a b c d", findings, false);
  CHECK(result.text == "XYZWc d");
  CHECK(result.applied == 1);
  CHECK(result.skipped_overlapping == 1);
  // An edit beyond the text drops the group.
  Finding outside = with_fix(0, 1, "A");
  outside.extra_edits = {Fix{10, 1, "", true}};
  CHECK(apply_fixes("abc", {outside}, false).text == "abc");
}

TEST_SUITE_END();
