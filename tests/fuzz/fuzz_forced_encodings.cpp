// Fuzz target: input::decode() under a forced encoding (`--encoding`), the first byte of the
// input choosing one of the encodings users force, the rest being the file.
//
// Invariants: decode() never throws; the text is valid UTF-8; every decode issue lies inside
// both the text and the original bytes, in order; the source map never points past the
// original bytes at a code point boundary and never goes backwards.
#include <array>
#include <string>

#include "fuzz_check.h"
#include "input/decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static constexpr std::array<const char*, 14> k_encodings = {
      "UTF-8",  "GB18030",  "GBK",      "Big5",     "Big5-HKSCS",   "Shift_JIS",  "EUC-JP",
      "EUC-KR", "UTF-16LE", "UTF-16BE", "UTF-32LE", "windows-1252", "ISO-8859-1", "ibm-1390"};
  if (size == 0) {
    return 0;
  }
  const char* encoding = k_encodings[data[0] % k_encodings.size()];
  std::string bytes(docqc::fuzz::as_text(data + 1, size - 1));
  docqc::input::check_encoding_name(encoding);
  (void)docqc::input::looks_binary(bytes, encoding);
  auto decoded = docqc::input::decode(bytes, encoding);
  FUZZ_CHECK(docqc::fuzz::is_valid_utf8(decoded.text), encoding);
  std::size_t previous_decoded = 0;
  std::size_t previous_original = 0;
  for (const auto& issue : decoded.issues) {
    FUZZ_CHECK(issue.decoded_offset + issue.decoded_length <= decoded.text.size(), "in the text");
    FUZZ_CHECK(issue.original_offset + issue.original_length <= bytes.size(), "in the bytes");
    FUZZ_CHECK(issue.decoded_offset >= previous_decoded, "issues in order");
    FUZZ_CHECK(issue.original_offset >= previous_original, "issues in original order");
    previous_decoded = issue.decoded_offset;
    previous_original = issue.original_offset;
  }
  std::size_t last = 0;
  for (std::size_t offset = 0; offset <= decoded.text.size();
       offset += 1 + decoded.text.size() / 64) {
    // Only code point boundaries: inside a character the map is linear by contract.
    while (offset < decoded.text.size() &&
           (static_cast<unsigned char>(decoded.text[offset]) & 0xC0) == 0x80) {
      ++offset;
    }
    std::size_t original = decoded.source_map.to_original(offset);
    FUZZ_CHECK(original <= bytes.size(), "the map stays inside the bytes");
    FUZZ_CHECK(original >= last, "the map never goes backwards");
    last = original;
  }
  FUZZ_CHECK(decoded.source_map.to_original(decoded.text.size()) <= bytes.size(), "the end");
  return 0;
}
