#include "text/icu_facts.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <string>
#include <utility>

#include "text/char_class.h"
#include "text/confusables.h"

namespace docqc::text {

std::uint8_t icu_char_flags(char32_t code_point) noexcept {
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

namespace {

char32_t single(const std::u32string& s) {
  return s.size() == 1 ? s[0] : 0;
}

bool is_han(char32_t c) {
  return (icu_char_flags(c) & k_han) != 0;
}

}  // namespace

std::map<char32_t, char32_t> icu_han_lookalikes() {
  const Confusables& confusables = Confusables::instance();
  // Skeletons of Han characters that are not themselves: 〇 -> O.
  std::map<std::u32string, char32_t> han_of_skeleton;
  const std::pair<char32_t, char32_t> han_ranges[] = {{0x3007, 0x3008}, {0x4E00, 0xA000}};
  for (const auto& [first, last] : han_ranges) {
    for (char32_t c = first; c < last; ++c) {
      std::u32string sk = confusables.skeleton(static_cast<UChar32>(c));
      if (single(sk) != c) {
        han_of_skeleton.emplace(std::move(sk), c);
      }
    }
  }
  std::map<char32_t, char32_t> out;
  const std::pair<char32_t, char32_t> ranges[] = {
      {0x30, 0x3A},     {0x41, 0x5B},     {0x61, 0x7B},     {0x3000, 0x3040},
      {0x3041, 0x3097}, {0x30A1, 0x30FB}, {0x3131, 0x318F}, {0xFF66, 0xFF9E}};
  for (const auto& [first, last] : ranges) {
    for (char32_t c = first; c < last; ++c) {
      const std::u32string sk = confusables.skeleton(static_cast<UChar32>(c));
      char32_t han = single(sk);
      if (han == 0 || !is_han(han)) {
        auto it = han_of_skeleton.find(sk);
        han = it == han_of_skeleton.end() ? 0 : it->second;
      }
      if (han != 0 && han != c && !is_han(c)) {
        out.emplace(c, han);
      }
    }
  }
  return out;
}

}  // namespace docqc::text
