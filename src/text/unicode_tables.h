// The tables the build generates from ICU (tools/gen_unicode_tables.cpp writes
// generated/unicode_tables.cpp from text/icu_facts.h), so that start-up computes none of them.
//
// Contract: k_char_class_bmp[c] == icu_char_flags(c) for every BMP code point;
// k_icu_han_lookalikes holds icu_han_lookalikes() sorted by `from`. Checked by
// tests/unit/test_text_icu_facts.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

namespace docqc::text {

extern const std::uint8_t k_char_class_bmp[0x10000];

struct CodePointPair {
  char32_t from;
  char32_t to;
};
extern const CodePointPair k_icu_han_lookalikes[];
extern const std::size_t k_icu_han_lookalike_count;

}  // namespace docqc::text
