// The record `docqc check --input-format jsonl --format jsonl` writes for each document of a
// corpus: one JSON object on one line.
//
// Contract: record_line() gives the same bytes for the same RecordResult (keys in a fixed
// order, no spaces, UTF-8 unescaped, invalid UTF-8 replaced). The keys, in order:
//   line      the record's 1-based line in the input (the concatenation of the inputs)
//   id        the id field's value (or the line number)
//   <kept>    the --keep-fields present in the input record, in the order asked
//   <text>    with --fix only: the text with the fixes applied, under the text field's name
//   fixes     with --fix only: the number of fixes applied
//   quality   the 0-100 score (null when no metric rule ran), see kinds/metric_score.h
//   metrics   the document's figures (facts.metrics, keys sorted)
//   counts    {error, warning, info, categories: {<category>: {<severity>: n}}}
//   findings  in line, column, rule order; each: rule, category, severity, message, line,
//             column, utf16_column, end_line, end_column, utf16_end_column (1-based, in the
//             record's text), byte_offset, byte_length (UTF-8 bytes of the text), text,
//             fix {replacement, byte_offset, byte_length, safe}, related [{line, column,
//             byte_offset, byte_length, message}, with `id` and `record_line` when the other
//             place is in another record]
// An unreadable record is {"line": N, "error": "..."}. A finding's related entry points into
// another record when its `record` is set.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "report/report.h"

namespace docqc::report {

struct OtherRecord {
  std::size_t line = 0;
  nlohmann::ordered_json id;
};

struct RecordFinding {
  LocatedFinding located;
  std::optional<OtherRecord> other;  // the first related entry lies in this record
};

struct RecordResult {
  std::size_t line = 0;
  nlohmann::ordered_json id;
  nlohmann::ordered_json kept = nlohmann::ordered_json::object();
  std::string error;
  std::optional<std::string> fixed_text;  // with --fix
  std::string text_field = "text";
  std::size_t fixes = 0;
  std::optional<int> quality;
  nlohmann::json metrics = nlohmann::json::object();
  std::vector<RecordFinding> findings;
};

// Findings of one severity and over all.
Counts count_record(const RecordResult& record);

// Sorts findings by line, column, rule (the documented order).
void sort_record_findings(std::vector<RecordFinding>& findings);

nlohmann::ordered_json record_finding_json(const RecordFinding& finding);
std::string record_line(const RecordResult& record);

}  // namespace docqc::report
