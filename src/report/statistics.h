// --statistics: the findings of a report counted per rule, as a table.
//
// Contract: write_statistics() prints one row per rule, most findings first (ties in rule id
// order), with its category, its severity ("mixed" when per-path settings gave its findings
// different ones) and how many of its findings --fix and --unsafe-fixes would fix; then a
// total line. It reads only the located findings: no rule, no document.
#pragma once

#include <ostream>

#include "report/report.h"

namespace docqc::report {

void write_statistics(const Report& report, std::ostream& out);

}  // namespace docqc::report
