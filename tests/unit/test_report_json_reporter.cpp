#include "report/json_reporter.h"

#include <doctest/doctest.h>

#include <sstream>

TEST_SUITE_BEGIN("report::JsonReporter");

using docqc::Category;
using docqc::Severity;
using docqc::report::FileReport;
using docqc::report::LocatedFinding;
using docqc::report::Report;

namespace {

LocatedFinding finding(const std::string& file, std::size_t line, Severity severity,
                       const std::string& rule) {
  LocatedFinding out;
  out.rule = rule;
  out.category = rule == "a" ? Category::spacing : Category::punctuation;
  out.severity = severity;
  out.message = "message \"quoted\" 中文";
  out.file = file;
  out.line = line;
  out.column = 2;
  out.end_line = line;
  out.end_column = 3;
  out.byte_offset = 10 * line;
  out.byte_length = 3;
  out.text = "，";
  return out;
}

Report sample(std::size_t files) {
  Report report;
  report.tool_version = "9.9";
  for (std::size_t i = 0; i < files; ++i) {
    FileReport file;
    file.path = "f" + std::to_string(i) + ".txt";
    file.encoding = "UTF-8";
    file.bytes = 100 + i;
    file.lines = 3;
    file.characters = 40;
    if (i % 3 != 1) {  // every third file has no findings
      for (std::size_t k = 1; k <= i + 1; ++k) {
        file.findings.push_back(
            finding(file.path, k, k % 2 ? Severity::info : Severity::warning, k % 2 ? "a" : "b"));
      }
    }
    if (i == 2) {
      file.facts["metrics"] = {{"quality", 42}};
    }
    if (i == 3) {
      file.error = "cannot read";
    }
    report.files.push_back(std::move(file));
  }
  return report;
}

// The oracle: nlohmann's own dump of the whole document, built as one tree.
std::string dom(const Report& report) {
  return docqc::report::report_to_json(report).dump(2) + "\n";
}

}  // namespace

TEST_CASE("streamed file by file, the bytes are nlohmann's dump of the whole report") {
  for (std::size_t files : {0u, 1u, 2u, 5u}) {
    CAPTURE(files);
    Report report = sample(files);
    docqc::report::JsonReporter whole;
    std::ostringstream written;
    whole.write(report, written);
    CHECK(written.str() == dom(report));

    // As check does it: begin, each file as it is done (findings from a source, not from the
    // file's vector), then finish with files that kept no findings.
    docqc::report::JsonReporter streamed;
    std::ostringstream out;
    streamed.begin(report, report.files.size());
    Report kept = report;
    for (std::size_t i = 0; i < report.files.size(); ++i) {
      docqc::report::VectorSource source(report.files[i].findings);
      kept.files[i].findings.clear();
      streamed.file_done(kept.files[i], source, out);
      if (i + 1 < report.files.size()) {
        CHECK(out.str().empty());  // the files array comes first: nothing before the last file
      }
    }
    streamed.finish(kept, out);
    CHECK(out.str() == dom(report));
    CHECK(streamed.worst() == (files >= 3   ? std::optional(Severity::warning)
                               : files >= 1 ? std::optional(Severity::info)
                                            : std::nullopt));
  }
}

TEST_CASE("a wrong file count in begin() still gives the whole document") {
  Report report = sample(3);
  for (std::size_t announced : {0u, 2u, 7u}) {
    CAPTURE(announced);
    docqc::report::JsonReporter reporter;
    std::ostringstream out;
    reporter.begin(report, announced);
    for (const auto& file : report.files) {
      reporter.file_done(file, out);
    }
    reporter.finish(report, out);
    if (announced == 2) {
      // The contract is broken: the third file comes after the files array was written. Its
      // findings still follow, and the document still parses.
      CHECK(nlohmann::json::parse(out.str())["findings"].size() == 4u);
    } else {
      CHECK(out.str() == dom(report));
    }
  }
}

TEST_CASE("the summary counts what was streamed") {
  Report report = sample(5);
  auto summary = docqc::report::summary_to_json(report);
  CHECK(summary["files"] == 5);
  CHECK(summary["files_with_findings"] == 3);  // f0, f2, f3 (f1 and f4 have none)
  CHECK(summary["findings"] == 1 + 3 + 4);
  CHECK(summary["by_rule"]["a"] == 1 + 2 + 2);
  CHECK(summary["by_severity"]["warning"] == 0 + 1 + 2);
  CHECK(summary["quality"]["f2.txt"] == 42);
}

TEST_CASE("Spool: bytes come back in order, and again after a copy") {
  docqc::report::Spool spool;
  std::ostringstream empty;
  spool.copy_to(empty);
  CHECK(empty.str().empty());
  std::string big(200000, 'x');
  spool.write("ab");
  spool.write(big);
  spool.write("");
  spool.write("cd");
  std::ostringstream out;
  spool.copy_to(out);
  CHECK(out.str() == "ab" + big + "cd");
  spool.write("ef");
  std::ostringstream again;
  spool.copy_to(again);
  CHECK(again.str() == "ef");
}

TEST_SUITE_END();
