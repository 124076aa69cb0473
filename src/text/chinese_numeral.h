// Chinese numerals for text/numeral.h: 十一, 一百零三, 两百, 廿一, 一万零五百 (system `chinese`)
// and the financial forms 壹拾壹, 贰佰零叁 (`chinese_formal`).
//
// Contract: parse_chinese_numeral() reads one whole numeral (nothing around it) and accepts
// a spelling only when it maps to the canonical rendering of its value (the writer holds
// the grammar); values 0..k_chinese_numeral_max; ill-formed UTF-8 is rejected.
// format_chinese_numeral() writes the canonical form of 0..k_chinese_numeral_max. Neither
// allocates except the returned string; both are thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace docqc::text {

constexpr long k_chinese_numeral_max = 99'999'999;

std::optional<long> parse_chinese_numeral(std::string_view s, bool formal);
std::string format_chinese_numeral(long value, bool formal);

}  // namespace docqc::text
