// HtmlReporter: `--format html`, one self-contained page for reviewers (no external
// assets), built from src/report/html_template.html, embedded at build time.
//
// Contract: the page's data is the JSON report document (report/json_reporter.h) plus
// "sources" {path: decoded text} for the files whose text the report carries, capped at
// k_max_embedded_source_bytes in all (files past the cap show their findings without
// text), and "rules" {id: {kind, category, severity, description}}; a fix that does not
// replace its finding's own span carries "preview" {before, after} (report/fix_preview.h). The
// payload is written with every "<", ">" and "&" as a \u escape, so no text can end the script
// element.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "report/report.h"

namespace docqc::report {

inline constexpr std::size_t k_max_embedded_source_bytes = 64 * 1024 * 1024;

class HtmlReporter : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) override;
};

// JSON text made safe to sit inside <script type="application/json">.
std::string escape_json_for_script(std::string_view json);

}  // namespace docqc::report
