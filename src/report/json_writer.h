// JSON text written straight into a byte buffer: the findings of the JSON-based printers
// without building a DOM per finding.
//
// Contract: the bytes are exactly what nlohmann's dump() of the same values gives
// (indent 2 when `level` >= 0, compact when it is -1; ensure_ascii off; invalid UTF-8
// replaced by U+FFFD as error_handler_t::replace does), so printers can mix this writer with
// nlohmann for the small parts of a report (file entries, summary) and the output keeps the
// documented schema byte for byte. Keys are written in the order the caller writes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "report/report.h"

namespace docqc::report {

// Appends `text` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view text);

// Appends one finding as the documented object. `level` is the nesting depth of the object
// in the whole document for indented output (its keys are indented by 2 * (level + 1)
// spaces, its closing brace by 2 * level), or -1 for the compact one-line form.
void append_finding_json(std::string& out, const LocatedFinding& finding, int level);

}  // namespace docqc::report
