#include "report/jsonl_record.h"

#include <doctest/doctest.h>

using docqc::Category;
using docqc::Severity;
using docqc::report::RecordFinding;
using docqc::report::RecordResult;

TEST_SUITE_BEGIN("report::jsonl_record");

namespace {

RecordFinding make(std::string rule, Category category, Severity severity, std::size_t line,
                   std::size_t column) {
  RecordFinding f;
  f.located.rule = std::move(rule);
  f.located.category = category;
  f.located.severity = severity;
  f.located.line = line;
  f.located.column = column;
  return f;
}

}  // namespace

TEST_CASE("an error record has only its line and the error") {
  RecordResult record;
  record.line = 12;
  record.error = "not JSON: parse error";
  record.id = "ignored";
  CHECK(docqc::report::record_line(record) ==
        "{\"line\":12,\"error\":\"not JSON: parse error\"}\n");
}

TEST_CASE("a record: keys in order, counts by severity and category") {
  RecordResult record;
  record.line = 3;
  record.id = "doc-3";
  record.kept["source"] = "gazette";
  record.quality = 87;
  record.metrics["characters"] = 1200;
  record.findings.push_back(make("b-rule", Category::garbled, Severity::error, 2, 5));
  record.findings.push_back(make("a-rule", Category::garbled, Severity::warning, 1, 9));
  record.findings.push_back(make("c-rule", Category::spacing, Severity::info, 1, 2));
  docqc::report::sort_record_findings(record.findings);
  CHECK(record.findings[0].located.rule == "c-rule");
  CHECK(record.findings[2].located.rule == "b-rule");
  const auto json = nlohmann::ordered_json::parse(docqc::report::record_line(record));
  std::vector<std::string> keys;
  for (const auto& [key, value] : json.items()) {
    keys.push_back(key);
  }
  CHECK(keys == std::vector<std::string>{"line", "id", "source", "quality", "metrics", "counts",
                                         "findings"});
  CHECK(
      json["counts"].dump() ==
      R"({"error":1,"warning":1,"info":1,"categories":{"garbled":{"error":1,"warning":1},"spacing":{"info":1}}})");
  CHECK(json["findings"][0]["rule"] == "c-rule");
  CHECK(json["findings"][0].contains("utf16_column"));
  CHECK_FALSE(json["findings"][0].contains("fix"));
}

TEST_CASE("--fix records carry the fixed text; a cross-record related entry names the record") {
  RecordResult record;
  record.line = 1;
  record.id = 1;
  record.text_field = "content";
  record.fixed_text = "fixed";
  record.fixes = 2;
  RecordFinding f = make("duplicate-document", Category::duplicate, Severity::warning, 1, 1);
  docqc::report::LocatedRelated related;
  related.line = 4;
  related.column = 1;
  f.located.related.push_back(related);
  f.other = docqc::report::OtherRecord{9, "first"};
  record.findings.push_back(f);
  const auto json = nlohmann::ordered_json::parse(docqc::report::record_line(record));
  CHECK(json["content"] == "fixed");
  CHECK(json["fixes"] == 2);
  CHECK(json["quality"].is_null());
  CHECK(json["findings"][0]["related"][0]["id"] == "first");
  CHECK(json["findings"][0]["related"][0]["record_line"] == 9);
  CHECK(json["findings"][0]["related"][0]["line"] == 4);
}
