#include "rules/message_template.h"

#include <doctest/doctest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "doc/utf8.h"

using docqc::rules::apply_filter;
using docqc::rules::MessageTemplate;

namespace {

// ICU itself, the reference the width filters' table must agree with.
std::string icu_transliterate(const char* id, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  t->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("rules::message_template");

TEST_CASE("variables, literal braces and filters expand") {
  auto tmpl = MessageTemplate::parse("use {right:fullwidth} not {wrong} {{x}}", {"right", "wrong"});
  auto text = tmpl.expand(
      [](std::string_view name) -> std::string_view { return name == "right" ? "," : "ab"; });
  CHECK(text == "use \uFF0C not ab {x}");
}

TEST_CASE("unknown variables, filters and unbalanced braces are rejected at parse time") {
  CHECK_THROWS_AS(MessageTemplate::parse("{nope}", {"match"}), std::invalid_argument);
  CHECK_THROWS_AS(MessageTemplate::parse("{match:shout}", {"match"}), std::invalid_argument);
  CHECK_THROWS_AS(MessageTemplate::parse("{match", {"match"}), std::invalid_argument);
  CHECK_THROWS_AS(MessageTemplate::parse("a}", {"match"}), std::invalid_argument);
}

TEST_CASE("the width table gives exactly what ICU's transliterator gives") {
  std::string ascii;
  for (char c = 0x20; c < 0x7F; ++c) {
    ascii += c;
    std::string one(1, c);
    CHECK(apply_filter("fullwidth", one) == icu_transliterate("Halfwidth-Fullwidth", one));
  }
  CHECK(apply_filter("fullwidth", ascii) == icu_transliterate("Halfwidth-Fullwidth", ascii));
  std::string wide = icu_transliterate("Halfwidth-Fullwidth", ascii);
  CHECK(apply_filter("halfwidth", wide) == icu_transliterate("Fullwidth-Halfwidth", wide));
  CHECK(apply_filter("halfwidth", wide) == ascii);
  for (char32_t c = 0xFF01; c <= 0xFF5E; ++c) {
    std::string one;
    docqc::doc::append_utf8(one, c);
    CHECK(apply_filter("halfwidth", one) == icu_transliterate("Fullwidth-Halfwidth", one));
  }
  // Outside the table ICU still decides: half-width katakana, control characters.
  for (std::string other : {std::string("\uFF76\uFF9E"), std::string("a\tb"), std::string("\u00A2"),
                            std::string("\uFFE0x")}) {
    CHECK(apply_filter("fullwidth", other) == icu_transliterate("Halfwidth-Fullwidth", other));
    CHECK(apply_filter("halfwidth", other) == icu_transliterate("Fullwidth-Halfwidth", other));
  }
}

TEST_CASE("nfkc, remove_spaces and codepoints") {
  CHECK(apply_filter("nfkc", "\uFF21\u2460") == "A1");
  CHECK(apply_filter("remove_spaces", "a b\u3000c") == "abc");
  CHECK(apply_filter("codepoints", "\uE000a") == "U+E000 U+0061");
}

TEST_SUITE_END();
