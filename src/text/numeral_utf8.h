// The UTF-8 decoding the numeral parsers share (text/numeral.h, chinese_numeral.h,
// roman_numeral.h): ICU's U8_NEXT, which rejects what doc::next_code_point need not (that
// one trusts the decoder): truncated, overlong and surrogate sequences. A numeral never
// holds one, so an ill-formed sequence is a reject, never a replacement character.
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace docqc::text {

// The code point at `pos`, advancing `pos` past it; nullopt for an ill-formed sequence.
inline std::optional<char32_t> next_numeral_code_point(std::string_view s, std::size_t& pos) {
  if (s.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    return std::nullopt;  // no numeral is that long
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  auto index = static_cast<std::int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(bytes, index, static_cast<std::int32_t>(s.size()), c);
  pos = static_cast<std::size_t>(index);
  if (c < 0) {
    return std::nullopt;
  }
  return static_cast<char32_t>(c);
}

}  // namespace docqc::text
