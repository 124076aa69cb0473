// CharClass: the per-code-point facts from ICU that the hot loops of the script, garbled and
// pair kinds ask about every character (script Han, letter, CJK punctuation, full width,
// case), computed for the BMP by the build (text/unicode_tables.h) so that a lookup is one
// read of a constant table and start-up computes nothing. Supplementary code points ask ICU
// directly.
//
// Contract: instance() is stateless and read-only, so it is shared by every thread. The facts are
// ICU's (uscript_getScript, UCHAR_ALPHABETIC, UCHAR_EAST_ASIAN_WIDTH, general category,
// UCHAR_UPPERCASE/LOWERCASE); nothing is hand-written.
#pragma once

#include <cstddef>
#include <cstdint>

#include "text/unicode_tables.h"

namespace docqc::text {

enum CharFlag : std::uint8_t {
  k_han = 1 << 0,                   // Script=Han (〇 included)
  k_letter = 1 << 1,                // Alphabetic and not Han (Latin, Greek, Cyrillic, kana ...)
  k_cjk_punctuation = 1 << 2,       // punctuation or symbol of East Asian width W or F
  k_fullwidth = 1 << 3,             // East Asian width F (ＡＢＣ１２３，)
  k_upper = 1 << 4,                 // Uppercase
  k_lower = 1 << 5,                 // Lowercase
  k_combining = 1 << 6,             // nonspacing mark (general category Mn)
  k_symbol_or_unassigned = 1 << 7,  // general category So, Sk or Cn
};

class CharClass {
 public:
  static const CharClass& instance();

  std::uint8_t flags(char32_t c) const noexcept {
    return c < 0x10000 ? k_char_class_bmp[c] : compute(c);
  }
  bool is_han(char32_t c) const noexcept { return (flags(c) & k_han) != 0; }
  // Han or CJK punctuation: the characters that make a context "CJK".
  bool is_cjk(char32_t c) const noexcept { return (flags(c) & (k_han | k_cjk_punctuation)) != 0; }

  // The flags straight from ICU, for any code point (text/icu_facts.h).
  static std::uint8_t compute(char32_t c) noexcept;

 private:
  CharClass() = default;
};

}  // namespace docqc::text
