#include <doctest/doctest.h>

#include "text/confusables.h"

using docqc::text::Confusables;

TEST_SUITE_BEGIN("text::Confusables");

TEST_CASE("look-alikes from ICU's confusables") {
  const Confusables& confusables = Confusables::instance();
  CHECK(confusables.lookalike(U'Т', USCRIPT_LATIN) == U'T');
  CHECK(confusables.lookalike(U'a', USCRIPT_CYRILLIC) == U'а');
  CHECK(confusables.lookalike(U'ο', USCRIPT_LATIN) == U'o');
  CHECK(confusables.lookalike(U'ж', USCRIPT_LATIN) == U_SENTINEL);
  CHECK(confusables.capital_lookalike(U'l') == U'I');
  CHECK(confusables.capital_lookalike(U'a') == U_SENTINEL);
  CHECK(confusables.capital_lookalike(0x2F45) == U_SENTINEL);
}

TEST_CASE("mixed scripts by ICU's restriction levels") {
  const Confusables& confusables = Confusables::instance();
  CHECK(confusables.mixes_scripts("Тianjin"));
  CHECK_FALSE(confusables.mixes_scripts("Tianjin"));
  CHECK_FALSE(confusables.mixes_scripts("Москва"));
  CHECK_FALSE(confusables.mixes_scripts("Tシャツ"));
}

TEST_SUITE_END();
