#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace docqc::text {

namespace {

bool is_ascii(std::string_view text) {
  for (unsigned char byte : text) {
    if (byte >= 0x80) {
      return false;
    }
  }
  return true;
}

bool dropped(UChar32 c) {
  if (c < 0x80) {
    return c <= 0x20 || c == 0x7f;
  }
  // CJK ideographs and Hangul syllables are never white space, controls or
  // default-ignorable: skip the property look-ups for the common case.
  if ((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3)) {
    return false;
  }
  return u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR ||
         u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

}  // namespace

DedupNormalizer::DedupNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  m_nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || m_nfkc == nullptr) {
    throw std::runtime_error(std::string("ICU NFKC data unavailable: ") + u_errorName(status));
  }
}

void DedupNormalizer::normalize(std::string_view text, std::string& out) {
  out.clear();
  std::string_view source = text;
  if (!is_ascii(text)) {
    m_scratch.clear();
    icu::StringByteSink<std::string> sink(&m_scratch, static_cast<int32_t>(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    m_nfkc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                          nullptr, status);
    if (U_SUCCESS(status)) {
      source = m_scratch;
    }
  }
  out.reserve(source.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(source.data());
  const auto length = static_cast<int32_t>(source.size());
  int32_t index = 0;
  while (index < length) {
    const int32_t start = index;
    UChar32 c;
    U8_NEXT(bytes, index, length, c);
    if (c < 0) {
      out.append("\xEF\xBF\xBD");
      continue;
    }
    if (dropped(c)) {
      continue;
    }
    out.append(source.data() + start, static_cast<std::size_t>(index - start));
  }
}

std::size_t DedupNormalizer::code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char byte : text) {
    count += (byte & 0xC0) != 0x80 ? 1 : 0;
  }
  return count;
}

std::optional<char32_t> nfkc_single(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || nfkc == nullptr) {
    throw std::runtime_error("ICU has no NFKC data");
  }
  icu::UnicodeString decomposition;
  if (!nfkc->getDecomposition(static_cast<UChar32>(c), decomposition) ||
      decomposition.countChar32() != 1) {
    return std::nullopt;
  }
  return static_cast<char32_t>(decomposition.char32At(0));
}

}  // namespace docqc::text
