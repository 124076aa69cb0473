// Fuzz target: input::decode() and input::looks_binary() on arbitrary bytes, under "auto" and
// under forced encodings.
//
// Invariants: nothing throws (decode's contract); the text is valid UTF-8; every invalid byte
// run is listed once, in order, inside both texts, where a substitution character stands;
// the source map is monotonic and stays inside the original bytes; valid UTF-8 without a BOM
// decodes to itself; decoding is deterministic.
#include <array>
#include <string>

#include "fuzz_check.h"
#include "input/decoder.h"

namespace {

using docqc::fuzz::as_text;
using docqc::fuzz::is_valid_utf8;

void check_decoded(std::string_view bytes, const docqc::input::Decoded& decoded) {
  const std::string& text = decoded.text;
  FUZZ_CHECK(is_valid_utf8(text), "decoded text is valid UTF-8");
  std::size_t decoded_end = 0;
  std::size_t original_end = 0;
  for (const auto& issue : decoded.issues) {
    FUZZ_CHECK(issue.decoded_offset >= decoded_end, "issues are ordered in the decoded text");
    FUZZ_CHECK(issue.original_offset >= original_end, "issues are ordered in the original");
    FUZZ_CHECK(issue.decoded_length > 0, "an issue covers decoded text");
    FUZZ_CHECK(issue.decoded_offset + issue.decoded_length <= text.size(), "issue inside text");
    FUZZ_CHECK(issue.original_offset + issue.original_length <= bytes.size(),
               "issue inside the original bytes");
    std::string_view at = std::string_view(text).substr(issue.decoded_offset);
    FUZZ_CHECK(at.starts_with("\xEF\xBF\xBD") || at.starts_with("\x1A"),
               "an issue stands on a substitution character");
    decoded_end = issue.decoded_offset + issue.decoded_length;
    original_end = issue.original_offset + issue.original_length;
  }
  // The source map, at every code point boundary and at the end.
  const auto& map = decoded.source_map;
  std::size_t previous = 0;
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
      continue;
    }
    std::size_t original = map.to_original(offset);
    FUZZ_CHECK(original <= bytes.size(), "source map stays inside the original bytes");
    FUZZ_CHECK(original >= previous, "source map is monotonic");
    previous = original;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes = as_text(data, size);
  static const std::array<std::string, 8> k_encodings = {
      "auto", "UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "Shift_JIS", "UTF-32"};
  for (const auto& encoding : k_encodings) {
    (void)docqc::input::looks_binary(bytes, encoding);
    docqc::input::Decoded decoded = docqc::input::decode(std::string(bytes), encoding);
    check_decoded(bytes, decoded);
    if (encoding == "auto") {
      docqc::input::Decoded again = docqc::input::decode(std::string(bytes), encoding);
      FUZZ_CHECK(again.text == decoded.text, "decoding is deterministic");
      bool bom = bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") ||
                 bytes.starts_with("\xFE\xFF");
      if (!bom && is_valid_utf8(bytes)) {
        FUZZ_CHECK(decoded.text == bytes, "valid UTF-8 decodes to itself");
        FUZZ_CHECK(decoded.issues.empty(), "valid UTF-8 has no issues");
        FUZZ_CHECK(decoded.source_map.to_original(bytes.size()) == bytes.size(),
                   "valid UTF-8 maps to itself");
      }
    }
  }
  return 0;
}
