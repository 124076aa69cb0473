#include "report/text_reporter.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "doc/document.h"

using docqc::report::FileReport;
using docqc::report::LocatedFinding;
using docqc::report::LocatedFix;
using docqc::report::PrintOptions;
using docqc::report::Report;
using docqc::report::TextReporter;

namespace {

// A finding on line 7 whose context is `context`, the span starting at code-point column
// `column` and `length` code points long.
LocatedFinding finding(std::string context, std::size_t column, std::size_t length) {
  LocatedFinding f;
  f.rule = "doubled-punctuation";
  f.message = "doubled punctuation";
  f.file = "a.txt";
  f.line = 7;
  f.column = column;
  f.end_line = 7;
  f.end_column = column + length;
  f.context = std::move(context);
  f.context_column = column;
  return f;
}

std::vector<std::string> print(std::vector<LocatedFinding> findings, std::size_t width = 100) {
  Report report;
  FileReport file;
  file.path = "a.txt";
  file.findings = std::move(findings);
  report.files.push_back(std::move(file));
  TextReporter reporter{PrintOptions{}};
  reporter.set_width(width);
  std::ostringstream out;
  reporter.write(report, out);
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

std::string repeat(std::string_view text, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += text;
  }
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("report::TextReporter");

TEST_CASE("a short line is printed whole with the underline under the span") {
  auto lines = print({finding("规范，，公开", 3, 2)});
  REQUIRE(lines.size() >= 3);
  CHECK(lines[1] == " 7 | 规范，，公开");
  CHECK(lines[2] == "   |     ^^^^");
}

TEST_CASE("a long CJK line is cut to the width around the span, underline aligned") {
  std::string before = repeat("前", 100);
  std::string after = repeat("后", 100);
  auto lines = print({finding(before + "，，" + after, 101, 2)}, 80);
  REQUIRE(lines.size() >= 3);
  const std::string& source = lines[1];
  const std::string& underline = lines[2];
  CHECK(docqc::doc::display_width(source) <= 80);
  CHECK(docqc::doc::display_width(source) >= 76);  // the room is used, not wasted
  CHECK(source.find("，，") != std::string::npos);
  CHECK(source.find("…") == std::string(" 7 | ").size());
  CHECK(source.rfind("…") == source.size() - std::string("…").size());
  // The carets start at the display column of the span in the printed line.
  std::string to_span = source.substr(0, source.find("，，"));
  CHECK(underline.find('^') == docqc::doc::display_width(to_span));
  CHECK(underline.substr(underline.find('^')) == "^^^^");
}

TEST_CASE("a span at the start of a long line keeps the start and cuts the end") {
  auto lines = print({finding("，，" + repeat("后", 200), 1, 2)}, 60);
  CHECK(lines[1].starts_with(" 7 | ，，后"));
  CHECK(lines[1].ends_with("…"));
  CHECK(docqc::doc::display_width(lines[1]) <= 60);
  CHECK(lines[2] == "   | ^^^^");
}

TEST_CASE("a span wider than the terminal shows its start") {
  auto lines = print({finding("前" + repeat("错", 300), 2, 300)}, 50);
  CHECK(docqc::doc::display_width(lines[1]) <= 50);
  CHECK(lines[1].starts_with(" 7 | …错"));
  CHECK(lines[1].ends_with("…"));
  CHECK(lines[2].find('^') == 6);  // after "   | " and the width of "…"
}

TEST_CASE("the summary says how many findings --fix and --unsafe-fixes would fix") {
  auto safe = finding("规范，，公开", 3, 2);
  safe.fix = LocatedFix{"，", 0, 6, true, {}};
  auto unsafe = finding("规范 公开", 3, 1);
  unsafe.fix = LocatedFix{"", 0, 1, false, {}};
  auto none = finding("规范，，公开", 3, 2);
  auto lines = print({safe, safe, unsafe, none});
  CHECK(lines.back() == "[*] 2 fixable with --fix (1 more with --unsafe-fixes)");
  CHECK(lines[lines.size() - 2] == "0 errors, 4 warnings, 0 infos in 1 of 1 file checked");
  lines = print({none});
  CHECK(lines.back() == "0 errors, 1 warning, 0 infos in 1 of 1 file checked");
  lines = print({unsafe});
  CHECK(lines.back() == "[*] 0 fixable with --fix (1 more with --unsafe-fixes)");
}

TEST_CASE("a finding with many related places shows the first five and counts the rest") {
  auto f = finding("规范，，公开", 3, 2);
  for (std::size_t k = 0; k < 6; ++k) {
    f.related.push_back({"b.txt", 3 + 2 * k, 1, 0, 10, "first copy"});
  }
  auto lines = print({f});
  auto notes = [](const std::vector<std::string>& all) {
    std::vector<std::string> out;
    for (const auto& line : all) {
      if (line.find("note:") != std::string::npos) {
        out.push_back(line);
      }
    }
    return out;
  };
  // six are all shown: "and 1 more" would save nothing
  REQUIRE(notes(lines).size() == 6);
  CHECK(notes(lines)[5].ends_with("note: b.txt:13:1: first copy"));
  for (std::size_t k = 6; k < 118; ++k) {
    f.related.push_back({"b.txt", 3 + 2 * k, 1, 0, 10, "first copy"});
  }
  lines = print({f});
  REQUIRE(notes(lines).size() == 6);
  CHECK(notes(lines)[4].ends_with("note: b.txt:11:1: first copy"));
  CHECK(notes(lines)[5].ends_with(
      "note: and 113 more related locations (--format json lists them all)"));
}

TEST_SUITE_END();
