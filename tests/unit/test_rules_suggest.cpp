#include "rules/suggest.h"

#include <doctest/doctest.h>

using docqc::rules::closest;
using docqc::rules::did_you_mean;
using docqc::rules::edit_distance;

TEST_SUITE_BEGIN("rules::suggest");

TEST_CASE("edit distance counts a swap of neighbours as one edit") {
  CHECK(edit_distance("category", "category") == 0);
  CHECK(edit_distance("categroy", "category") == 1);
  CHECK(edit_distance("sevrity", "severity") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("the closest known name, only when it is close") {
  std::vector<std::string> keys = {"id", "kind", "category", "severity", "message"};
  CHECK(closest("categroy", keys) == "category");
  CHECK(closest("mesage", keys) == "message");
  CHECK(!closest("pattern", keys));
  // Short words are not matched to unrelated short names ("ix" is not a typo of "id").
  CHECK(!closest("ix", keys));
  CHECK(did_you_mean("knd", keys) == "; did you mean 'kind'?");
  CHECK(did_you_mean("zzzzzz", keys).empty());
}

TEST_CASE("a shortened name suggests the name it begins, else one it is part of") {
  std::vector<std::string> ids = {"unmatched-bracket", "halfwidth-parentheses-in-cjk",
                                  "halfwidth-punctuation-in-cjk"};
  CHECK(closest("halfwidth-punct", ids) == "halfwidth-punctuation-in-cjk");
  CHECK(closest("bracket", ids) == "unmatched-bracket");
  CHECK(!closest("cjk", ids));  // too short to mean anything
}

TEST_CASE("an exact name is not suggested to itself") {
  CHECK(!closest("id", {"id"}));
}

TEST_SUITE_END();
