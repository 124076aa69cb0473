#include "kinds/metric_score.h"

#include <doctest/doctest.h>

#include <string>

using docqc::Finding;
using docqc::Severity;
using docqc::kinds::damage_score;
using docqc::kinds::DamageWeights;

TEST_SUITE_BEGIN("kinds::metric_score");

namespace {

Finding finding(Severity severity, std::size_t offset, std::size_t length) {
  Finding f;
  f.severity = severity;
  f.offset = offset;
  f.length = length;
  return f;
}

std::string han(std::size_t chars) {
  std::string text;
  for (std::size_t i = 0; i < chars; ++i) {
    text += "字";
  }
  return text;
}

}  // namespace

TEST_CASE("clean text scores 100") {
  const std::string text = han(2000);
  auto score = damage_score(text, {}, 2000, {});
  CHECK(score.quality == 100);
  CHECK(score.damage == 0.0);
}

TEST_CASE("damage is severity times span in code points, per 1,000 characters") {
  const std::string text = han(2000);
  // One error over 10 characters (30 bytes) in 2,000: 5 per 1,000.
  auto score = damage_score(text, {finding(Severity::error, 0, 30)}, 2000, {});
  CHECK(score.damage == doctest::Approx(10.0));
  CHECK(score.density == doctest::Approx(5.0));
  CHECK(score.quality == 90);  // 100 x exp(-5 / 50)
  // A warning counts half, an info a tenth.
  CHECK(damage_score(text, {finding(Severity::warning, 0, 30)}, 2000, {}).damage ==
        doctest::Approx(5.0));
  CHECK(damage_score(text, {finding(Severity::info, 0, 30)}, 2000, {}).damage ==
        doctest::Approx(1.0));
}

TEST_CASE("spans count at least one and at most span_cap characters") {
  const std::string text = han(2000);
  CHECK(damage_score(text, {finding(Severity::error, 3, 0)}, 2000, {}).damage ==
        doctest::Approx(1.0));
  CHECK(damage_score(text, {finding(Severity::error, 0, text.size())}, 2000, {}).damage ==
        doctest::Approx(32.0));
  DamageWeights weights;
  weights.span_cap = 4;
  CHECK(damage_score(text, {finding(Severity::error, 0, 300)}, 2000, weights).damage ==
        doctest::Approx(4.0));
}

TEST_CASE("more damage, lower score; short documents use min_chars") {
  const std::string text = han(1000);
  std::vector<Finding> few = {finding(Severity::error, 0, 3)};
  std::vector<Finding> many;
  for (std::size_t i = 0; i < 50; ++i) {
    many.push_back(finding(Severity::error, i * 18, 6));
  }
  const int a = damage_score(text, few, 1000, {}).quality;
  const int b = damage_score(text, many, 1000, {}).quality;
  CHECK(a > b);
  CHECK(a >= 95);
  CHECK(b <= 20);
  // Ten characters with one damaged one count as 1 per 500 characters, not 100 per 1,000.
  CHECK(damage_score(han(10), {finding(Severity::error, 0, 3)}, 10, {}).density ==
        doctest::Approx(2.0));
}
