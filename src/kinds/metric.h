// kind: metric — Gopher/C4-style quality figures of a whole document, a 0-100 quality
// score, and one document-level finding when a figure reaches its threshold. Scope: document.
//
// The figures (all fractions in [0, 1]):
//   duplicate_line_fraction                non-blank lines (trimmed) that repeat an earlier line
//   duplicate_paragraph_char_fraction      characters of paragraphs that repeat an earlier
//                                          paragraph after normalization (text/normalize.h)
//   top_ngram_char_fraction                characters covered by the most frequent character
//                                          n-gram (`ngram`, default 4) of the normalized text
//   no_terminal_punctuation_line_fraction  non-blank lines that do not end with 。！？…
//                                          .!? (closing quotes and brackets looked through)
//   symbol_ratio                           symbol characters (Unicode S*, # and …) among the
//                                          non-space characters
//   garbled_fraction                       U+FFFD, private-use, unassigned and control
//                                          characters and 锟斤拷 / 烫烫 / 屯屯 runs among the
//                                          non-space characters
// YAML key `figures` maps each figure to {ok, max, weight}; a figure left out is computed and
// published but does not count. `min_chars` (default 200): shorter documents get figures and a
// score but no finding. `ngram`: see above.
//
// The figure score (message variable {score}) is
//   score = 100 x product over figures of (1 - weight x penalty),
//   penalty = clamp((figure - ok) / (max - ok), 0, 1),
// rounded to an integer: a figure at or below `ok` costs nothing, one at or above `max`
// multiplies the score by (1 - weight). The finding lists every figure at or above its max.
// Message variables: {score}, {figures} (the figures over their max, with the limits).
//
// The quality score (facts.metrics.quality, the JSON summary, corpus records) is computed
// after every rule ran, from all the document's findings (score(), kinds/metric_score.h):
// it falls with the density of damage, weighted by severity and span (this rule's own
// verdict left out). YAML key `score`: {error, warning, info, min_chars, scale}
// (DamageWeights). The facts also carry
// `damage` (weighted damaged characters) and `damage_density` (per 1,000 characters).
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "kinds/metric_score.h"
#include "kinds/paragraph_prints.h"
#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

struct DocumentMetrics {
  static constexpr std::size_t k_count = 6;
  static constexpr std::array<std::string_view, k_count> k_names = {
      "duplicate_line_fraction",
      "duplicate_paragraph_char_fraction",
      "top_ngram_char_fraction",
      "no_terminal_punctuation_line_fraction",
      "symbol_ratio",
      "garbled_fraction"};

  std::array<double, k_count> values{};
  std::size_t characters = 0;  // non-space characters
  std::size_t lines = 0;       // non-blank lines

  static DocumentMetrics compute(const doc::Document& document, const ParagraphPrints& prints,
                                 int ngram);
};

struct MetricLimit {
  bool enabled = false;
  double ok = 0.0;
  double max = 1.0;
  double weight = 0.0;
};

using MetricLimits = std::array<MetricLimit, DocumentMetrics::k_count>;

int quality_score(const DocumentMetrics& metrics, const MetricLimits& limits);

class MetricRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;
  // The post-pass (engine/checker.cpp calls it once every rule ran and the findings are
  // filtered): sets facts.metrics.quality, damage and damage_density from all `findings`.
  void score(const doc::Document& document, const std::vector<Finding>& findings,
             nlohmann::json& facts) const;

 private:
  explicit MetricRule(rules::RuleInfo info);

  rules::MessageTemplate m_message;
  MetricLimits m_limits;
  int m_ngram = 4;
  std::size_t m_min_chars = 200;
  DamageWeights m_weights;
};

}  // namespace docqc::kinds
