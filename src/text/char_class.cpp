#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace docqc::text {

const CharClass& CharClass::instance() {
  static const CharClass k_instance;
  return k_instance;
}

CharClass::CharClass() {
  for (char32_t c = 0; c < m_bmp.size(); ++c) {
    m_bmp[c] = compute(c);
  }
}

std::uint8_t CharClass::compute(char32_t code_point) noexcept {
  const auto c = static_cast<UChar32>(code_point);
  std::uint8_t flags = 0;
  UErrorCode status = U_ZERO_ERROR;
  if (uscript_getScript(c, &status) == USCRIPT_HAN) {
    flags |= k_han;
  } else if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) {
    flags |= k_letter;
  }
  const int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  const auto category = U_GET_GC_MASK(c);
  if (width == U_EA_FULLWIDTH) {
    flags |= k_fullwidth;
  }
  if ((width == U_EA_FULLWIDTH || width == U_EA_WIDE) &&
      (category & (U_GC_P_MASK | U_GC_S_MASK)) != 0) {
    flags |= k_cjk_punctuation;
  }
  if (u_hasBinaryProperty(c, UCHAR_UPPERCASE)) {
    flags |= k_upper;
  }
  if (u_hasBinaryProperty(c, UCHAR_LOWERCASE)) {
    flags |= k_lower;
  }
  if ((category & U_GC_MN_MASK) != 0) {
    flags |= k_combining;
  }
  if ((category & (U_GC_SO_MASK | U_GC_SK_MASK | U_GC_CN_MASK)) != 0) {
    flags |= k_symbol_or_unassigned;
  }
  return flags;
}

}  // namespace docqc::text
