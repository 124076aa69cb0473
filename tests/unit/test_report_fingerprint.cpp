#include "report/fingerprint.h"

#include <doctest/doctest.h>

using docqc::report::LocatedFinding;

namespace {

LocatedFinding finding(std::string rule, std::string context, std::size_t column, std::string text,
                       std::size_t line) {
  LocatedFinding f;
  f.rule = std::move(rule);
  f.context = std::move(context);
  f.context_column = column;
  f.text = std::move(text);
  f.line = line;
  f.column = column;
  return f;
}

}  // namespace

TEST_SUITE_BEGIN("report::fingerprint");

TEST_CASE("white space runs collapse, ideographic space included") {
  CHECK(docqc::report::normalize_space("  a \t\u3000 b\n") == "a b");
  CHECK(docqc::report::normalize_space("") == "");
}

TEST_CASE("line numbers do not matter; the span and its neighbours do") {
  auto a =
      docqc::report::fingerprints({finding("doubled-punctuation", "第一条，，规定", 4, "，，", 3)});
  auto moved = docqc::report::fingerprints(
      {finding("doubled-punctuation", "第一条，，规定", 4, "，，", 30)});
  CHECK(a == moved);
  auto far_edit = docqc::report::fingerprints({finding(
      "doubled-punctuation",
      "第一条，，规定本办法适用于全市范围内的各类生活性服务业经营者以及其他相关单位和个人的活动", 4,
      "，，", 3)});
  auto far_edit2 = docqc::report::fingerprints({finding(
      "doubled-punctuation",
      "第一条，，规定本办法适用于全市范围内的各类生活性服务业经营者以及其他有关单位和个人的行为", 4,
      "，，", 3)});
  CHECK(far_edit == far_edit2);  // more than 16 code points away
  auto near_edit =
      docqc::report::fingerprints({finding("doubled-punctuation", "第二条，，规定", 4, "，，", 3)});
  CHECK(a != near_edit);
  auto other_rule = docqc::report::fingerprints({finding("x", "第一条，，规定", 4, "，，", 3)});
  CHECK(a != other_rule);
}

TEST_CASE("repeated identical findings get distinct ordinals") {
  auto prints = docqc::report::fingerprints(
      {finding("r", "甲，，乙", 2, "，，", 1), finding("r", "甲，，乙", 2, "，，", 7)});
  REQUIRE(prints.size() == 2);
  CHECK(prints[0] != prints[1]);
  CHECK(prints[0].substr(0, 16) == prints[1].substr(0, 16));
  CHECK(prints[0].substr(16) == ":0");
  CHECK(prints[1].substr(16) == ":1");
}

TEST_SUITE_END();
