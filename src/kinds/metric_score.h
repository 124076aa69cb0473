// The quality score of kind `metric`: how densely a document is damaged, from the findings
// of every rule that ran on it (kinds/metric.h publishes it as facts.metrics.quality).
//
// Contract: damage_score() is a pure function of the findings, the document's text and the
// weights. A finding covers its span and the spans of its fix's edits (a document-level
// finding whose fix rewrites every occurrence covers every occurrence). The weighted damage
// D counts each non-space code point covered by some finding once, with the weight of the
// most severe finding covering it (error 1, warning 0.5, info 0.1 by default), plus, for
// each finding that covers no non-space code point (a break, a missing character, a space),
// one character at its weight. Per 1,000 characters,
//   density = 1000 x D / max(characters, min_chars),
//   quality = round(100 x exp(-density / scale)),
// where `characters` are the document's non-space code points and `min_chars` keeps one
// defect in a ten-character document from counting as a hundred per thousand. Clean text
// (no findings) scores 100; with the default scale 50, 1 % of the characters under errors
// scores 82, 2 % 67, 5 % 37, 10 % 14 (under warnings: 1 % 90, 5 % 61). Overlapping
// findings (a control character inside a mojibake run) do not count the same damage twice.
// Findings of `exclude_rule` (the metric rule's own document verdict, whose span is a
// nominal first line) do not count. Cost: O(F log F) for F findings plus one pass over the
// covered bytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "finding.h"

namespace docqc::kinds {

struct DamageWeights {
  double error = 1.0;
  double warning = 0.5;
  double info = 0.1;
  std::size_t min_chars = 500;  // the smallest denominator
  double scale = 50.0;          // density at which the score falls to 100/e (37)
};

struct DamageScore {
  double damage = 0.0;   // weighted damaged characters (D)
  double density = 0.0;  // per 1,000 characters
  int quality = 100;
};

// White space for the score and the metric figures: not counted as characters.
bool is_score_space(char32_t c);

DamageScore damage_score(std::string_view text, const std::vector<Finding>& findings,
                         std::size_t characters, const DamageWeights& weights,
                         std::string_view exclude_rule = {});

}  // namespace docqc::kinds
