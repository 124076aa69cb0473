// Decoding: file bytes -> valid UTF-8 text plus the map back to the original bytes.
//
// Contract: decode() never throws on any byte sequence and never loses text: invalid bytes
// become U+FFFD and are listed in `issues` with their original offsets; the rest of the file
// decodes normally. Order of decisions: a BOM (UTF-8, UTF-16LE/BE) wins; then a forced
// encoding; then valid UTF-8; then, under "auto", ICU's charset detector (GB18030, Big5 and
// friends) when the bytes are far from UTF-8, else UTF-8 with replacement characters.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "doc/source_map.h"

namespace docqc::input {

struct DecodeIssue {
  std::size_t decoded_offset = 0;  // where the U+FFFD stands in the decoded text
  std::size_t decoded_length = 0;
  std::size_t original_offset = 0;
  std::size_t original_length = 0;
  std::string original_bytes;  // the first few invalid bytes, for messages
};

struct Decoded {
  std::string text;
  doc::SourceMap source_map;
  doc::SourceInfo source;
  std::vector<DecodeIssue> issues;  // invalid byte runs, in order
  // Set when docqc had to guess: which encoding, and why.
  std::optional<std::string> detection_note;
};

// Thrown only for a forced encoding name that ICU does not know (a usage error).
class UnknownEncoding : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `encoding` is "auto" or an ICU converter name ("UTF-8", "GB18030", "Big5", ...).
// Takes the bytes by value: valid UTF-8 (the common case) becomes the text without a copy.
Decoded decode(std::string bytes, const std::string& encoding = "auto");

// Throws UnknownEncoding unless `encoding` is "auto" or a converter ICU can open; its
// message points to --list-encodings.
void check_encoding_name(const std::string& encoding);

// ICU's converters: each entry is the canonical name followed by its aliases
// (`--list-encodings`).
std::vector<std::vector<std::string>> available_encodings();

// True for data that is not text: NUL bytes in the first 8 KiB without a UTF-16 BOM. Under
// a forced encoding whose characters are wider than a byte (UTF-16, UTF-32), NUL bytes are
// text: BOM-less UTF-16 can only be read with --encoding UTF-16LE/BE.
bool looks_binary(std::string_view bytes, const std::string& encoding = "auto");

}  // namespace docqc::input
