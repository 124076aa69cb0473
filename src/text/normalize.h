// docqc::text::DedupNormalizer: the canonical form used to compare paragraphs.
//
// Contract: normalize() writes into `out` the text after Unicode NFKC (ICU),
// which folds full-width and half-width forms (，→, （→( ｡→。 Ａ→A), then
// removes every white-space, control (Cc) and default-ignorable code point
// (ZWSP, ZWJ, BOM, soft hyphen...). Ill-formed UTF-8 becomes U+FFFD. Two
// paragraphs are exact duplicates when their normalized forms are equal.
// One instance per thread: it keeps a scratch buffer between calls so that a
// steady stream of paragraphs does not allocate.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace docqc::text {

class DedupNormalizer {
 public:
  // Throws std::runtime_error when ICU's NFKC data is unavailable.
  DedupNormalizer();

  void normalize(std::string_view text, std::string& out);

  // Number of code points in a UTF-8 string (counts non-continuation bytes).
  static std::size_t code_points(std::string_view text);

 private:
  const icu::Normalizer2* m_nfkc;
  std::string m_scratch;
};

// The single code point NFKC maps `c` to (⽅ -> 方, Ａ -> A); nullopt when `c` has no
// NFKC decomposition or it is longer than one code point. Throws std::runtime_error when
// ICU's NFKC data is unavailable.
std::optional<char32_t> nfkc_single(char32_t c);

}  // namespace docqc::text
