#include "report/statistics.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace docqc::report {

void write_statistics(const Report& report, std::ostream& out) {
  struct Row {
    std::size_t count = 0;
    std::size_t safe = 0;
    std::size_t unsafe = 0;
    Category category = Category::encoding;
    std::set<Severity> severities;
  };
  std::map<std::string, Row> rows;
  Counts counts = count_findings(report);
  std::size_t safe = 0;
  std::size_t unsafe = 0;
  for (const auto& file : report.files) {
    for (const auto& f : file.findings) {
      Row& row = rows[f.rule];
      ++row.count;
      row.safe += f.fix && f.fix->safe;
      row.unsafe += f.fix && !f.fix->safe;
      row.category = f.category;
      row.severities.insert(f.severity);
    }
  }
  std::vector<std::pair<std::string, Row>> sorted(rows.begin(), rows.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  std::size_t width = 4;
  for (const auto& [id, row] : sorted) {
    width = std::max(width, id.size());
  }
  out << fmt::format("{:>7}  {:<{}}  {:<12} {:<8} {}\n", "count", "rule", width, "category",
                     "severity", "fixable");
  for (const auto& [id, row] : sorted) {
    safe += row.safe;
    unsafe += row.unsafe;
    std::string fixable;
    if (row.safe > 0) {
      fixable = fmt::format("{} with --fix", row.safe);
    }
    if (row.unsafe > 0) {
      fixable += fmt::format("{}{} with --unsafe-fixes", fixable.empty() ? "" : ", ", row.unsafe);
    }
    std::string_view severity =
        row.severities.size() == 1 ? to_string(*row.severities.begin()) : "mixed";
    out << fmt::format("{:>7}  {:<{}}  {:<12} {:<8} {}\n", row.count, id, width,
                       to_string(row.category), severity, fixable);
  }
  out << fmt::format(
      "{:>7}  total: {} errors, {} warnings, {} infos; {} fixable with --fix, {} more "
      "with --unsafe-fixes\n",
      counts.total(), counts.errors, counts.warnings, counts.infos, safe, unsafe);
}

}  // namespace docqc::report
