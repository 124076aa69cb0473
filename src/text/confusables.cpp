#include "text/confusables.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace docqc::text {

const Confusables& Confusables::instance() {
  static const Confusables k_instance;
  return k_instance;
}

Confusables::Confusables() {
  UErrorCode status = U_ZERO_ERROR;
  m_checker = uspoof_open(&status);
  uspoof_setChecks(m_checker, USPOOF_RESTRICTION_LEVEL, &status);
  uspoof_setRestrictionLevel(m_checker, USPOOF_HIGHLY_RESTRICTIVE);
  // Greek and Cyrillic letters whose skeleton is one Latin letter (Т -> T, а -> a), so that
  // a Latin letter inside a Cyrillic word can be mapped back.
  for (UChar32 c = 0x370; c < 0x530; ++c) {
    if (!u_isalpha(c)) {
      continue;
    }
    std::u32string sk = skeleton(c);
    UErrorCode script_status = U_ZERO_ERROR;
    if (sk.size() != 1 ||
        uscript_getScript(static_cast<UChar32>(sk[0]), &script_status) != USCRIPT_LATIN) {
      continue;
    }
    UScriptCode script = uscript_getScript(c, &script_status);
    bool seen = false;
    for (const auto& known : m_lookalikes) {
      seen |= known.skeleton == sk[0] && known.script == script;
    }
    if (!seen) {
      m_lookalikes.push_back({sk[0], script, c});
    }
  }
  for (UChar32& capital : m_capital_of) {
    capital = U_SENTINEL;
  }
  for (UChar32 lower = 'a'; lower <= 'z'; ++lower) {
    for (UChar32 upper = 'A'; upper <= 'Z'; ++upper) {
      if (upper != u_toupper(lower) && skeleton(lower) == skeleton(upper)) {
        m_capital_of[lower] = upper;
      }
    }
  }
}

Confusables::~Confusables() {
  uspoof_close(m_checker);
}

bool Confusables::mixes_scripts(std::string_view word) const {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t result =
      uspoof_checkUTF8(m_checker, word.data(), static_cast<int32_t>(word.size()), nullptr, &status);
  return U_SUCCESS(status) && (result & USPOOF_RESTRICTION_LEVEL) != 0;
}

std::u32string Confusables::skeleton(UChar32 c) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out;
  uspoof_getSkeletonUnicodeString(m_checker, 0, icu::UnicodeString(c), out, &status);
  std::u32string result;
  for (int32_t i = 0; U_SUCCESS(status) && i < out.length(); i = out.moveIndex32(i, 1)) {
    result.push_back(static_cast<char32_t>(out.char32At(i)));
  }
  return result;
}

UChar32 Confusables::lookalike(UChar32 c, UScriptCode script) const {
  std::u32string sk = skeleton(c);
  if (sk.size() != 1) {
    return U_SENTINEL;
  }
  UErrorCode status = U_ZERO_ERROR;
  if (uscript_getScript(static_cast<UChar32>(sk[0]), &status) == script) {
    return static_cast<UChar32>(sk[0]);
  }
  for (const auto& known : m_lookalikes) {
    if (known.skeleton == sk[0] && known.script == script) {
      return known.letter;
    }
  }
  return U_SENTINEL;
}

UChar32 Confusables::capital_lookalike(UChar32 lower) const {
  return lower >= 0 && lower < 128 ? m_capital_of[lower] : U_SENTINEL;
}

}  // namespace docqc::text
