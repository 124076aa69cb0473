#include "report/fix_preview.h"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <memory>
#include <string_view>

#include "doc/utf8.h"

namespace docqc::report {

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Bytes of one code point (UTF-8 in `cp`) in the file's encoding; 0 when it cannot say.
std::size_t encoded_size(UConverter* converter, std::string_view cp) {
  if (converter == nullptr) {
    return cp.size();  // UTF-8
  }
  UChar units[2];
  int32_t length = 0;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(cp.data(), i, static_cast<int32_t>(cp.size()), c);
  if (c < 0) {
    return 0;
  }
  UBool error = false;
  U16_APPEND(units, length, 2, c, error);
  char out[16];
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = ucnv_fromUChars(converter, out, sizeof out, units, length, &status);
  return U_SUCCESS(status) && !error ? static_cast<std::size_t>(written) : 0;
}

// The decoded byte index reached after `bytes` original bytes from decoded index `pos`, or
// npos when no character boundary falls there.
std::size_t advance(std::string_view text, std::size_t pos, std::size_t bytes,
                    UConverter* converter) {
  std::size_t seen = 0;
  while (seen < bytes) {
    if (pos >= text.size()) {
      return std::string_view::npos;
    }
    std::size_t start = pos;
    doc::next_code_point(text, pos);
    std::size_t size = encoded_size(converter, text.substr(start, pos - start));
    if (size == 0) {
      return std::string_view::npos;
    }
    seen += size;
  }
  return seen == bytes ? pos : std::string_view::npos;
}

std::string_view last_code_points(std::string_view text, std::size_t n) {
  std::size_t pos = text.size();
  while (pos > 0 && n > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
      --pos;
    }
    --n;
  }
  return text.substr(pos);
}

std::string_view first_code_points(std::string_view text, std::size_t n) {
  std::size_t pos = 0;
  while (pos < text.size() && n > 0) {
    doc::next_code_point(text, pos);
    --n;
  }
  return text.substr(0, pos);
}

}  // namespace

std::optional<FixPreview> fix_preview(const FileReport& file, const LocatedFinding& finding,
                                      std::size_t context) {
  if (!file.text || !finding.fix || finding.fix->byte_offset < finding.byte_offset) {
    return std::nullopt;
  }
  std::unique_ptr<UConverter, ConverterCloser> converter;
  std::string_view encoding = file.encoding;
  if (!encoding.empty() && encoding != "UTF-8") {
    UErrorCode status = U_ZERO_ERROR;
    converter.reset(ucnv_open(file.encoding.c_str(), &status));
    if (U_FAILURE(status)) {
      return std::nullopt;
    }
  }
  std::string_view text = *file.text;
  std::size_t start = 0;
  for (std::size_t n = 0; n < finding.char_offset; ++n) {
    if (start >= text.size()) {
      return std::nullopt;
    }
    doc::next_code_point(text, start);
  }
  const auto& fix = *finding.fix;
  std::size_t from = advance(text, start, fix.byte_offset - finding.byte_offset, converter.get());
  if (from == std::string_view::npos) {
    return std::nullopt;
  }
  std::size_t to = advance(text, from, fix.byte_length, converter.get());
  if (to == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view left = last_code_points(text.substr(0, from), context);
  std::string_view right = first_code_points(text.substr(to), context);
  FixPreview preview;
  preview.before =
      std::string(left) + std::string(text.substr(from, to - from)) + std::string(right);
  preview.after = std::string(left) + fix.replacement + std::string(right);
  return preview;
}

}  // namespace docqc::report
