#include "kinds/metric_score.h"

#include <algorithm>
#include <cmath>

#include "doc/utf8.h"

namespace docqc::kinds {

namespace {

double weight_of(Severity severity, const DamageWeights& weights) {
  switch (severity) {
    case Severity::error:
      return weights.error;
    case Severity::warning:
      return weights.warning;
    case Severity::info:
      return weights.info;
  }
  return 0.0;
}

// Code points in the span, counting at most `cap` of them (reads at most 4 x cap bytes).
std::size_t capped_chars(std::string_view text, std::size_t offset, std::size_t length,
                         std::size_t cap) {
  const std::size_t begin = std::min(offset, text.size());
  const std::size_t end = std::min(begin + std::min(length, cap * 4), text.size());
  std::size_t chars = 0;
  for (std::size_t pos = begin; pos < end && chars < cap; ++pos) {
    chars += (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80 ? 1 : 0;
  }
  return chars;
}

}  // namespace

DamageScore damage_score(std::string_view text, const std::vector<Finding>& findings,
                         std::size_t characters, const DamageWeights& weights) {
  DamageScore score;
  const std::size_t cap = std::max<std::size_t>(weights.span_cap, 1);
  for (const Finding& finding : findings) {
    const std::size_t chars =
        std::max<std::size_t>(capped_chars(text, finding.offset, finding.length, cap), 1);
    score.damage += weight_of(finding.severity, weights) * static_cast<double>(chars);
  }
  const double denominator =
      static_cast<double>(std::max<std::size_t>({characters, weights.min_chars, 1}));
  score.density = 1000.0 * score.damage / denominator;
  const double scale = weights.scale > 0 ? weights.scale : 1.0;
  score.quality = static_cast<int>(std::lround(100.0 * std::exp(-score.density / scale)));
  return score;
}

}  // namespace docqc::kinds
