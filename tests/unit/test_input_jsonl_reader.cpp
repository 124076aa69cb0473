#include "input/jsonl_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <cstdlib>

using docqc::input::JsonlOptions;
using docqc::input::LineReader;
using docqc::input::parse_record;

TEST_SUITE_BEGIN("input::jsonl_reader");

namespace {

std::string temp_file(const std::string& name, const std::string& bytes) {
  auto path = std::filesystem::temp_directory_path() / ("docqc-jsonl-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

std::vector<std::string> read_lines(const std::string& path) {
  LineReader reader(path);
  std::vector<std::string> lines;
  std::string line;
  while (reader.next(line)) {
    lines.push_back(line);
  }
  return lines;
}

// `program` (gzip, zstd) applied to `text`, through the shell; empty when it is missing.
std::string compress(const std::string& program, const std::string& name, const std::string& text) {
  const std::string in = temp_file(name + ".in", text);
  const std::string out = in + ".out";
  const std::string command = program + " -c " + in + " > " + out + " 2>/dev/null";
  if (std::system(command.c_str()) != 0) {
    return {};
  }
  std::ifstream file(out, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), {});
}

}  // namespace

TEST_CASE("lines of a plain file, with and without a last newline") {
  CHECK(read_lines(temp_file("plain1", "a\nb\n")) == std::vector<std::string>{"a", "b"});
  CHECK(read_lines(temp_file("plain2", "a\n\nb")) == std::vector<std::string>{"a", "", "b"});
  CHECK(read_lines(temp_file("plain3", "")).empty());
  // A line longer than the read buffer comes back whole.
  const std::string long_line(300000, 'x');
  CHECK(read_lines(temp_file("plain4", long_line + "\nz\n")) ==
        std::vector<std::string>{long_line, "z"});
}

TEST_CASE("an unreadable path throws with its name") {
  CHECK_THROWS_WITH_AS(LineReader("/nonexistent/docqc.jsonl"),
                       doctest::Contains("/nonexistent/docqc.jsonl"), std::runtime_error);
}

TEST_CASE("gzip input, also several members and a truncated stream") {
  const std::string text = "{\"text\":\"一\"}\n{\"text\":\"二\"}\n";
  const std::string compressed = compress("gzip", "gz", text);
  if (!docqc::input::supports_compression("gzip") || compressed.empty()) {
    MESSAGE("built without zlib or no gzip program: skipped");
    return;
  }
  const std::string path = temp_file("gz", compressed);
  CHECK(read_lines(path) == std::vector<std::string>{"{\"text\":\"一\"}", "{\"text\":\"二\"}"});
  LineReader reader(path);
  std::string line;
  reader.next(line);
  CHECK(reader.compression() == "gzip");
  CHECK(read_lines(temp_file("gz2", compress("gzip", "a", "a\n") + compress("gzip", "b", "b\n"))) ==
        std::vector<std::string>{"a", "b"});
  std::string big;
  for (int i = 0; i < 20000; ++i) {
    big += std::to_string(i * 7919) + "\n";
  }
  const std::string whole = compress("gzip", "big", big);
  CHECK_THROWS_AS(read_lines(temp_file("gz3", whole.substr(0, whole.size() / 2))),
                  std::runtime_error);
}

TEST_CASE("zstd input") {
  const std::string text = "{\"text\":\"三\"}\nlast";
  const std::string out = compress("zstd -q", "zst", text);
  if (!docqc::input::supports_compression("zstd") || out.empty()) {
    MESSAGE("built without libzstd or no zstd program: skipped");
    return;
  }
  CHECK(read_lines(temp_file("zst", out)) == std::vector<std::string>{"{\"text\":\"三\"}", "last"});
  CHECK_THROWS_AS(read_lines(temp_file("zst2", out.substr(0, out.size() - 3))), std::runtime_error);
}

TEST_CASE("compressed input without the library is a clear error") {
  if (docqc::input::supports_compression("gzip")) {
    return;
  }
  CHECK_THROWS_WITH_AS(read_lines(temp_file("nogz", std::string("\x1f\x8b\x08\x00", 4))),
                       doctest::Contains("without zlib"), std::runtime_error);
}

TEST_CASE("a good record: id, text, kept fields") {
  JsonlOptions options;
  options.id_field = "doc";
  options.keep_fields = {"lang", "missing", "source"};
  auto record = parse_record(R"({"source":"s","doc":"d-1","text":"中文","lang":"zh"})", 7, options);
  CHECK(record.error.empty());
  CHECK(record.line == 7);
  CHECK(record.id == "d-1");
  CHECK(record.text == "中文");
  CHECK(record.kept.dump() == R"({"lang":"zh","source":"s"})");
  // Without an id field the line number is the id; a missing id field gives null.
  CHECK(parse_record(R"({"text":"x"})", 3, {}).id == 3);
  CHECK(parse_record(R"({"text":"x"})", 3, options).id.is_null());
  // Another text field; CRLF line ends are JSON white space.
  JsonlOptions content;
  content.text_field = "content";
  CHECK(parse_record("{\"content\":\"y\"}\r", 1, content).text == "y");
}

TEST_CASE("bad records say why, with their line") {
  auto check_error = [](std::string_view line, std::string_view expected) {
    auto record = parse_record(line, 5, {});
    CHECK(record.line == 5);
    CHECK(record.text.empty());
    CHECK_MESSAGE(record.error.find(expected) != std::string::npos, record.error);
  };
  check_error("not json", "not JSON");
  check_error("[1, 2]", "not a JSON object but array");
  check_error(R"({"id": 1})", "no field 'text'");
  check_error(R"({"text": 42})", "field 'text' is number, not a string");
  check_error(R"({"text": null})", "field 'text' is null, not a string");
  check_error(R"({"text": "\ud800"})", "not JSON");
  check_error("{\"text\": \"\xff\"}", "not JSON");
  CHECK(parse_record("  \t", 9, {}).blank);
  CHECK(parse_record("  \t", 9, {}).error.empty());
}
