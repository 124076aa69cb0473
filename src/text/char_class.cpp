#include "text/char_class.h"

#include "text/icu_facts.h"

namespace docqc::text {

const CharClass& CharClass::instance() {
  static const CharClass k_instance;
  return k_instance;
}

std::uint8_t CharClass::compute(char32_t c) noexcept {
  return icu_char_flags(c);
}

}  // namespace docqc::text
