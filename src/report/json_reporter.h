// `--format json`: one JSON document for the whole run (schema: README "JSON output").
//
// Contract: keys appear in the documented order; the same report always serializes to the
// same bytes. Version 1 of the schema only ever gains keys.
#pragma once

#include "report/report.h"

namespace docqc::report {

class JsonReporter : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) override;
};

// Shared by the JSON-based printers: one finding as the documented JSON object.
nlohmann::ordered_json finding_to_json(const LocatedFinding& finding);
// A fix as every JSON format writes it: replacement, byte_offset, byte_length, safe and, when
// the fix edits several places, extra_edits.
nlohmann::ordered_json fix_to_json(const LocatedFix& fix);
// The whole document `--format json` prints (the HTML report embeds it).
nlohmann::ordered_json report_to_json(const Report& report);
// The `summary` object: counts by severity, category and rule, and per-file facts.
nlohmann::ordered_json summary_to_json(const Report& report);

}  // namespace docqc::report
