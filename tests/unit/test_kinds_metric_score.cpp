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

TEST_CASE("a finding covering no character counts one; long spans count in full") {
  const std::string text = han(2000);
  CHECK(damage_score(text, {finding(Severity::error, 3, 0)}, 2000, {}).damage ==
        doctest::Approx(1.0));
  // A whole mojibake paragraph is that many damaged characters, not a capped few.
  CHECK(damage_score(text, {finding(Severity::error, 0, text.size())}, 2000, {}).damage ==
        doctest::Approx(2000.0));
  CHECK(damage_score(text, {finding(Severity::error, 0, text.size())}, 2000, {}).quality == 0);
  // A span of white space only (an inserted space, a line break) is one character too.
  const std::string spaced = "字 \n\n字";
  CHECK(damage_score(spaced, {finding(Severity::warning, 3, 3)}, 2, {}).damage ==
        doctest::Approx(0.5));
}

TEST_CASE("white space inside a span does not count") {
  // pdftotext -layout pads a running header with spaces: the header's characters count.
  const std::string text = "          第三章          \n" + han(1000);
  auto score = damage_score(text, {finding(Severity::error, 0, 28)}, 1003, {});
  CHECK(score.damage == doctest::Approx(3.0));
}

TEST_CASE("overlapping findings count each character once, at the highest severity") {
  const std::string text = han(1000);
  // An error over characters 0-9 and a warning over 5-14: 10 x 1 + 5 x 0.5.
  auto score = damage_score(
      text, {finding(Severity::error, 0, 30), finding(Severity::warning, 15, 30)}, 1000, {});
  CHECK(score.damage == doctest::Approx(12.5));
  // A control character inside a mojibake run adds nothing.
  score = damage_score(text, {finding(Severity::error, 0, 30), finding(Severity::error, 6, 3)},
                       1000, {});
  CHECK(score.damage == doctest::Approx(10.0));
  // The same span found by an info and a warning rule counts as the warning.
  score = damage_score(text, {finding(Severity::info, 0, 30), finding(Severity::warning, 0, 30)},
                       1000, {});
  CHECK(score.damage == doctest::Approx(5.0));
}

TEST_CASE("a fix's edits are covered too: one document-level finding for many places") {
  const std::string text = han(1000);
  Finding f = finding(Severity::warning, 0, 6);  // the first running header, 2 characters
  f.fix = docqc::Fix{0, 6, "", false};
  for (std::size_t i = 1; i <= 9; ++i) {
    f.extra_edits.push_back(docqc::Fix{i * 300, 6, "", false});
  }
  CHECK(damage_score(text, {f}, 1000, {}).damage == doctest::Approx(10 * 2 * 0.5));
}

TEST_CASE("the excluded rule (the metric verdict) does not count") {
  const std::string text = han(1000);
  Finding verdict = finding(Severity::warning, 0, 300);
  verdict.rule = "low-quality-document";
  Finding other = finding(Severity::error, 600, 3);
  other.rule = "replacement-character";
  CHECK(damage_score(text, {verdict, other}, 1000, {}, "low-quality-document").damage ==
        doctest::Approx(1.0));
  CHECK(damage_score(text, {verdict, other}, 1000, {}).damage == doctest::Approx(51.0));
}

TEST_CASE("spans past the end of the text are clipped") {
  const std::string text = han(10);
  CHECK(damage_score(text, {finding(Severity::error, 27, 100)}, 10, {}).damage ==
        doctest::Approx(1.0));
  CHECK(damage_score(text, {finding(Severity::error, 500, 3)}, 10, {}).damage ==
        doctest::Approx(1.0));
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
