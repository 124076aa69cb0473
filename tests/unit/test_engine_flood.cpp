#include "engine/flood.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_SUITE_BEGIN("engine::fold_floods");

using docqc::Finding;
using docqc::Fix;
using docqc::Severity;

namespace {

Finding make(const std::string& rule, std::size_t offset, Severity severity, bool fix = true,
             bool safe = true) {
  Finding finding;
  finding.rule = rule;
  finding.severity = severity;
  finding.message = "half-width comma";
  finding.offset = offset;
  finding.length = 1;
  if (fix) {
    finding.fix = Fix{offset, 1, "，", safe};
  }
  return finding;
}

}  // namespace

TEST_CASE("a style finding repeated `threshold` times is one finding with every edit") {
  std::vector<Finding> findings;
  for (std::size_t i = 0; i < 6; ++i) {
    findings.push_back(make("comma", 10 * i + 5, Severity::info));
    findings.push_back(make("other", 10 * i + 6, Severity::warning));
  }
  CHECK(docqc::engine::fold_floods(findings, 6) == 5);
  REQUIRE(findings.size() == 7);
  const Finding& head = findings[0];
  CHECK(head.rule == "comma");
  CHECK(head.offset == 5);  // the first occurrence's place
  CHECK(head.message ==
        "half-width comma (6 occurrences in this file; --all-occurrences lists each)");
  REQUIRE(head.fix.has_value());
  CHECK(head.fix->offset == 5);
  REQUIRE(head.extra_edits.size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(head.extra_edits[i].offset == 10 * (i + 1) + 5);
    CHECK(head.extra_edits[i].replacement == "，");
  }
  REQUIRE(head.related.size() == docqc::engine::k_flood_examples);
  CHECK(head.related[0].offset == 15);
  CHECK(head.related[2].offset == 35);
  // The warnings stay, each in its place, in order.
  for (std::size_t i = 1; i < findings.size(); ++i) {
    CHECK(findings[i].rule == "other");
    CHECK(findings[i].offset == 10 * (i - 1) + 6);
  }
}

TEST_CASE("below the threshold, warnings, and threshold 0: nothing is folded") {
  std::vector<Finding> findings;
  for (std::size_t i = 0; i < 5; ++i) {
    findings.push_back(make("comma", i, Severity::info));
    findings.push_back(make("loud", 100 + i, Severity::warning));
  }
  auto before = findings.size();
  CHECK(docqc::engine::fold_floods(findings, 6) == 0);
  CHECK(docqc::engine::fold_floods(findings, 5) == 4);  // the info rule only
  CHECK(findings.size() == before - 4);
  CHECK(docqc::engine::fold_floods(findings, 0) == 0);
  std::vector<Finding> warnings(10, make("loud", 1, Severity::warning));
  CHECK(docqc::engine::fold_floods(warnings, 2) == 0);
  CHECK(warnings.size() == 10);
}

TEST_CASE("one unsafe edit makes the whole fix unsafe; occurrences without a fix add none") {
  std::vector<Finding> findings;
  findings.push_back(make("comma", 0, Severity::info, false));
  findings.push_back(make("comma", 2, Severity::info, true, true));
  findings.push_back(make("comma", 4, Severity::info, true, false));
  findings.push_back(make("comma", 6, Severity::info, true, true));
  findings[3].extra_edits.push_back(Fix{7, 1, "x", true});
  CHECK(docqc::engine::fold_floods(findings, 3) == 3);
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].fix.has_value());
  CHECK(findings[0].fix->offset == 2);  // the first occurrence had none
  CHECK_FALSE(findings[0].fix->safe);
  REQUIRE(findings[0].extra_edits.size() == 3);
  CHECK(findings[0].extra_edits[2].offset == 7);
  for (const Fix& edit : findings[0].extra_edits) {
    CHECK_FALSE(edit.safe);
  }
}

TEST_CASE("two flooding rules fold separately, each at its first occurrence") {
  std::vector<Finding> findings;
  for (std::size_t i = 0; i < 4; ++i) {
    findings.push_back(make("b", 2 * i, Severity::info));
    findings.push_back(make("a", 2 * i + 1, Severity::info));
  }
  CHECK(docqc::engine::fold_floods(findings, 4) == 6);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == "b");
  CHECK(findings[1].rule == "a");
  CHECK(findings[1].offset == 1);
  CHECK(findings[1].extra_edits.size() == 3);
}

TEST_SUITE_END();
