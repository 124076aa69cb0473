// icu_facts: the per-code-point facts that docqc takes from ICU, computed straight from ICU.
// They are slow (hundreds of instructions a code point), so the build runs them once
// (tools/gen_unicode_tables.cpp) and the binary reads the results from generated constant
// tables (unicode_tables.h); at run time only what a table does not cover asks ICU here.
//
// Contract: pure functions of the ICU the build links; the unit tests compare every
// generated table with them, so the tables cannot drift from these definitions.
#pragma once

#include <cstdint>
#include <map>

namespace docqc::text {

// CharFlag bits of `c` (text/char_class.h): uscript_getScript, UCHAR_ALPHABETIC,
// UCHAR_EAST_ASIAN_WIDTH, general category, UCHAR_UPPERCASE/LOWERCASE.
std::uint8_t icu_char_flags(char32_t c) noexcept;

// The Han character that each Katakana, Hiragana, Hangul compatibility jamo, half-width
// Katakana, CJK symbol and ASCII character looks like, from ICU's confusables (UTS #39
// skeletons: a character whose skeleton is a Han character, or whose skeleton is that of a
// Han character such as 〇 -> O). For the han-lookalike kind.
std::map<char32_t, char32_t> icu_han_lookalikes();

}  // namespace docqc::text
