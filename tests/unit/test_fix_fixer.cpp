#include "fix/fixer.h"

#include <doctest/doctest.h>

#include <string>

namespace {

// A stand-in rule: every "，，" is a finding whose fix is "，". "，，，" needs two rounds.
docqc::fix::Checked check_doubled(std::string_view bytes) {
  docqc::fix::Checked checked;
  checked.document = std::make_unique<docqc::doc::Document>("a.txt", std::string(bytes));
  std::string_view text = checked.document->text();
  const std::string_view doubled = "，，";
  for (std::size_t pos = text.find(doubled); pos != std::string_view::npos;
       pos = text.find(doubled, pos + doubled.size())) {
    docqc::Finding finding;
    finding.rule = "doubled";
    finding.offset = pos;
    finding.length = doubled.size();
    finding.fix.emplace();
    finding.fix->offset = pos;
    finding.fix->length = doubled.size();
    finding.fix->replacement.assign("，");
    checked.findings.push_back(std::move(finding));
  }
  return checked;
}

}  // namespace

TEST_SUITE_BEGIN("fix::fixer");

TEST_CASE("fixes repeat until nothing changes, and a second run changes nothing") {
  auto outcome = docqc::fix::fix_bytes("甲，，，，，乙，，丙", check_doubled, false);
  CHECK(outcome.converged);
  CHECK(outcome.bytes == "甲，乙，丙");
  CHECK(outcome.rounds >= 2);
  CHECK(outcome.changed());
  auto again = docqc::fix::fix_bytes(outcome.bytes, check_doubled, false);
  CHECK_FALSE(again.changed());
  CHECK(again.bytes == outcome.bytes);
  CHECK(again.applied == 0);
}

TEST_CASE("a file that cannot be checked is returned as it is") {
  auto outcome = docqc::fix::fix_bytes(
      "x", [](std::string_view) { return docqc::fix::Checked{}; }, true);
  CHECK(outcome.bytes == "x");
  CHECK_FALSE(outcome.changed());
}

TEST_CASE("regression_fix_not_converging: a fix that re-creates its match gives up early") {
  // pattern "a", fix "aa": the text doubles every round.
  auto grow = [](std::string_view bytes) {
    docqc::fix::Checked checked;
    checked.document = std::make_unique<docqc::doc::Document>("a.txt", std::string(bytes));
    std::string_view text = checked.document->text();
    for (std::size_t pos = text.find('a'); pos != std::string_view::npos;
         pos = text.find('a', pos + 1)) {
      docqc::Finding finding;
      finding.rule = "grow";
      finding.offset = pos;
      finding.length = 1;
      finding.fix.emplace();
      finding.fix->offset = pos;
      finding.fix->length = 1;
      finding.fix->replacement.assign("aa");
      checked.findings.push_back(std::move(finding));
    }
    return checked;
  };
  std::string original(10 * 1024, 'a');
  auto outcome = docqc::fix::fix_bytes(original, grow, false);
  CHECK_FALSE(outcome.converged);
  CHECK(outcome.unconverged_rules == std::vector<std::string>{"grow"});
  CHECK(outcome.bytes.size() <=
        2 * (original.size() * docqc::fix::k_max_growth + docqc::fix::k_growth_slack));
  CHECK(outcome.rounds < docqc::fix::k_max_rounds);
}

TEST_SUITE_END();
