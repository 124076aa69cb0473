#include "text/numeral.h"

#include <array>
#include <cstdint>

namespace docqc::text {

namespace {

constexpr long k_chinese_max = 99'999'999;
constexpr long k_roman_max = 3'999;
constexpr std::size_t k_max_chinese_chars = 24;

// Decodes the code point at `pos` and advances `pos`; returns -1 on a
// malformed sequence (the numerals never contain one, so any is a reject).
char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  int length = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    ++pos;
    return b0;
  } else if ((b0 & 0xE0) == 0xC0) {
    length = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4;
    cp = b0 & 0x07;
  } else {
    pos = s.size();
    return static_cast<char32_t>(-1);
  }
  if (pos + length > s.size()) {
    pos = s.size();
    return static_cast<char32_t>(-1);
  }
  for (int i = 1; i < length; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) {
      pos = s.size();
      return static_cast<char32_t>(-1);
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  pos += length;
  return cp;
}

// The only code point of `s`, or -1 when `s` holds zero or several.
char32_t single_code_point(std::string_view s) {
  if (s.empty()) {
    return static_cast<char32_t>(-1);
  }
  std::size_t pos = 0;
  const char32_t cp = next_code_point(s, pos);
  return pos == s.size() ? cp : static_cast<char32_t>(-1);
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
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
    const char32_t cp = next_code_point(s, pos);
    if (cp < zero || cp > zero + 9) {
      return std::nullopt;
    }
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
    append_utf8(out, reversed[--n]);
  }
  return out;
}

// ---------------------------------------------------------------- Chinese
//
// The input is mapped to a canonical alphabet (〇 -> 零, 两 -> 二 before a
// unit, 廿 -> 二十, formal digits -> plain ones, a leading 一十 -> 十), read
// permissively, and accepted only when the canonical rendering of the value
// equals the mapped input. That keeps the grammar in one place: the writer.

enum ChineseToken : std::uint8_t {
  k_zero = 0,  // 1..9 are the digits themselves
  k_ten = 10,
  k_hundred = 11,
  k_thousand = 12,
  k_myriad = 13,
};

struct ChineseDigits {
  std::array<std::uint8_t, k_max_chinese_chars * 2> tokens{};
  std::size_t size = 0;

  void push(std::uint8_t token) { tokens[size++] = token; }
  bool operator==(const ChineseDigits& other) const {
    if (size != other.size) {
      return false;
    }
    for (std::size_t i = 0; i < size; ++i) {
      if (tokens[i] != other.tokens[i]) {
        return false;
      }
    }
    return true;
  }
};

constexpr std::array<char32_t, 10> k_plain_digits = {U'零', U'一', U'二', U'三', U'四',
                                                     U'五', U'六', U'七', U'八', U'九'};
constexpr std::array<char32_t, 10> k_formal_digits = {U'零', U'壹', U'贰', U'叁', U'肆',
                                                      U'伍', U'陆', U'柒', U'捌', U'玖'};
constexpr std::array<char32_t, 4> k_plain_units = {U'十', U'百', U'千', U'万'};
constexpr std::array<char32_t, 4> k_formal_units = {U'拾', U'佰', U'仟', U'万'};

// Appends the tokens of one to four digits `n` (1..9999). `bare_ten` lets a
// leading 1 in the tens place be written 十 instead of 一十.
void chinese_section(ChineseDigits& out, long n, bool bare_ten) {
  const std::array<long, 4> place = {1000, 100, 10, 1};
  const std::array<std::uint8_t, 4> unit = {k_thousand, k_hundred, k_ten, 0};
  bool started = false;
  bool pending_zero = false;
  for (std::size_t i = 0; i < 4; ++i) {
    const long d = (n / place[i]) % 10;
    if (d == 0) {
      pending_zero = started;
      continue;
    }
    if (pending_zero) {
      out.push(k_zero);
      pending_zero = false;
    }
    if (!(bare_ten && !started && i == 2 && d == 1)) {
      out.push(static_cast<std::uint8_t>(d));
    }
    if (unit[i] != 0) {
      out.push(unit[i]);
    }
    started = true;
  }
}

void chinese_canonical(ChineseDigits& out, long value) {
  if (value == 0) {
    out.push(k_zero);
    return;
  }
  const long high = value / 10000;
  const long low = value % 10000;
  if (high > 0) {
    chinese_section(out, high, true);
    out.push(k_myriad);
    if (low > 0 && low < 1000) {
      out.push(k_zero);
    }
  }
  if (low > 0) {
    chinese_section(out, low, high == 0);
  }
}

int index_of(char32_t cp, const auto& table) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i] == cp) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::optional<long> parse_chinese(std::string_view s, bool formal) {
  if (s.empty()) {
    return std::nullopt;
  }
  const auto& digits = formal ? k_formal_digits : k_plain_digits;
  const auto& units = formal ? k_formal_units : k_plain_units;

  // Map to canonical tokens.
  std::array<char32_t, k_max_chinese_chars> cps{};
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    if (count == cps.size()) {
      return std::nullopt;
    }
    cps[count++] = next_code_point(s, pos);
  }
  ChineseDigits mapped;
  for (std::size_t i = 0; i < count; ++i) {
    const char32_t cp = cps[i];
    int d = index_of(cp, digits);
    int u = index_of(cp, units);
    if (formal) {
      if (cp == U'貳') {
        d = 2;
      } else if (cp == U'叄' || cp == U'參') {
        d = 3;
      } else if (cp == U'陸') {
        d = 6;
      } else if (cp == U'萬') {
        u = 3;
      }
    } else if (cp == U'〇') {
      d = 0;
    } else if (cp == U'两' || cp == U'兩') {
      // 两 only multiplies 百, 千 and 万: 两百, 两千, 两万.
      const bool before_unit = i + 1 < count && (cps[i + 1] == U'百' || cps[i + 1] == U'千' ||
                                                 cps[i + 1] == U'万' || cps[i + 1] == U'萬');
      if (!before_unit) {
        return std::nullopt;
      }
      d = 2;
    } else if (cp == U'廿' || cp == U'卅' || cp == U'卌') {
      mapped.push(static_cast<std::uint8_t>(cp == U'廿' ? 2 : cp == U'卅' ? 3 : 4));
      mapped.push(k_ten);
      continue;
    } else if (cp == U'萬') {
      u = 3;
    }
    if (d >= 0) {
      mapped.push(static_cast<std::uint8_t>(d));
    } else if (u >= 0) {
      mapped.push(static_cast<std::uint8_t>(k_ten + u));
    } else {
      return std::nullopt;
    }
  }
  // A leading 一十 is the formal spelling of 十 (一十一 = 十一).
  if (mapped.size >= 2 && mapped.tokens[0] == 1 && mapped.tokens[1] == k_ten) {
    for (std::size_t i = 1; i < mapped.size; ++i) {
      mapped.tokens[i - 1] = mapped.tokens[i];
    }
    --mapped.size;
  }

  // Permissive read.
  long total = 0;
  long section = 0;
  long digit = -1;  // -1: no digit pending
  for (std::size_t i = 0; i < mapped.size; ++i) {
    const std::uint8_t t = mapped.tokens[i];
    if (t <= 9) {
      if (digit > 0) {
        return std::nullopt;  // 一一, 三四: digits without a unit
      }
      digit = t;
    } else if (t == k_myriad) {
      if (total > 0 || (section == 0 && digit <= 0)) {
        return std::nullopt;
      }
      total = (section + (digit > 0 ? digit : 0)) * 10000;
      section = 0;
      digit = -1;
    } else {
      const long unit = t == k_ten ? 10 : t == k_hundred ? 100 : 1000;
      long multiplier = digit;
      if (digit <= 0) {
        if (t == k_ten && i == 0) {
          multiplier = 1;  // 十, 十一
        } else {
          return std::nullopt;
        }
      }
      section += multiplier * unit;
      digit = -1;
    }
  }
  const long value = total + section + (digit > 0 ? digit : 0);
  if (value > k_chinese_max) {
    return std::nullopt;
  }
  ChineseDigits canonical;
  chinese_canonical(canonical, value);
  if (!(canonical == mapped)) {
    return std::nullopt;
  }
  return value;
}

std::string format_chinese(long value, bool formal) {
  ChineseDigits tokens;
  chinese_canonical(tokens, value);
  const auto& digits = formal ? k_formal_digits : k_plain_digits;
  const auto& units = formal ? k_formal_units : k_plain_units;
  std::string out;
  for (std::size_t i = 0; i < tokens.size; ++i) {
    const std::uint8_t t = tokens.tokens[i];
    // Financial forms always write the 壹 of 壹拾.
    if (formal && t == k_ten && (i == 0)) {
      append_utf8(out, digits[1]);
    }
    append_utf8(out, t <= 9 ? digits[t] : units[t - k_ten]);
  }
  return out;
}

// ---------------------------------------------------------------- Roman

constexpr std::array<std::string_view, 10> k_roman_ones = {"",  "I",  "II",  "III",  "IV",
                                                           "V", "VI", "VII", "VIII", "IX"};
constexpr std::array<std::string_view, 10> k_roman_tens = {"",  "X",  "XX",  "XXX",  "XL",
                                                           "L", "LX", "LXX", "LXXX", "XC"};
constexpr std::array<std::string_view, 10> k_roman_hundreds = {"",  "C",  "CC",  "CCC",  "CD",
                                                               "D", "DC", "DCC", "DCCC", "CM"};
constexpr std::array<std::string_view, 4> k_roman_thousands = {"", "M", "MM", "MMM"};

struct RomanBuffer {
  std::array<char, 32> chars{};
  std::size_t size = 0;

  std::string_view view() const { return {chars.data(), size}; }
  bool append(std::string_view s) {
    if (size + s.size() > chars.size()) {
      return false;
    }
    for (const char c : s) {
      chars[size++] = c;
    }
    return true;
  }
};

RomanBuffer roman_canonical(long value) {
  RomanBuffer out;
  out.append(k_roman_thousands[value / 1000]);
  out.append(k_roman_hundreds[(value / 100) % 10]);
  out.append(k_roman_tens[(value / 10) % 10]);
  out.append(k_roman_ones[value % 10]);
  return out;
}

int roman_letter_value(char c) {
  switch (c) {
    case 'I':
      return 1;
    case 'V':
      return 5;
    case 'X':
      return 10;
    case 'L':
      return 50;
    case 'C':
      return 100;
    case 'D':
      return 500;
    case 'M':
      return 1000;
    default:
      return 0;
  }
}

// Upper-case ASCII Roman numeral in canonical form.
std::optional<long> parse_roman_upper_ascii(std::string_view s) {
  if (s.empty() || s.size() > 15) {
    return std::nullopt;
  }
  long value = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const int v = roman_letter_value(s[i]);
    if (v == 0) {
      return std::nullopt;
    }
    const int next = i + 1 < s.size() ? roman_letter_value(s[i + 1]) : 0;
    value += next > v ? -v : v;
  }
  if (value <= 0 || value > k_roman_max || roman_canonical(value).view() != s) {
    return std::nullopt;
  }
  return value;
}

std::optional<long> parse_roman_ascii(std::string_view s, bool lower) {
  std::array<char, 16> upper{};
  if (s.size() > upper.size()) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (lower ? (c < 'a' || c > 'z') : (c < 'A' || c > 'Z')) {
      return std::nullopt;
    }
    upper[i] = lower ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return parse_roman_upper_ascii({upper.data(), s.size()});
}

// Number forms U+2160 (upper) / U+2170 (lower): Ⅰ..Ⅻ, then Ⅼ Ⅽ Ⅾ Ⅿ.
constexpr std::array<std::string_view, 16> k_number_form_letters = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"};

std::optional<long> parse_roman_number_forms(std::string_view s, char32_t base) {
  RomanBuffer ascii;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = next_code_point(s, pos);
    if (cp < base || cp >= base + 16 || !ascii.append(k_number_form_letters[cp - base])) {
      return std::nullopt;
    }
  }
  return parse_roman_upper_ascii(ascii.view());
}

std::string format_roman_number_forms(long value, char32_t base) {
  std::string out;
  auto letter = [&](char c) {
    for (std::size_t i = 0; i < k_number_form_letters.size(); ++i) {
      if (k_number_form_letters[i].size() == 1 && k_number_form_letters[i][0] == c) {
        append_utf8(out, base + static_cast<char32_t>(i));
        return;
      }
    }
  };
  if (value <= 12) {
    append_utf8(out, base + static_cast<char32_t>(value - 1));
    return out;
  }
  const long ones = value % 10;
  const RomanBuffer tens = roman_canonical(value - ones);
  for (const char c : tens.view()) {
    letter(c);
  }
  if (ones > 0) {
    append_utf8(out, base + static_cast<char32_t>(ones - 1));
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
  const char32_t cp = single_code_point(s);
  for (const CodePointRange& r : ranges) {
    if (cp >= r.first && cp < r.first + static_cast<char32_t>(r.count)) {
      return r.first_value + static_cast<long>(cp - r.first);
    }
  }
  return std::nullopt;
}

std::optional<std::string> format_single(long value, std::span<const CodePointRange> ranges) {
  for (const CodePointRange& r : ranges) {
    if (value >= r.first_value && value < r.first_value + r.count) {
      std::string out;
      append_utf8(out, r.first + static_cast<char32_t>(value - r.first_value));
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
  const int i = index_of(single_code_point(s), table);
  if (i < 0) {
    return std::nullopt;
  }
  return i + 1;
}

std::optional<std::string> format_cycle(long value, std::span<const char32_t> table) {
  if (value < 1 || value > static_cast<long>(table.size())) {
    return std::nullopt;
  }
  std::string out;
  append_utf8(out, table[static_cast<std::size_t>(value - 1)]);
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
      return parse_chinese(utf8, false);
    case NumeralSystem::chinese_formal:
      return parse_chinese(utf8, true);
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
      if (value > k_chinese_max) {
        return std::nullopt;
      }
      return format_chinese(value, system == NumeralSystem::chinese_formal);
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
      if (value < 1 || value > k_roman_max) {
        return std::nullopt;
      }
      return format_roman_number_forms(value, system == NumeralSystem::roman_upper ? U'Ⅰ' : U'ⅰ');
    case NumeralSystem::roman_ascii_upper:
    case NumeralSystem::roman_ascii_lower: {
      if (value < 1 || value > k_roman_max) {
        return std::nullopt;
      }
      std::string out(roman_canonical(value).view());
      if (system == NumeralSystem::roman_ascii_lower) {
        for (char& c : out) {
          c = static_cast<char>(c - 'A' + 'a');
        }
      }
      return out;
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
