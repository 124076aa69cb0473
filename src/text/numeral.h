// docqc::text numerals: parse and format the numeral systems that number
// items in Chinese documents.
//
// Contract
// - Input is UTF-8 holding exactly one numeral, nothing around it: no
//   spaces, brackets or punctuation ("十一", "11", "①", "ⅩⅡ", "甲").
// - A parse succeeds only for a well-formed numeral written wholly in one
//   system; everything else yields std::nullopt: the empty string, digits of
//   two systems ("1１", "一1"), malformed forms ("十十", "一一", "一百零",
//   "IIII", "01").
// - Chinese numerals accept the standard written forms (十一, 一十一, 二十一,
//   一百零三, 一千零一十, 两百, 一万零五百, 廿一, 卅), with 零 or 〇 for a gap,
//   up to 99999999; format_numeral writes the canonical form (十一, 二十一,
//   一百零三, 一百一十), so format(parse(s)) == s for every canonical s.
// - Values are >= 0; only systems that have a zero (Arabic, Chinese, ⓪)
//   accept 0. Systems with a finite repertoire (letters, circled numbers,
//   stems) format only the values they can write; otherwise std::nullopt.
// - No function allocates except format_numeral; all are thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace docqc::text {

enum class NumeralSystem {
  chinese,                // 一 二 … 十一 … 一百零三 (also 〇 零 两 廿 卅)
  chinese_formal,         // 壹 贰 … 拾壹 … 壹佰零叁 (financial forms)
  arabic,                 // 1 2 … 10
  arabic_fullwidth,       // １ ２ … １０
  circled,                // ① … ⑳ ㉑ … ㊿ (and ⓪)
  circled_negative,       // ❶ … ❿ ⓫ … ⓴
  circled_chinese,        // ㊀ … ㊉
  parenthesized_chinese,  // ㈠ … ㈩
  parenthesized_arabic,   // ⑴ … ⒇
  full_stop_arabic,       // ⒈ … ⒛
  roman_upper,            // Ⅰ … Ⅻ, and ⅩⅢ … (U+2160 block)
  roman_lower,            // ⅰ … ⅻ (U+2170 block)
  roman_ascii_upper,      // I II III IV … MMMCMXCIX
  roman_ascii_lower,      // i ii iii iv …
  latin_upper,            // A … Z
  latin_lower,            // a … z
  heavenly_stem,          // 甲 乙 丙 丁 戊 己 庚 辛 壬 癸
  earthly_branch,         // 子 丑 寅 卯 辰 巳 午 未 申 酉 戌 亥
};

struct ParsedNumeral {
  long value = 0;
  NumeralSystem system = NumeralSystem::arabic;

  friend bool operator==(const ParsedNumeral&, const ParsedNumeral&) = default;
};

// Every system, in the order parse_any tries them.
std::span<const NumeralSystem> all_numeral_systems();

// Stable snake_case name used in rule files ("chinese", "roman_ascii_upper").
std::string_view numeral_system_name(NumeralSystem system);
std::optional<NumeralSystem> numeral_system_from_name(std::string_view name);

// The value of `utf8` read as a numeral of `system`, or nullopt.
std::optional<long> parse_numeral(std::string_view utf8, NumeralSystem system);

// The first system in all_numeral_systems() that reads `utf8`. Some strings
// are ambiguous ("I", "C", "i", "v" are Roman numerals and Latin letters);
// parse_any prefers the Roman reading, callers that know the context (the
// previous item of a list) should call parse_numeral with the system they
// expect instead.
std::optional<ParsedNumeral> parse_any(std::string_view utf8);

// `value` written in `system`, or nullopt when the system cannot write it.
std::optional<std::string> format_numeral(long value, NumeralSystem system);

}  // namespace docqc::text
