#include "text/numeral.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using docqc::text::format_numeral;
using docqc::text::NumeralSystem;
using docqc::text::parse_any;
using docqc::text::parse_numeral;
using docqc::text::ParsedNumeral;

TEST_SUITE_BEGIN("text::numeral");

TEST_CASE("Arabic digits, half- and full-width") {
  CHECK(parse_numeral("0", NumeralSystem::arabic) == 0);
  CHECK(parse_numeral("7", NumeralSystem::arabic) == 7);
  CHECK(parse_numeral("203", NumeralSystem::arabic) == 203);
  CHECK(parse_numeral("１２", NumeralSystem::arabic_fullwidth) == 12);
  for (const char* bad : {"", "01", "1a", "1.", "-1", " 1", "１2", "1２", "1234567890123456789"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_numeral(bad, NumeralSystem::arabic).has_value());
    CHECK_FALSE(parse_numeral(bad, NumeralSystem::arabic_fullwidth).has_value());
  }
  for (long v = 0; v <= 1000; ++v) {
    CHECK(parse_numeral(*format_numeral(v, NumeralSystem::arabic), NumeralSystem::arabic) == v);
    CHECK(parse_numeral(*format_numeral(v, NumeralSystem::arabic_fullwidth),
                        NumeralSystem::arabic_fullwidth) == v);
  }
  CHECK(format_numeral(12, NumeralSystem::arabic_fullwidth) == "１２");
}

TEST_CASE("single-character systems") {
  CHECK(parse_numeral("①", NumeralSystem::circled) == 1);
  CHECK(parse_numeral("⑳", NumeralSystem::circled) == 20);
  CHECK(parse_numeral("㉑", NumeralSystem::circled) == 21);
  CHECK(parse_numeral("㊿", NumeralSystem::circled) == 50);
  CHECK(parse_numeral("⓪", NumeralSystem::circled) == 0);
  CHECK(parse_numeral("❶", NumeralSystem::circled_negative) == 1);
  CHECK(parse_numeral("⓴", NumeralSystem::circled_negative) == 20);
  CHECK(parse_numeral("㊀", NumeralSystem::circled_chinese) == 1);
  CHECK(parse_numeral("㈠", NumeralSystem::parenthesized_chinese) == 1);
  CHECK(parse_numeral("㈩", NumeralSystem::parenthesized_chinese) == 10);
  CHECK(parse_numeral("⑴", NumeralSystem::parenthesized_arabic) == 1);
  CHECK(parse_numeral("⒇", NumeralSystem::parenthesized_arabic) == 20);
  CHECK(parse_numeral("⒈", NumeralSystem::full_stop_arabic) == 1);
  CHECK(parse_numeral("a", NumeralSystem::latin_lower) == 1);
  CHECK(parse_numeral("z", NumeralSystem::latin_lower) == 26);
  CHECK(parse_numeral("B", NumeralSystem::latin_upper) == 2);
  CHECK(parse_numeral("甲", NumeralSystem::heavenly_stem) == 1);
  CHECK(parse_numeral("丁", NumeralSystem::heavenly_stem) == 4);
  CHECK(parse_numeral("癸", NumeralSystem::heavenly_stem) == 10);
  CHECK(parse_numeral("亥", NumeralSystem::earthly_branch) == 12);
  CHECK_FALSE(parse_numeral("①②", NumeralSystem::circled).has_value());
  CHECK_FALSE(parse_numeral("ab", NumeralSystem::latin_lower).has_value());
  CHECK_FALSE(parse_numeral("A", NumeralSystem::latin_lower).has_value());
  CHECK_FALSE(parse_numeral("甲乙", NumeralSystem::heavenly_stem).has_value());
  CHECK_FALSE(parse_numeral("", NumeralSystem::circled).has_value());
  CHECK_FALSE(format_numeral(51, NumeralSystem::circled).has_value());
  CHECK_FALSE(format_numeral(27, NumeralSystem::latin_lower).has_value());
  CHECK_FALSE(format_numeral(11, NumeralSystem::heavenly_stem).has_value());
  CHECK_FALSE(format_numeral(0, NumeralSystem::latin_upper).has_value());

  struct Range {
    NumeralSystem system;
    long first;
    long last;
  };
  for (const Range r :
       {Range{NumeralSystem::circled, 0, 50}, Range{NumeralSystem::circled_negative, 0, 20},
        Range{NumeralSystem::circled_chinese, 1, 10},
        Range{NumeralSystem::parenthesized_chinese, 1, 10},
        Range{NumeralSystem::parenthesized_arabic, 1, 20},
        Range{NumeralSystem::full_stop_arabic, 1, 20}, Range{NumeralSystem::latin_lower, 1, 26},
        Range{NumeralSystem::latin_upper, 1, 26}, Range{NumeralSystem::heavenly_stem, 1, 10},
        Range{NumeralSystem::earthly_branch, 1, 12}}) {
    for (long v = r.first; v <= r.last; ++v) {
      const auto text = format_numeral(v, r.system);
      REQUIRE(text.has_value());
      CHECK(parse_numeral(*text, r.system) == v);
    }
  }
}

TEST_CASE("parse_any picks the system") {
  CHECK(parse_any("十一") == ParsedNumeral{11, NumeralSystem::chinese});
  CHECK(parse_any("二百零三") == ParsedNumeral{203, NumeralSystem::chinese});
  CHECK(parse_any("11") == ParsedNumeral{11, NumeralSystem::arabic});
  CHECK(parse_any("１１") == ParsedNumeral{11, NumeralSystem::arabic_fullwidth});
  CHECK(parse_any("⑪") == ParsedNumeral{11, NumeralSystem::circled});
  CHECK(parse_any("㈣") == ParsedNumeral{4, NumeralSystem::parenthesized_chinese});
  CHECK(parse_any("Ⅱ") == ParsedNumeral{2, NumeralSystem::roman_upper});
  CHECK(parse_any("II") == ParsedNumeral{2, NumeralSystem::roman_ascii_upper});
  CHECK(parse_any("I") == ParsedNumeral{1, NumeralSystem::roman_ascii_upper});
  CHECK(parse_any("b") == ParsedNumeral{2, NumeralSystem::latin_lower});
  CHECK(parse_any("乙") == ParsedNumeral{2, NumeralSystem::heavenly_stem});
  CHECK(parse_any("壹拾") == ParsedNumeral{10, NumeralSystem::chinese_formal});
  for (const char* bad : {"", "十十", "一一", "1一", "①1", "a1", "第", "条", "(一)"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_any(bad).has_value());
  }
}

TEST_CASE("system names round trip") {
  for (const NumeralSystem s : docqc::text::all_numeral_systems()) {
    CHECK(docqc::text::numeral_system_from_name(docqc::text::numeral_system_name(s)) == s);
  }
  CHECK_FALSE(docqc::text::numeral_system_from_name("klingon").has_value());
}

TEST_CASE("random inputs: no crash, and every accepted string reads back the same") {
  // Fragments of numerals and the bytes around them, plus raw bytes (a deterministic fuzz).
  const std::vector<std::string> pieces = {"一", "二",   "十",   "百",       "千", "万", "零", "〇",
                                           "两", "廿",   "壹",   "拾",       "1",  "0",  "９", "①",
                                           "㈠", "⑴",    "Ⅻ",    "X",        "I",  "v",  "a",  "甲",
                                           "子", "\xff", "\xe4", "\xe4\xb8", "",   "(",  "."};
  unsigned state = 12345;
  const auto next = [&] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7fff;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const unsigned count = 1 + next() % 5;
    for (unsigned i = 0; i < count; ++i) {
      text += pieces[next() % pieces.size()];
    }
    const auto parsed = parse_any(text);
    if (!parsed) {
      continue;
    }
    const auto written = format_numeral(parsed->value, parsed->system);
    REQUIRE(written.has_value());
    CAPTURE(text);
    CHECK(parse_numeral(*written, parsed->system) == parsed->value);
  }
}

TEST_CASE("the dispatcher checks each system's range before writing") {
  CHECK_FALSE(format_numeral(100000000, NumeralSystem::chinese).has_value());
  CHECK_FALSE(format_numeral(-1, NumeralSystem::chinese).has_value());
  CHECK_FALSE(format_numeral(0, NumeralSystem::roman_ascii_upper).has_value());
  CHECK(format_numeral(99999999, NumeralSystem::chinese).has_value());
}

TEST_CASE("ill-formed UTF-8 is a reject in every system") {
  // "\xc0\xb1" is an overlong '1'; "\xef\xbc" a truncated full-width digit
  for (const char* bad : {"\xc0\xb1", "\xef\xbc", "\xe2\x91", "\xff", "1\x80"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_any(bad).has_value());
  }
}

TEST_SUITE_END();
