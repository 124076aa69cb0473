#include "report/json_writer.h"

#include <doctest/doctest.h>

#include "report/json_reporter.h"

using docqc::report::LocatedFinding;

namespace {

// What nlohmann's DOM gives for the same finding at the same depth: the writer's reference.
std::string reference(const LocatedFinding& finding, int level) {
  auto json = docqc::report::finding_to_json(finding);
  if (level < 0) {
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
  std::string text = json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') {
      out.append(2 * static_cast<std::size_t>(level), ' ');
    }
  }
  return out;
}

std::string written(const LocatedFinding& finding, int level) {
  std::string out;
  docqc::report::append_finding_json(out, finding, level);
  return out;
}

LocatedFinding sample() {
  LocatedFinding f;
  f.rule = "halfwidth-comma";
  f.category = docqc::Category::punctuation;
  f.severity = docqc::Severity::info;
  f.message = "half-width \",\" between Chinese\\characters";
  f.file = "dir/文件.txt";
  f.line = 12;
  f.column = 3;
  f.end_line = 12;
  f.end_column = 4;
  f.byte_offset = 1234567890123ULL;
  f.byte_length = 1;
  f.text = std::string(1, ',');
  return f;
}

}  // namespace

TEST_SUITE_BEGIN("report::json_writer");

TEST_CASE("a plain finding is written as dump() lays it out, indented and compact") {
  LocatedFinding f = sample();
  for (int level : {-1, 0, 2}) {
    CHECK(written(f, level) == reference(f, level));
  }
}

TEST_CASE("fix, extra edits and related entries keep their order and nesting") {
  LocatedFinding f = sample();
  docqc::report::LocatedFix fix;
  fix.replacement = "，";
  fix.byte_offset = 7;
  fix.byte_length = 1;
  fix.safe = false;
  fix.extra_edits.push_back({"；", 9, 1});
  fix.extra_edits.push_back({"", 11, 3});
  f.fix = fix;
  f.related.push_back({"", 1, 1, 0, 3, "first copy"});
  f.related.push_back({"other.txt", 40, 2, 100, 6, "second"});
  for (int level : {-1, 0, 2, 5}) {
    CHECK(written(f, level) == reference(f, level));
  }
  f.fix->extra_edits.clear();
  CHECK(written(f, 2) == reference(f, 2));
}

TEST_CASE("control characters, quotes and backslashes are escaped like nlohmann does") {
  std::string all;
  for (int c = 1; c < 0x80; ++c) {
    all += static_cast<char>(c);
  }
  all += "\u3000中文\U0001F600";
  std::string out;
  docqc::report::append_json_string(out, all);
  CHECK(out == nlohmann::json(all).dump());
  out.clear();
  docqc::report::append_json_string(out, std::string_view("a\0b", 3));
  CHECK(out == "\"a\\u0000b\"");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD exactly as error_handler_t::replace does") {
  for (std::string bad :
       {std::string("\xE4\xB8"),
        std::string("a\xFF"
                    "b"),
        std::string("\xC0\xAF"), std::string("\xED\xA0\x80"), std::string("\xE4\xB8\xAD\xE4")}) {
    std::string out;
    docqc::report::append_json_string(out, bad);
    CHECK(out ==
          nlohmann::json(bad).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  LocatedFinding f = sample();
  f.text = std::string("\xE4\xB8", 2);
  CHECK(written(f, 2) == reference(f, 2));
}

TEST_SUITE_END();
