#include "text/numeral.h"

#include <array>
#include <cstdint>

#include "doc/utf8.h"
#include "text/chinese_numeral.h"
#include "text/numeral_utf8.h"
#include "text/roman_numeral.h"

namespace docqc::text {

namespace {

// The only code point of `s`; nullopt when `s` holds zero, several or an ill-formed one.
std::optional<char32_t> single_code_point(std::string_view s) {
  std::size_t pos = 0;
  const std::optional<char32_t> cp = s.empty() ? std::nullopt : next_numeral_code_point(s, pos);
  return cp && pos == s.size() ? cp : std::nullopt;
}

// ---------------------------------------------------------------- Arabic

std::optional<long> parse_digits(std::string_view s, char32_t zero) {
  if (s.empty()) {
    return std::nullopt;
  }
  long value = 0;
  int digits = 0;
  bool leading_zero = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::optional<char32_t> decoded = next_numeral_code_point(s, pos);
    if (!decoded || *decoded < zero || *decoded > zero + 9) {
      return std::nullopt;
    }
    const char32_t cp = *decoded;
    if (digits == 0 && cp == zero) {
      leading_zero = true;
    }
    if (++digits > 18) {
      return std::nullopt;
    }
    value = value * 10 + static_cast<long>(cp - zero);
  }
  if (leading_zero && digits > 1) {
    return std::nullopt;
  }
  return value;
}

std::string format_digits(long value, char32_t zero) {
  std::array<char32_t, 20> reversed{};
  std::size_t n = 0;
  do {
    reversed[n++] = zero + static_cast<char32_t>(value % 10);
    value /= 10;
  } while (value > 0);
  std::string out;
  while (n > 0) {
    doc::append_utf8(out, reversed[--n]);
  }
  return out;
}

// ---------------------------------------------------------------- single code points

struct CodePointRange {
  char32_t first;
  long first_value;
  long count;
};

// Ranges of consecutive code points with consecutive values, per system.
constexpr std::array<CodePointRange, 4> k_circled = {{
    {U'⓪', 0, 1},
    {U'①', 1, 20},
    {U'㉑', 21, 15},
    {U'㊱', 36, 15},
}};
constexpr std::array<CodePointRange, 3> k_circled_negative = {{
    {U'⓿', 0, 1},
    {U'❶', 1, 10},
    {U'⓫', 11, 10},
}};
constexpr std::array<CodePointRange, 1> k_circled_chinese = {{{U'㊀', 1, 10}}};
constexpr std::array<CodePointRange, 1> k_parenthesized_chinese = {{{U'㈠', 1, 10}}};
constexpr std::array<CodePointRange, 1> k_parenthesized_arabic = {{{U'⑴', 1, 20}}};
constexpr std::array<CodePointRange, 1> k_full_stop_arabic = {{{U'⒈', 1, 20}}};
constexpr std::array<CodePointRange, 1> k_latin_upper = {{{U'A', 1, 26}}};
constexpr std::array<CodePointRange, 1> k_latin_lower = {{{U'a', 1, 26}}};

std::optional<long> parse_single(std::string_view s, std::span<const CodePointRange> ranges) {
  const std::optional<char32_t> cp = single_code_point(s);
  for (const CodePointRange& r : ranges) {
    if (cp && *cp >= r.first && *cp < r.first + static_cast<char32_t>(r.count)) {
      return r.first_value + static_cast<long>(*cp - r.first);
    }
  }
  return std::nullopt;
}

std::optional<std::string> format_single(long value, std::span<const CodePointRange> ranges) {
  for (const CodePointRange& r : ranges) {
    if (value >= r.first_value && value < r.first_value + r.count) {
      std::string out;
      doc::append_utf8(out, r.first + static_cast<char32_t>(value - r.first_value));
      return out;
    }
  }
  return std::nullopt;
}

constexpr std::array<char32_t, 10> k_stems = {U'甲', U'乙', U'丙', U'丁', U'戊',
                                              U'己', U'庚', U'辛', U'壬', U'癸'};
constexpr std::array<char32_t, 12> k_branches = {U'子', U'丑', U'寅', U'卯', U'辰', U'巳',
                                                 U'午', U'未', U'申', U'酉', U'戌', U'亥'};

std::optional<long> parse_cycle(std::string_view s, std::span<const char32_t> table) {
  const std::optional<char32_t> cp = single_code_point(s);
  for (std::size_t i = 0; cp && i < table.size(); ++i) {
    if (table[i] == *cp) {
      return static_cast<long>(i) + 1;
    }
  }
  return std::nullopt;
}

std::optional<std::string> format_cycle(long value, std::span<const char32_t> table) {
  if (value < 1 || value > static_cast<long>(table.size())) {
    return std::nullopt;
  }
  std::string out;
  doc::append_utf8(out, table[static_cast<std::size_t>(value - 1)]);
  return out;
}

constexpr std::array<NumeralSystem, 18> k_all_systems = {
    NumeralSystem::arabic,
    NumeralSystem::arabic_fullwidth,
    NumeralSystem::chinese,
    NumeralSystem::chinese_formal,
    NumeralSystem::circled,
    NumeralSystem::circled_negative,
    NumeralSystem::circled_chinese,
    NumeralSystem::parenthesized_chinese,
    NumeralSystem::parenthesized_arabic,
    NumeralSystem::full_stop_arabic,
    NumeralSystem::roman_upper,
    NumeralSystem::roman_lower,
    NumeralSystem::roman_ascii_upper,
    NumeralSystem::roman_ascii_lower,
    NumeralSystem::latin_upper,
    NumeralSystem::latin_lower,
    NumeralSystem::heavenly_stem,
    NumeralSystem::earthly_branch,
};

}  // namespace

std::span<const NumeralSystem> all_numeral_systems() {
  return k_all_systems;
}

std::string_view numeral_system_name(NumeralSystem system) {
  switch (system) {
    case NumeralSystem::chinese:
      return "chinese";
    case NumeralSystem::chinese_formal:
      return "chinese_formal";
    case NumeralSystem::arabic:
      return "arabic";
    case NumeralSystem::arabic_fullwidth:
      return "arabic_fullwidth";
    case NumeralSystem::circled:
      return "circled";
    case NumeralSystem::circled_negative:
      return "circled_negative";
    case NumeralSystem::circled_chinese:
      return "circled_chinese";
    case NumeralSystem::parenthesized_chinese:
      return "parenthesized_chinese";
    case NumeralSystem::parenthesized_arabic:
      return "parenthesized_arabic";
    case NumeralSystem::full_stop_arabic:
      return "full_stop_arabic";
    case NumeralSystem::roman_upper:
      return "roman_upper";
    case NumeralSystem::roman_lower:
      return "roman_lower";
    case NumeralSystem::roman_ascii_upper:
      return "roman_ascii_upper";
    case NumeralSystem::roman_ascii_lower:
      return "roman_ascii_lower";
    case NumeralSystem::latin_upper:
      return "latin_upper";
    case NumeralSystem::latin_lower:
      return "latin_lower";
    case NumeralSystem::heavenly_stem:
      return "heavenly_stem";
    case NumeralSystem::earthly_branch:
      return "earthly_branch";
  }
  return "unknown";
}

std::optional<NumeralSystem> numeral_system_from_name(std::string_view name) {
  for (const NumeralSystem system : k_all_systems) {
    if (numeral_system_name(system) == name) {
      return system;
    }
  }
  return std::nullopt;
}

std::optional<long> parse_numeral(std::string_view utf8, NumeralSystem system) {
  switch (system) {
    case NumeralSystem::chinese:
      return parse_chinese_numeral(utf8, false);
    case NumeralSystem::chinese_formal:
      return parse_chinese_numeral(utf8, true);
    case NumeralSystem::arabic:
      return parse_digits(utf8, U'0');
    case NumeralSystem::arabic_fullwidth:
      return parse_digits(utf8, U'０');
    case NumeralSystem::circled:
      return parse_single(utf8, k_circled);
    case NumeralSystem::circled_negative:
      return parse_single(utf8, k_circled_negative);
    case NumeralSystem::circled_chinese:
      return parse_single(utf8, k_circled_chinese);
    case NumeralSystem::parenthesized_chinese:
      return parse_single(utf8, k_parenthesized_chinese);
    case NumeralSystem::parenthesized_arabic:
      return parse_single(utf8, k_parenthesized_arabic);
    case NumeralSystem::full_stop_arabic:
      return parse_single(utf8, k_full_stop_arabic);
    case NumeralSystem::roman_upper:
      return parse_roman_number_forms(utf8, U'Ⅰ');
    case NumeralSystem::roman_lower:
      return parse_roman_number_forms(utf8, U'ⅰ');
    case NumeralSystem::roman_ascii_upper:
      return parse_roman_ascii(utf8, false);
    case NumeralSystem::roman_ascii_lower:
      return parse_roman_ascii(utf8, true);
    case NumeralSystem::latin_upper:
      return parse_single(utf8, k_latin_upper);
    case NumeralSystem::latin_lower:
      return parse_single(utf8, k_latin_lower);
    case NumeralSystem::heavenly_stem:
      return parse_cycle(utf8, k_stems);
    case NumeralSystem::earthly_branch:
      return parse_cycle(utf8, k_branches);
  }
  return std::nullopt;
}

std::optional<ParsedNumeral> parse_any(std::string_view utf8) {
  for (const NumeralSystem system : k_all_systems) {
    if (const auto value = parse_numeral(utf8, system)) {
      return ParsedNumeral{*value, system};
    }
  }
  return std::nullopt;
}

std::optional<std::string> format_numeral(long value, NumeralSystem system) {
  if (value < 0) {
    return std::nullopt;
  }
  switch (system) {
    case NumeralSystem::chinese:
    case NumeralSystem::chinese_formal:
      if (value > k_chinese_numeral_max) {
        return std::nullopt;
      }
      return format_chinese_numeral(value, system == NumeralSystem::chinese_formal);
    case NumeralSystem::arabic:
      return format_digits(value, U'0');
    case NumeralSystem::arabic_fullwidth:
      return format_digits(value, U'０');
    case NumeralSystem::circled:
      return format_single(value, k_circled);
    case NumeralSystem::circled_negative:
      return format_single(value, k_circled_negative);
    case NumeralSystem::circled_chinese:
      return format_single(value, k_circled_chinese);
    case NumeralSystem::parenthesized_chinese:
      return format_single(value, k_parenthesized_chinese);
    case NumeralSystem::parenthesized_arabic:
      return format_single(value, k_parenthesized_arabic);
    case NumeralSystem::full_stop_arabic:
      return format_single(value, k_full_stop_arabic);
    case NumeralSystem::roman_upper:
    case NumeralSystem::roman_lower:
      if (value < 1 || value > k_roman_numeral_max) {
        return std::nullopt;
      }
      return format_roman_number_forms(value, system == NumeralSystem::roman_upper ? U'Ⅰ' : U'ⅰ');
    case NumeralSystem::roman_ascii_upper:
    case NumeralSystem::roman_ascii_lower: {
      if (value < 1 || value > k_roman_numeral_max) {
        return std::nullopt;
      }
      return format_roman_ascii(value, system == NumeralSystem::roman_ascii_lower);
    }
    case NumeralSystem::latin_upper:
      return format_single(value, k_latin_upper);
    case NumeralSystem::latin_lower:
      return format_single(value, k_latin_lower);
    case NumeralSystem::heavenly_stem:
      return format_cycle(value, k_stems);
    case NumeralSystem::earthly_branch:
      return format_cycle(value, k_branches);
  }
  return std::nullopt;
}

}  // namespace docqc::text
