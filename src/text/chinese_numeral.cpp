#include "text/chinese_numeral.h"

#include <array>
#include <cstdint>

#include "doc/utf8.h"
#include "text/numeral_utf8.h"

namespace docqc::text {

namespace {

constexpr std::size_t k_max_chinese_chars = 24;

// Parsing: the input is mapped to a canonical alphabet (〇 -> 零, 两 -> 二 before a
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

}  // namespace

std::optional<long> parse_chinese_numeral(std::string_view s, bool formal) {
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
    const std::optional<char32_t> cp = next_numeral_code_point(s, pos);
    if (!cp) {
      return std::nullopt;
    }
    cps[count++] = *cp;
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
  if (value > k_chinese_numeral_max) {
    return std::nullopt;
  }
  ChineseDigits canonical;
  chinese_canonical(canonical, value);
  if (!(canonical == mapped)) {
    return std::nullopt;
  }
  return value;
}

std::string format_chinese_numeral(long value, bool formal) {
  ChineseDigits tokens;
  chinese_canonical(tokens, value);
  const auto& digits = formal ? k_formal_digits : k_plain_digits;
  const auto& units = formal ? k_formal_units : k_plain_units;
  std::string out;
  for (std::size_t i = 0; i < tokens.size; ++i) {
    const std::uint8_t t = tokens.tokens[i];
    // Financial forms always write the 壹 of 壹拾.
    if (formal && t == k_ten && (i == 0)) {
      doc::append_utf8(out, digits[1]);
    }
    doc::append_utf8(out, t <= 9 ? digits[t] : units[t - k_ten]);
  }
  return out;
}

}  // namespace docqc::text
