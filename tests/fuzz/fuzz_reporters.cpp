// Fuzz target: every reporter (--format) on the report of arbitrary bytes checked with the
// default packs, with a file name taken from the input (control characters included).
//
// Invariants: no printer throws or crashes; the JSON-based formats (json, sarif, gitlab)
// print one valid JSON document and jsonl/rdjsonl one valid JSON value per line; the text
// and GitHub formats never print an ESC byte that the input's file name carried.
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "engine/checker.h"
#include "fuzz_check.h"
#include "fuzz_rules.h"
#include "report/reporters.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = docqc::fuzz::as_text(data, size);
  // The first line names the file; the rest is the document.
  std::size_t newline = input.find('\n');
  std::string name = "fuzz/" + std::string(input.substr(0, std::min<std::size_t>(newline, 64)));
  std::string bytes(newline == std::string_view::npos ? std::string_view()
                                                      : input.substr(newline + 1));
  docqc::engine::CheckOptions options;
  options.keep_text = true;
  options.char_offsets = true;
  docqc::report::Report report;
  report.tool_version = "fuzz";
  report.files.push_back(
      docqc::engine::check_bytes(name, bytes, docqc::fuzz::default_engine(), options));
  report.files.back().path = name;
  for (auto& finding : report.files.back().findings) {
    finding.file = name;
  }
  for (const auto& format : docqc::report::format_names()) {
    for (bool verbose : {false, true}) {
      docqc::report::PrintOptions print;
      print.verbose = verbose;
      print.color = verbose;
      auto reporter = docqc::report::make_reporter(format, print);
      FUZZ_CHECK(reporter != nullptr, format.c_str());
      std::ostringstream out;
      reporter->write(report, out);
      std::string text = out.str();
      if (format == "json" || format == "sarif" || format == "gitlab") {
        FUZZ_CHECK(nlohmann::json::accept(text), format.c_str());
      } else if (format == "jsonl" || format == "rdjsonl") {
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) {
          FUZZ_CHECK(line.empty() || nlohmann::json::accept(line), format.c_str());
        }
      } else if ((format == "text" && !verbose) || format == "github") {
        if (name.find('\x1b') != std::string::npos && bytes.find('\x1b') == std::string::npos) {
          FUZZ_CHECK(text.find('\x1b') == std::string::npos, "an ESC from a file name printed");
        }
      }
    }
  }
  return 0;
}
