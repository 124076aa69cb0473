#include "engine/flood.h"

#include <fmt/format.h>

#include <string>
#include <unordered_map>

namespace docqc::engine {

std::size_t fold_floods(std::vector<Finding>& findings, std::size_t threshold) {
  if (threshold == 0 || findings.size() < threshold) {
    return 0;
  }
  std::unordered_map<std::string, std::size_t> counts;  // info findings per rule
  bool flooded = false;
  for (const Finding& finding : findings) {
    if (finding.severity == Severity::info) {
      flooded = ++counts[finding.rule] >= threshold || flooded;
    }
  }
  if (!flooded) {
    return 0;
  }
  struct Group {
    std::size_t head = 0;  // index of the folded finding
    std::size_t related = 0;
    bool safe = true;
  };
  std::unordered_map<std::string, Group> groups;
  // In place: every finding moves to a lower index or stays, the heads never move again.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    Finding& finding = findings[i];
    auto count = finding.severity == Severity::info ? counts.find(finding.rule) : counts.end();
    if (count == counts.end() || count->second < threshold) {
      if (kept != i) {
        findings[kept] = std::move(finding);
      }
      ++kept;
      continue;
    }
    auto [it, first] = groups.try_emplace(finding.rule);
    Group& group = it->second;
    if (first) {
      group.head = kept;
      group.safe = !finding.fix || finding.fix->safe;
      finding.message =
          fmt::format("{} ({} occurrences in this file; --all-occurrences lists each)",
                      finding.message, count->second);
      finding.related.clear();
      if (kept != i) {
        findings[kept] = std::move(finding);
      }
      ++kept;
      continue;
    }
    Finding& head = findings[group.head];
    if (group.related < k_flood_examples) {
      ++group.related;
      head.related.push_back(Related{"", finding.offset, finding.length, "also here", 0, 0});
    }
    if (finding.fix) {
      group.safe = group.safe && finding.fix->safe;
      if (!head.fix) {
        head.fix = std::move(finding.fix);
      } else {
        head.extra_edits.push_back(std::move(*finding.fix));
      }
      for (Fix& edit : finding.extra_edits) {
        head.extra_edits.push_back(std::move(edit));
      }
    }
  }
  for (auto& [rule, group] : groups) {
    Finding& head = findings[group.head];
    if (head.fix) {
      head.fix->safe = group.safe;
      for (Fix& edit : head.extra_edits) {
        edit.safe = group.safe;
      }
    }
  }
  const std::size_t folded = findings.size() - kept;
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
  return folded;
}

}  // namespace docqc::engine
