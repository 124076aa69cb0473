#include "text/roman_numeral.h"

#include <array>

#include "doc/utf8.h"
#include "text/numeral_utf8.h"

namespace docqc::text {

namespace {

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
  if (value <= 0 || value > k_roman_numeral_max || roman_canonical(value).view() != s) {
    return std::nullopt;
  }
  return value;
}

// Number forms U+2160 (upper) / U+2170 (lower): Ⅰ..Ⅻ, then Ⅼ Ⅽ Ⅾ Ⅿ.
constexpr std::array<std::string_view, 16> k_number_form_letters = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"};

}  // namespace

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

std::optional<long> parse_roman_number_forms(std::string_view s, char32_t base) {
  RomanBuffer ascii;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::optional<char32_t> cp = next_numeral_code_point(s, pos);
    if (!cp || *cp < base || *cp >= base + 16 || !ascii.append(k_number_form_letters[*cp - base])) {
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
        doc::append_utf8(out, base + static_cast<char32_t>(i));
        return;
      }
    }
  };
  if (value <= 12) {
    doc::append_utf8(out, base + static_cast<char32_t>(value - 1));
    return out;
  }
  const long ones = value % 10;
  const RomanBuffer tens = roman_canonical(value - ones);
  for (const char c : tens.view()) {
    letter(c);
  }
  if (ones > 0) {
    doc::append_utf8(out, base + static_cast<char32_t>(ones - 1));
  }
  return out;
}

std::string format_roman_ascii(long value, bool lower) {
  std::string out(roman_canonical(value).view());
  if (lower) {
    for (char& c : out) {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

}  // namespace docqc::text
