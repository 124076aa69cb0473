// Fuzz target: input::LineReader and input::parse_record() on arbitrary bytes (plain, or
// gzip / zstd when the bytes start with their magic), then report::record_line() on what
// they give.
//
// Invariants: the reader either yields lines or throws std::runtime_error, never anything
// else; the lines it yields, each with its '\n', are the input when it is not compressed;
// parse_record() never throws; a record has an error or a text, never both; an error record and a
// good one both print as one line of JSON with the record's line number.
#include <sys/mman.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

#include "fuzz_check.h"
#include "input/jsonl_reader.h"
#include "report/jsonl_record.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const int fd = memfd_create("fuzz_jsonl", 0);
  if (fd < 0) {
    return 0;
  }
  if (size != 0 && write(fd, bytes.data(), size) != static_cast<ssize_t>(size)) {
    close(fd);
    return 0;
  }
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  docqc::input::JsonlOptions options;
  options.id_field = "id";
  options.keep_fields = {"source", "lang"};
  try {
    docqc::input::LineReader reader(path);
    std::string line;
    std::string joined;
    std::size_t number = 0;
    while (reader.next(line)) {
      ++number;
      joined += line;
      joined += '\n';
      const auto record = docqc::input::parse_record(line, number, options);
      FUZZ_CHECK(record.line == number, "the record keeps its line number");
      FUZZ_CHECK(record.error.empty() || record.text.empty(), "an error record has no text");
      if (record.blank) {
        continue;
      }
      docqc::report::RecordResult result;
      result.line = record.line;
      result.error = record.error;
      result.id = record.id;
      result.kept = record.kept;
      const std::string printed = docqc::report::record_line(result);
      FUZZ_CHECK(!printed.empty() && printed.back() == '\n', "one line per record");
      FUZZ_CHECK(printed.find('\n') == printed.size() - 1, "no newline inside a record");
      const auto parsed = nlohmann::json::parse(printed);
      FUZZ_CHECK(parsed.at("line").get<std::size_t>() == number, "the line is printed");
    }
    if (reader.compression().empty()) {
      FUZZ_CHECK(joined == bytes || joined == bytes + "\n", "plain lines are the input, in order");
    }
  } catch (const std::runtime_error&) {
    // a corrupt compressed stream: reported, not a crash
  }
  close(fd);
  return 0;
}
