// Confusables: look-alike letters across Latin, Greek and Cyrillic, from ICU's spoof checker
// (UTS #39 confusables and restriction levels).
//
// Contract: instance() is configured once and then only used for checks, which ICU documents
// as safe from several threads at once.
#pragma once

#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <string>
#include <string_view>
#include <vector>

namespace docqc::text {

class Confusables {
 public:
  static const Confusables& instance();
  ~Confusables();
  Confusables(const Confusables&) = delete;
  Confusables& operator=(const Confusables&) = delete;

  // True when ICU's spoof checker finds `word` (UTF-8) above the "highly restrictive" level:
  // letters of scripts that do not belong together (Latin with Cyrillic, say).
  bool mixes_scripts(std::string_view word) const;

  // The letter of `script` that looks like `c` (its UTS #39 skeleton is the same single
  // character), or U_SENTINEL.
  UChar32 lookalike(UChar32 c, UScriptCode script) const;

  // The ASCII capital a lower-case ASCII letter can pass for (l -> I), or U_SENTINEL.
  UChar32 capital_lookalike(UChar32 lower) const;

  std::u32string skeleton(UChar32 c) const;

 private:
  Confusables();

  struct Lookalike {
    char32_t skeleton;
    UScriptCode script;
    UChar32 letter;
  };
  USpoofChecker* m_checker = nullptr;
  std::vector<Lookalike> m_lookalikes;  // Greek and Cyrillic letters with a Latin skeleton
  UChar32 m_capital_of[128] = {};
};

}  // namespace docqc::text
