#include "text/roman_numeral.h"

#include <doctest/doctest.h>

#include "text/numeral.h"

using docqc::text::format_numeral;
using docqc::text::NumeralSystem;
using docqc::text::parse_numeral;

TEST_SUITE_BEGIN("text::roman_numeral");

TEST_CASE("Roman numerals: canonical forms only, round trip 1..3999") {
  CHECK(parse_numeral("Ⅰ", NumeralSystem::roman_upper) == 1);
  CHECK(parse_numeral("Ⅻ", NumeralSystem::roman_upper) == 12);
  CHECK(parse_numeral("ⅩⅢ", NumeralSystem::roman_upper) == 13);
  CHECK(parse_numeral("ⅩⅡ", NumeralSystem::roman_upper) == 12);
  CHECK(parse_numeral("ⅳ", NumeralSystem::roman_lower) == 4);
  CHECK(parse_numeral("IV", NumeralSystem::roman_ascii_upper) == 4);
  CHECK(parse_numeral("XIV", NumeralSystem::roman_ascii_upper) == 14);
  CHECK(parse_numeral("MCMXCIV", NumeralSystem::roman_ascii_upper) == 1994);
  CHECK(parse_numeral("xii", NumeralSystem::roman_ascii_lower) == 12);
  for (const char* bad : {"", "IIII", "IC", "VX", "IIV", "MMMM", "Iv", "iV", "ABC", "Ⅰ1"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_numeral(bad, NumeralSystem::roman_ascii_upper).has_value());
    CHECK_FALSE(parse_numeral(bad, NumeralSystem::roman_ascii_lower).has_value());
    CHECK_FALSE(parse_numeral(bad, NumeralSystem::roman_upper).has_value());
  }
  CHECK_FALSE(parse_numeral("ⅠⅠⅠⅠ", NumeralSystem::roman_upper).has_value());
  CHECK_FALSE(parse_numeral("Ⅰⅱ", NumeralSystem::roman_upper).has_value());
  CHECK(format_numeral(12, NumeralSystem::roman_upper) == "Ⅻ");
  CHECK(format_numeral(13, NumeralSystem::roman_upper) == "ⅩⅢ");
  CHECK(format_numeral(4, NumeralSystem::roman_ascii_lower) == "iv");
  CHECK_FALSE(format_numeral(0, NumeralSystem::roman_ascii_upper).has_value());
  CHECK_FALSE(format_numeral(4000, NumeralSystem::roman_upper).has_value());
  for (long v = 1; v <= 3999; ++v) {
    for (const NumeralSystem s :
         {NumeralSystem::roman_upper, NumeralSystem::roman_lower, NumeralSystem::roman_ascii_upper,
          NumeralSystem::roman_ascii_lower}) {
      const auto text = format_numeral(v, s);
      REQUIRE(text.has_value());
      REQUIRE(parse_numeral(*text, s) == v);
    }
  }
}

TEST_CASE("the family's own functions: ASCII in either case, Number Forms from a base") {
  using docqc::text::format_roman_ascii;
  using docqc::text::format_roman_number_forms;
  using docqc::text::parse_roman_ascii;
  using docqc::text::parse_roman_number_forms;
  CHECK(parse_roman_ascii("MMXXIV", false) == 2024);
  CHECK(parse_roman_ascii("mmxxiv", true) == 2024);
  CHECK_FALSE(parse_roman_ascii("mmxxiv", false).has_value());
  CHECK_FALSE(parse_roman_ascii("MMMMMMMMMMMMMMMMM", false).has_value());  // too long
  CHECK(format_roman_ascii(1994, false) == "MCMXCIV");
  CHECK(format_roman_ascii(1994, true) == "mcmxciv");
  CHECK(parse_roman_number_forms("ⅯⅯⅩⅩⅣ", U'Ⅰ') == 2024);
  CHECK(format_roman_number_forms(2024, U'Ⅰ') == "ⅯⅯⅩⅩⅣ");
  CHECK(format_roman_number_forms(11, U'ⅰ') == "ⅺ");
  CHECK_FALSE(parse_roman_number_forms("Ⅰ\xe2\x85", U'Ⅰ').has_value());  // truncated
}

TEST_SUITE_END();
