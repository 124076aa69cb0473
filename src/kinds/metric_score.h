// The quality score of kind `metric`: how densely a document is damaged, from the findings
// of every rule that ran on it (kinds/metric.h publishes it as facts.metrics.quality).
//
// Contract: damage_score() is a pure function of the findings, the document's text and the
// weights. Each finding counts its severity's weight times its span in code points, at
// least 1 and at most `span_cap` (a whole-line or whole-document finding is one defect,
// not a thousand); the sum over findings is the weighted damage D. Per 1,000 characters,
//   density = 1000 x D / max(characters, min_chars),
//   quality = round(100 x exp(-density / scale)),
// where `characters` are the document's non-space code points and `min_chars` keeps one
// defect in a ten-character document from counting as a hundred per thousand. Clean text
// (no findings) scores 100; with the default weights, 1 % of the characters under error
// spans scores 82, 5 % scores 37.
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
  std::size_t span_cap = 32;    // code points a finding counts at most
  std::size_t min_chars = 500;  // the smallest denominator
  double scale = 50.0;          // density at which the score falls to 100/e (37)
};

struct DamageScore {
  double damage = 0.0;   // weighted damaged characters (D)
  double density = 0.0;  // per 1,000 characters
  int quality = 100;
};

DamageScore damage_score(std::string_view text, const std::vector<Finding>& findings,
                         std::size_t characters, const DamageWeights& weights);

}  // namespace docqc::kinds
