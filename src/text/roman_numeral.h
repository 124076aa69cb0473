// Roman numerals for text/numeral.h: ASCII (IV, xii: systems `roman_ascii_upper`,
// `roman_ascii_lower`) and the Number Forms block (Ⅻ, ⅩⅢ, ⅳ: `roman_upper`, `roman_lower`,
// `base` U+2160 or U+2170).
//
// Contract: a parse accepts only the canonical (subtractive) form of 1..k_roman_numeral_max
// in one case ("IIII", "IC", "Iv" are rejected); the Number Forms use the single characters
// Ⅰ..Ⅻ for 1..12 and Ⅼ Ⅽ Ⅾ Ⅿ with them above. Writers take 1..k_roman_numeral_max. No
// allocation except the returned string; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace docqc::text {

constexpr long k_roman_numeral_max = 3'999;

std::optional<long> parse_roman_ascii(std::string_view s, bool lower);
std::string format_roman_ascii(long value, bool lower);
std::optional<long> parse_roman_number_forms(std::string_view s, char32_t base);
std::string format_roman_number_forms(long value, char32_t base);

}  // namespace docqc::text
