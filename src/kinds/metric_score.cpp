#include "kinds/metric_score.h"

#include <algorithm>
#include <array>
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

// Non-space code points whose first byte lies in [begin, end).
std::size_t nonspace_chars(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t chars = 0;
  for (std::size_t pos = begin; pos < end; ++pos) {
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
      continue;
    }
    std::size_t cursor = pos;
    chars += is_score_space(doc::next_code_point(text, cursor)) ? 0 : 1;
  }
  return chars;
}

bool has_nonspace(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t pos = begin; pos < end; ++pos) {
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
      continue;
    }
    std::size_t cursor = pos;
    if (!is_score_space(doc::next_code_point(text, cursor))) {
      return true;
    }
  }
  return false;
}

// One covered byte range of one finding: [begin, end) at severity `level`.
struct Event {
  std::size_t position;
  int delta;  // +1 opens, -1 closes
  std::size_t level;
};

}  // namespace

bool is_score_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0x3000 ||
         c == 0xA0 || c == 0xFEFF;
}

DamageScore damage_score(std::string_view text, const std::vector<Finding>& findings,
                         std::size_t characters, const DamageWeights& weights,
                         std::string_view exclude_rule) {
  DamageScore score;
  const std::array<double, 3> level_weight = {weights.info, weights.warning, weights.error};
  std::vector<Event> events;
  double points = 0.0;  // findings covering no non-space code point, one character each
  for (const Finding& finding : findings) {
    if (!exclude_rule.empty() && finding.rule == exclude_rule) {
      continue;
    }
    const auto level = static_cast<std::size_t>(finding.severity);
    bool covers = false;
    auto add = [&](std::size_t offset, std::size_t length) {
      const std::size_t begin = std::min(offset, text.size());
      const std::size_t end = begin + std::min(length, text.size() - begin);
      if (begin == end) {
        return;
      }
      events.push_back({begin, +1, level});
      events.push_back({end, -1, level});
      covers = covers || has_nonspace(text, begin, end);
    };
    add(finding.offset, finding.length);
    if (finding.fix) {
      add(finding.fix->offset, finding.fix->length);
    }
    for (const Fix& edit : finding.extra_edits) {
      add(edit.offset, edit.length);
    }
    if (!covers) {
      points += weight_of(finding.severity, weights);
    }
  }
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.position != b.position ? a.position < b.position : a.delta < b.delta;
  });
  std::array<std::size_t, 3> open{};
  std::size_t previous = 0;
  for (const Event& event : events) {
    if (event.position > previous) {
      for (std::size_t level = open.size(); level-- > 0;) {
        if (open[level] > 0) {
          score.damage += level_weight[level] *
                          static_cast<double>(nonspace_chars(text, previous, event.position));
          break;
        }
      }
    }
    previous = event.position;
    if (event.delta > 0) {
      ++open[event.level];
    } else {
      --open[event.level];
    }
  }
  score.damage += points;
  const double denominator =
      static_cast<double>(std::max<std::size_t>({characters, weights.min_chars, 1}));
  score.density = 1000.0 * score.damage / denominator;
  const double scale = weights.scale > 0 ? weights.scale : 1.0;
  score.quality = static_cast<int>(std::lround(100.0 * std::exp(-score.density / scale)));
  return score;
}

}  // namespace docqc::kinds
