#include "text/icu_facts.h"

#include <doctest/doctest.h>

#include "text/char_class.h"
#include "text/unicode_tables.h"

TEST_SUITE_BEGIN("text::icu_facts");

TEST_CASE("the build's character class table is ICU's, for every BMP code point") {
  std::size_t differ = 0;
  for (char32_t c = 0; c < 0x10000; ++c) {
    differ += docqc::text::k_char_class_bmp[c] != docqc::text::icu_char_flags(c);
  }
  CHECK(differ == 0);
  CHECK((docqc::text::icu_char_flags(U'天') & docqc::text::k_han) != 0);
  CHECK((docqc::text::icu_char_flags(U'Ａ') & docqc::text::k_fullwidth) != 0);
  CHECK(docqc::text::icu_char_flags(U'a') == (docqc::text::k_letter | docqc::text::k_lower));
}

TEST_CASE("the build's Han look-alike table is ICU's, sorted") {
  const auto computed = docqc::text::icu_han_lookalikes();
  REQUIRE(docqc::text::k_icu_han_lookalike_count == computed.size());
  std::size_t i = 0;
  for (const auto& [from, to] : computed) {
    CAPTURE(i);
    CHECK(docqc::text::k_icu_han_lookalikes[i].from == from);
    CHECK(docqc::text::k_icu_han_lookalikes[i].to == to);
    ++i;
  }
  CHECK(computed.at(U'エ') == U'工');
  CHECK(computed.count(U'天') == 0);
}

TEST_SUITE_END();
