#include "kinds/metric.h"

#include <doctest/doctest.h>

#include "kinds_test_support.h"
#include "rules/config_error.h"

using docqc::kinds::DocumentMetrics;
using docqc::kinds::MetricLimits;
using docqc::kinds::ParagraphPrints;
using docqc::testing::load;
using docqc::testing::run;

TEST_SUITE_BEGIN("kinds::MetricRule");

namespace {

std::string rule_yaml(const std::string& figures, const std::string& extra = {}) {
  return R"(
rules:
  - id: quality
    kind: metric
    category: structure
    severity: warning
    scope: document
    message: "{score}: {figures}"
    description: test
    min_chars: 10
)" + extra +
         "    figures:\n" + figures;
}

double figure(const DocumentMetrics& metrics, std::string_view name) {
  for (std::size_t i = 0; i < DocumentMetrics::k_count; ++i) {
    if (DocumentMetrics::k_names[i] == name) {
      return metrics.values[i];
    }
  }
  FAIL("no figure " << name);
  return 0;
}

}  // namespace

TEST_CASE("figures of a small document") {
  const std::string text =
      "第一条 为了规范管理，制定本办法。\n"
      "第一条 为了规范管理，制定本办法。\n"
      "第二章 附则\n"
      "\n"
      "价格 $100 ＃ 锟斤拷\n";
  docqc::doc::Document document("m.txt", text);
  const DocumentMetrics metrics =
      DocumentMetrics::compute(document, ParagraphPrints::compute(document), 4);
  CHECK(metrics.lines == 4);
  CHECK(figure(metrics, "duplicate_line_fraction") == doctest::Approx(0.25));
  CHECK(figure(metrics, "no_terminal_punctuation_line_fraction") == doctest::Approx(0.5));
  CHECK(figure(metrics, "symbol_ratio") > 0.0);
  CHECK(figure(metrics, "garbled_fraction") == doctest::Approx(3.0 / metrics.characters));
  // each line ends a sentence, so each is a paragraph: the second one repeats the first
  CHECK(figure(metrics, "duplicate_paragraph_char_fraction") > 0.3);
}

TEST_CASE("duplicate paragraphs and the top n-gram") {
  std::string text;
  for (int i = 0; i < 5; ++i) {
    text += "点击下载点击下载点击下载\n\n";
  }
  docqc::doc::Document document("m.txt", text);
  const DocumentMetrics metrics =
      DocumentMetrics::compute(document, ParagraphPrints::compute(document), 4);
  CHECK(figure(metrics, "duplicate_paragraph_char_fraction") == doctest::Approx(0.8));
  CHECK(figure(metrics, "top_ngram_char_fraction") > 0.5);
  docqc::doc::Document empty("e.txt", "");
  const DocumentMetrics none = DocumentMetrics::compute(empty, ParagraphPrints::compute(empty), 4);
  CHECK(none.characters == 0);
  CHECK(figure(none, "top_ngram_char_fraction") == 0.0);
}

TEST_CASE("the quality score formula") {
  DocumentMetrics metrics;
  MetricLimits limits{};
  CHECK(docqc::kinds::quality_score(metrics, limits) == 100);
  limits[0] = {true, 0.1, 0.3, 0.5};
  metrics.values[0] = 0.1;
  CHECK(docqc::kinds::quality_score(metrics, limits) == 100);
  metrics.values[0] = 0.2;  // half way: 1 - 0.5 x 0.5
  CHECK(docqc::kinds::quality_score(metrics, limits) == 75);
  metrics.values[0] = 0.9;  // over max: 1 - 0.5
  CHECK(docqc::kinds::quality_score(metrics, limits) == 50);
  limits[5] = {true, 0.0, 0.01, 1.0};
  metrics.values[5] = 0.5;
  CHECK(docqc::kinds::quality_score(metrics, limits) == 0);
}

TEST_CASE("facts for every document, a finding over a max") {
  auto rules = load(rule_yaml("      duplicate_line_fraction: {ok: 0.1, max: 0.3, weight: 0.5}\n"));
  auto clean =
      run(*rules[0], "第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。\n");
  CHECK(clean.findings.empty());
  REQUIRE(clean.facts.contains("metrics"));
  CHECK(clean.facts["metrics"].contains("garbled_fraction"));
  // The quality score is the post-pass over every rule's findings (the full pipeline).
  auto repeated =
      run(*rules[0], "第一条 为了规范管理，制定本办法。\n第一条 为了规范管理，制定本办法。\n");
  REQUIRE(repeated.findings.size() == 1);
  CHECK(repeated.located[0].message == "50: duplicate_line_fraction 0.50 (max 0.30)");
  // below min_chars: figures, no finding
  auto shorter = load(rule_yaml("      duplicate_line_fraction: {max: 0.3}\n", "    ngram: 3\n"));
  CHECK(run(*shorter[0], "短句。\n短句。\n").findings.empty());
}

TEST_CASE("the quality score counts every rule's findings, after they all ran") {
  auto rules = load(rule_yaml("      duplicate_line_fraction: {ok: 0.1, max: 0.3, weight: 0.5}\n") +
                    R"(
  - id: placeholder
    kind: pattern
    category: garbled
    severity: error
    scope: line
    pattern: "锟斤拷"
    message: "garbage"
    description: test
)");
  docqc::engine::Engine engine({rules[0].get(), rules[1].get()});
  const docqc::engine::CheckOptions options;
  auto clean =
      docqc::engine::check_bytes("t.txt", "第一条 为了规范管理，制定本办法。\n", engine, options);
  CHECK(clean.facts["metrics"]["quality"] == 100);
  CHECK(clean.facts["metrics"]["damage"] == 0.0);
  // The metric verdict is not located damage (its span is a nominal first line): a document
  // with only that finding scores 100.
  auto repeated = docqc::engine::check_bytes(
      "t.txt", "第一条 为了规范管理，制定本办法。\n第一条 为了规范管理，制定本办法。\n", engine,
      options);
  REQUIRE(repeated.findings.size() == 1);
  CHECK(repeated.findings[0].rule == "quality");
  CHECK(repeated.facts["metrics"]["quality"] == 100);
  // One error over 3 characters in 16 (counted as 500): 6 per 1,000 -> 100 x exp(-6/50) = 89.
  auto damaged = docqc::engine::check_bytes("t.txt", "第一条 为了规范管理锟斤拷，制定本办法。\n",
                                            engine, options);
  CHECK(damaged.facts["metrics"]["damage"] == 3.0);
  CHECK(damaged.facts["metrics"]["damage_density"] == 6.0);
  CHECK(damaged.facts["metrics"]["quality"] == 89);
  // Invalid bytes (a built-in rule) count too.
  auto invalid =
      docqc::engine::check_bytes("t.txt", "第一条 为了规范\xff管理。\n", engine, options);
  CHECK(invalid.facts["metrics"]["damage"] == 1.0);
}

TEST_CASE("option errors") {
  CHECK_THROWS_WITH_AS(load(rule_yaml("      bogus_fraction: {max: 0.3}\n")),
                       doctest::Contains("unknown figure"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(rule_yaml("      symbol_ratio: {max: 0.3, limit: 1}\n")),
                       doctest::Contains("limit"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(rule_yaml("      symbol_ratio: {ok: 0.5, max: 0.3}\n")),
                       doctest::Contains("max"), docqc::rules::ConfigError);
}

TEST_SUITE_END();
