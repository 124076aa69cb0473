#include "text/did_you_mean.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using docqc::text::did_you_mean;
using docqc::text::did_you_mean_suffix;
using docqc::text::edit_distance;

TEST_SUITE_BEGIN("text::did_you_mean");

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("check", "check") == 0);
  CHECK(edit_distance("chek", "check") == 1);      // deletion
  CHECK(edit_distance("sellect", "select") == 1);  // insertion
  CHECK(edit_distance("chack", "check") == 1);     // substitution
  CHECK(edit_distance("chcek", "check") == 1);     // adjacent swap
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("ca", "abc") == 3);  // optimal string alignment, not full Damerau
}

TEST_CASE("the nearest close candidate wins") {
  std::vector<std::string> commands{"check", "rules", "explain", "test-rules", "version", "init"};
  CHECK(did_you_mean("chek", commands) == "check");
  CHECK(did_you_mean("rule", commands) == "rules");
  CHECK(did_you_mean("expalin", commands) == "explain");
  CHECK(did_you_mean("verison", commands) == "version");
  std::vector<std::string> options{"--select", "--ignore", "--statistics", "--fix"};
  CHECK(did_you_mean("--sellect", options) == "--select");
  CHECK(did_you_mean("--fxi", options) == "--fix");
}

TEST_CASE("nothing close: no suggestion") {
  std::vector<std::string> commands{"check", "rules", "explain", "test-rules", "version", "init"};
  CHECK_FALSE(did_you_mean("frob", commands).has_value());
  CHECK_FALSE(did_you_mean("", commands).has_value());
  CHECK_FALSE(did_you_mean("x", {}).has_value());
  CHECK(did_you_mean_suffix("frob", commands).empty());
}

TEST_CASE("a shortened name suggests the shortest name containing it") {
  std::vector<std::string> ids{"halfwidth-punctuation-in-cjk", "halfwidth-parentheses-in-cjk",
                               "halfwidth-punctuation", "doubled-punctuation"};
  CHECK(did_you_mean("halfwidth-punct", ids) == "halfwidth-punctuation");
  CHECK(did_you_mean("parentheses", ids) == "halfwidth-parentheses-in-cjk");
  CHECK_FALSE(did_you_mean("zz", ids).has_value());  // too short to be a fragment
}

TEST_CASE("keys of rule files: a typo is close, another key is not") {
  std::vector<std::string> keys = {"id", "kind", "category", "severity", "message"};
  CHECK(did_you_mean("categroy", keys) == "category");
  CHECK(did_you_mean("sevrity", keys) == "severity");
  CHECK(did_you_mean("mesage", keys) == "message");
  CHECK(did_you_mean("knd", keys) == "kind");
  CHECK_FALSE(did_you_mean("pattern", keys).has_value());
  CHECK(did_you_mean_suffix("zzzzzz", keys).empty());
}

TEST_CASE("short words are not matched to unrelated short names") {
  std::vector<std::string> keys = {"id", "kind", "category", "severity", "message"};
  CHECK_FALSE(did_you_mean("ix", keys).has_value());  // one edit, but half of the word
  CHECK_FALSE(did_you_mean("a", {"b"}).has_value());
}

TEST_CASE("a shortened name prefers the names it begins to the names it is in") {
  std::vector<std::string> ids = {"unmatched-bracket", "halfwidth-parentheses-in-cjk",
                                  "halfwidth-punctuation-in-cjk"};
  CHECK(did_you_mean("halfwidth-punct", ids) == "halfwidth-punctuation-in-cjk");
  CHECK(did_you_mean("bracket", ids) == "unmatched-bracket");
  CHECK_FALSE(did_you_mean("cjk", ids).has_value());  // too short to mean anything
  CHECK(did_you_mean("punctuation", {"punctuation-doubled", "halfwidth-punctuation"}) ==
        "punctuation-doubled");
}

TEST_CASE("an exact name is not suggested to itself") {
  CHECK_FALSE(did_you_mean("id", {"id"}).has_value());
  CHECK(did_you_mean("rules", {"rules", "rule"}) == "rule");
}

TEST_CASE("the suffix reads as part of an error message") {
  CHECK(did_you_mean_suffix("chek", {"check"}) == "; did you mean 'check'?");
}

TEST_SUITE_END();
