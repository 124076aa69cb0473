#include "input/decoder.h"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <cstring>
#include <memory>

#include "doc/utf8.h"

namespace docqc::input {

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at `pos`, or 0 when the bytes there are invalid
// (overlong forms, surrogates, code points past U+10FFFF, truncated sequences).
std::size_t valid_sequence_length(std::string_view bytes, std::size_t pos) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[pos + i]); };
  unsigned char lead = at(0);
  std::size_t left = bytes.size() - pos;
  auto continuation = [&](std::size_t i) { return i < left && (at(i) & 0xC0) == 0x80; };
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    return continuation(1) ? 2 : 0;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (!continuation(1) || !continuation(2)) {
      return 0;
    }
    if ((lead == 0xE0 && at(1) < 0xA0) || (lead == 0xED && at(1) > 0x9F)) {
      return 0;
    }
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!continuation(1) || !continuation(2) || !continuation(3)) {
      return 0;
    }
    if ((lead == 0xF0 && at(1) < 0x90) || (lead == 0xF4 && at(1) > 0x8F)) {
      return 0;
    }
    return 4;
  }
  return 0;
}

struct Utf8Scan {
  std::size_t invalid_bytes = 0;
  std::size_t multibyte_sequences = 0;
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    // Fast path: eight ASCII bytes at a time.
    if (pos + 8 <= bytes.size()) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + pos, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    std::size_t length = valid_sequence_length(bytes, pos);
    if (length == 0) {
      ++scan.invalid_bytes;
      ++pos;
    } else {
      scan.multibyte_sequences += length > 1;
      pos += length;
    }
  }
  return scan;
}

// UTF-8 with every invalid byte run replaced by one U+FFFD.
// `known` is the scan of the body when the caller already made it: on CJK text one scan
// is about a tenth of the time of a whole check.
Decoded decode_utf8(std::string&& bytes, std::size_t bom_length,
                    std::optional<Utf8Scan> known = std::nullopt) {
  Decoded result;
  result.source.has_bom = bom_length > 0;
  std::string_view body = std::string_view(bytes).substr(bom_length);
  result.source_map.add_anchor(0, bom_length);
  Utf8Scan scan = known ? *known : scan_utf8(body);
  if (scan.invalid_bytes == 0) {
    bytes.erase(0, bom_length);
    result.text = std::move(bytes);
    return result;
  }
  result.text.reserve(body.size() + scan.invalid_bytes * 2);
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t length = valid_sequence_length(body, pos);
    if (length > 0) {
      result.text.append(body.data() + pos, length);
      pos += length;
      continue;
    }
    std::size_t start = pos;
    while (pos < body.size() && valid_sequence_length(body, pos) == 0) {
      ++pos;
    }
    DecodeIssue issue;
    issue.decoded_offset = result.text.size();
    issue.decoded_length = k_replacement.size();
    issue.original_offset = bom_length + start;
    issue.original_length = pos - start;
    issue.original_bytes = std::string(body.substr(start, std::min<std::size_t>(pos - start, 9)));
    result.source_map.add_anchor(result.text.size(), bom_length + start);
    result.text.append(k_replacement);
    result.source_map.add_anchor(result.text.size(), bom_length + pos);
    result.issues.push_back(issue);
  }
  return result;
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Appends decoded characters to a Decoded: one source-map anchor per character, and runs of
// the converter's substitution character as decode issues. A character's original bytes end
// where the next one's begin, so each is appended when the next one's start is known.
class IcuSink {
 public:
  IcuSink(Decoded& result, std::string_view bytes) : m_result(result), m_bytes(bytes) {}

  void character(char32_t c, std::size_t original) {
    if (m_has_pending) {
      append(original);
    }
    m_pending = c;
    m_pending_original = original;
    m_has_pending = true;
  }

  void finish() {
    if (m_has_pending) {
      append(m_bytes.size());
    }
    m_result.source_map.add_anchor(m_result.text.size(), m_bytes.size());
  }

 private:
  void append(std::size_t original_end) {
    const std::size_t original = m_pending_original;
    const std::size_t decoded = m_result.text.size();
    m_result.source_map.add_anchor(decoded, original);
    doc::append_utf8(m_result.text, m_pending);
    if (m_pending != 0xFFFD && m_pending != 0x1A) {
      return;
    }
    // The converter's substitution character: the source bytes were invalid here.
    auto& issues = m_result.issues;
    if (!issues.empty() && issues.back().decoded_offset + issues.back().decoded_length == decoded) {
      DecodeIssue& run = issues.back();
      run.decoded_length = m_result.text.size() - run.decoded_offset;
      run.original_length = original_end - run.original_offset;
      run.original_bytes = std::string(
          m_bytes.substr(run.original_offset, std::min<std::size_t>(run.original_length, 9)));
    } else {
      issues.push_back({decoded, m_result.text.size() - decoded, original, original_end - original,
                        std::string(m_bytes.substr(
                            original, std::min<std::size_t>(original_end - original, 9)))});
    }
  }

  Decoded& m_result;
  std::string_view m_bytes;
  char32_t m_pending = 0;
  std::size_t m_pending_original = 0;
  bool m_has_pending = false;
};

// Any ICU-supported encoding -> UTF-8, with one source-map anchor per character.
//
// The input is converted in chunks of k_chunk bytes, so the UTF-16 buffers stay small (a
// whole-file conversion held 12 bytes of buffers per input byte) and ICU's int32_t offsets
// never wrap, whatever the file's size. A character split across chunks is still in the
// converter when a call returns (ucnv_toUCountPending); ICU gives its units the offset -1,
// and its start is where those pending bytes began.
Decoded decode_with_icu(std::string_view bytes, std::size_t skip, const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) {
    throw UnknownEncoding(fmt::format("unknown encoding '{}' ({})", name, u_errorName(status)));
  }
  Decoded result;
  result.source.encoding = ucnv_getName(converter.get(), &status);
  result.source.has_bom = skip > 0;
  result.text.reserve(bytes.size() + bytes.size() / 2);
  IcuSink sink(result, bytes);
  constexpr std::size_t k_chunk = std::size_t{1} << 16;
  std::vector<UChar> units(2 * k_chunk + 16);
  std::vector<int32_t> offsets(units.size());
  const char* const begin = bytes.data();
  const char* const end = begin + bytes.size();
  const char* source = begin + skip;
  std::size_t carried_start = skip;  // where bytes still inside the converter began
  UChar lead = 0;                    // a lead surrogate that ended the previous call's output
  std::size_t lead_original = 0;
  for (;;) {
    const char* call_start = source;
    const char* limit = static_cast<std::size_t>(end - source) > k_chunk ? source + k_chunk : end;
    const bool flush = limit == end;
    UChar* target = units.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, limit,
                   offsets.data(), flush, &status);
    const bool overflow = status == U_BUFFER_OVERFLOW_ERROR;
    const std::size_t count = static_cast<std::size_t>(target - units.data());
    const std::size_t base = static_cast<std::size_t>(call_start - begin);
    for (std::size_t k = 0; k < count; ++k) {
      const UChar unit = units[k];
      const std::size_t original =
          offsets[k] < 0 ? carried_start : base + static_cast<std::size_t>(offsets[k]);
      if (lead != 0) {
        const UChar first = lead;
        lead = 0;
        if (U16_IS_TRAIL(unit)) {
          sink.character(static_cast<char32_t>(U16_GET_SUPPLEMENTARY(first, unit)), lead_original);
          continue;
        }
        sink.character(0xFFFD, lead_original);  // an unpaired surrogate, as U16_NEXT gives
      }
      if (U16_IS_LEAD(unit)) {
        lead = unit;
        lead_original = original;
        continue;
      }
      sink.character(U16_IS_TRAIL(unit) ? 0xFFFD : static_cast<char32_t>(unit), original);
    }
    UErrorCode pending_status = U_ZERO_ERROR;
    const int32_t pending = ucnv_toUCountPending(converter.get(), &pending_status);
    carried_start =
        static_cast<std::size_t>(source - begin) -
        (U_SUCCESS(pending_status) && pending > 0 ? static_cast<std::size_t>(pending) : 0);
    if (overflow) {
      continue;  // the same input goes on into a fresh buffer
    }
    if (U_FAILURE(status) || (flush && source == end)) {
      break;
    }
  }
  if (lead != 0) {
    sink.character(0xFFFD, lead_original);
  }
  sink.finish();
  return result;
}

struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

// ICU's best guess at the charset of `bytes`, with its confidence (0-100).
std::optional<std::pair<std::string, int>> detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) {
    return std::nullopt;
  }
  // The detector only needs a sample; 64 KiB keeps detection cheap on huge files.
  std::string_view sample = bytes.substr(0, 64 * 1024);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || !match) {
    return std::nullopt;
  }
  const char* name = ucsdet_getName(match, &status);
  int confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || !name) {
    return std::nullopt;
  }
  return std::make_pair(std::string(name), confidence);
}

}  // namespace

void check_encoding_name(const std::string& encoding) {
  if (encoding.empty() || encoding == "auto") {
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) {
    throw UnknownEncoding(
        fmt::format("unknown encoding '{}'; see `docqc check --list-encodings`", encoding));
  }
}

std::vector<std::vector<std::string>> available_encodings() {
  std::vector<std::vector<std::string>> result;
  int32_t count = ucnv_countAvailable();
  for (int32_t i = 0; i < count; ++i) {
    const char* name = ucnv_getAvailableName(i);
    std::vector<std::string> names{name};
    UErrorCode status = U_ZERO_ERROR;
    uint16_t aliases = ucnv_countAliases(name, &status);
    for (uint16_t a = 0; U_SUCCESS(status) && a < aliases; ++a) {
      const char* alias = ucnv_getAlias(name, a, &status);
      if (U_SUCCESS(status) && alias != nullptr && std::string_view(alias) != name) {
        names.emplace_back(alias);
      }
    }
    result.push_back(std::move(names));
  }
  return result;
}

bool looks_binary(std::string_view bytes, const std::string& encoding) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return false;
  }
  if (!encoding.empty() && encoding != "auto") {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding.c_str(), &status));
    if (U_SUCCESS(status) && ucnv_getMinCharSize(converter.get()) > 1) {
      return false;
    }
  }
  std::string_view head = bytes.substr(0, 8192);
  return head.find('\0') != std::string_view::npos;
}

Decoded decode(std::string bytes, const std::string& encoding) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    return decode_utf8(std::move(bytes), 3);
  }
  if (bytes.starts_with("\xFF\xFE")) {
    return decode_with_icu(bytes, 2, "UTF-16LE");
  }
  if (bytes.starts_with("\xFE\xFF")) {
    return decode_with_icu(bytes, 2, "UTF-16BE");
  }
  const bool is_auto = encoding.empty() || encoding == "auto";
  if (!is_auto) {
    // Alias 0 is ICU's own converter name ("utf8", "UTF-8", "unicode-1-1-utf-8" -> "UTF-8").
    // (ucnv_getCanonicalName(name, "") is always null: "" names no alias standard.)
    UErrorCode status = U_ZERO_ERROR;
    const char* converter = ucnv_getAlias(encoding.c_str(), 0, &status);
    if (U_SUCCESS(status) && converter && std::string_view(converter) == "UTF-8") {
      return decode_utf8(std::move(bytes), 0);
    }
    return decode_with_icu(bytes, 0, encoding);
  }
  Utf8Scan scan = scan_utf8(bytes);
  // Bad bytes in text that is mostly UTF-8 are damage to report; text with more invalid
  // bytes than valid multibyte characters is another encoding, which ICU's detector names.
  if (scan.invalid_bytes <= scan.multibyte_sequences) {
    return decode_utf8(std::move(bytes), 0, scan);
  }
  auto detected = detect_charset(bytes);
  if (detected && detected->first != "UTF-8") {
    try {
      Decoded result = decode_with_icu(bytes, 0, detected->first);
      result.detection_note = fmt::format(
          "not valid UTF-8 ({} invalid bytes); decoded as {} (ICU charset detection, "
          "confidence {}%); use --encoding to force another",
          scan.invalid_bytes, result.source.encoding, detected->second);
      return result;
    } catch (const UnknownEncoding&) {
      // The detector can name charsets no ICU converter implements (IBM424_rtl, IBM420_ltr:
      // visual-order Hebrew and Arabic). Such bytes are read as damaged UTF-8 instead.
    }
  }
  return decode_utf8(std::move(bytes), 0, scan);
}

}  // namespace docqc::input
