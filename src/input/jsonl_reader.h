// Reading a JSON Lines corpus: one document per line, an object with a text field, an id
// field and other fields (`docqc check --input-format jsonl`).
//
// Contract: LineReader streams the lines of a file or of standard input ("-"), whatever its
// size, holding one line and one read buffer in memory. A stream that starts with the gzip
// or zstd magic bytes is decompressed on the fly (when docqc was built with zlib / libzstd;
// otherwise next() throws a clear error); concatenated gzip members and zstd frames are read
// one after another. Lines end at '\n'; a last line without one still counts. next() throws
// std::runtime_error on a read or decompression error, naming the stream.
//
// parse_record() turns one line into a JsonlRecord and never throws: a line that is not a
// JSON object, lacks the text field or has a text that is not a string gives a record with
// `error` set (and the line number), so the run can report it and go on. A blank line is
// not a record (JsonlRecord::blank). The id is the id field's value (any JSON value, null
// when the record has none), or the line number when no id field is named.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::input {

class LineReader {
 public:
  explicit LineReader(const std::string& path);  // throws std::runtime_error if unreadable
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  bool next(std::string& line);
  std::string_view compression() const;  // "", "gzip" or "zstd" (known after the first next())

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// True when this build can read the compression (`gzip`, `zstd`).
bool supports_compression(std::string_view name);

struct JsonlOptions {
  std::string text_field = "text";
  std::string id_field;  // empty: the line number is the id
  std::vector<std::string> keep_fields;
};

struct JsonlRecord {
  std::size_t line = 0;
  nlohmann::ordered_json id;
  std::string text;
  nlohmann::ordered_json kept = nlohmann::ordered_json::object();  // in keep_fields order
  std::string error;
  bool blank = false;
};

JsonlRecord parse_record(std::string_view line, std::size_t line_number,
                         const JsonlOptions& options);

}  // namespace docqc::input
