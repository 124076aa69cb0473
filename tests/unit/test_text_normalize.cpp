#include "text/normalize.h"

#include <doctest/doctest.h>

#include <string>

using docqc::text::DedupNormalizer;

TEST_SUITE_BEGIN("text::DedupNormalizer");

namespace {

std::string normalized(std::string_view text) {
  DedupNormalizer normalizer;
  std::string out;
  normalizer.normalize(text, out);
  return out;
}

}  // namespace

TEST_CASE("full-width punctuation and letters fold to their narrow forms") {
  CHECK(normalized("第一条，本办法（试行）：Ａ１！") == "第一条,本办法(试行):A1!");
  CHECK(normalized("第一条,本办法(试行):A1!") == "第一条,本办法(试行):A1!");
}

TEST_CASE("half-width CJK punctuation folds to the ideographic forms") {
  CHECK(normalized("结束｡") == "结束。");
}

TEST_CASE("white space of every kind is removed") {
  CHECK(normalized("  市人\t社局\r\n负责\u3000工作 ") == "市人社局负责工作");
  CHECK(normalized("2022 年 1 月 1 日") == "2022年1月1日");
}

TEST_CASE("control and default-ignorable code points are removed") {
  CHECK(normalized("市\u200b人\u200d社\ufeff局\u00ad") == "市人社局");
  CHECK(normalized("a\x01"
                   "b\x7f"
                   "c") == "abc");
}

TEST_CASE("compatibility characters fold (NFKC)") {
  CHECK(normalized("①") == "1");
  CHECK(normalized("㈠") == "(一)");
}

TEST_CASE("ill-formed UTF-8 becomes U+FFFD and does not throw") {
  CHECK(normalized("ab\xff"
                   "cd") ==
        "ab\xEF\xBF\xBD"
        "cd");
  CHECK(normalized("\xe5\xb8") == "\xEF\xBF\xBD");
}

TEST_CASE("normalization is idempotent and reuses the output buffer") {
  DedupNormalizer normalizer;
  std::string once;
  std::string twice;
  normalizer.normalize("职业教育 ，促进就业（创业）。", once);
  normalizer.normalize(once, twice);
  CHECK(once == twice);
  normalizer.normalize("", once);
  CHECK(once.empty());
}

TEST_CASE("code_points counts characters, not bytes") {
  CHECK(DedupNormalizer::code_points("") == 0);
  CHECK(DedupNormalizer::code_points("abc") == 3);
  CHECK(DedupNormalizer::code_points("市人社局") == 4);
}

TEST_CASE("nfkc_single: one code point for compatibility forms, nothing otherwise") {
  using docqc::text::nfkc_single;
  CHECK(nfkc_single(U'\u2F45') == U'方');  // Kangxi radical
  CHECK(nfkc_single(U'\uF900') == U'豈');  // CJK compatibility ideograph
  CHECK(nfkc_single(U'Ａ') == U'A');
  CHECK_FALSE(nfkc_single(U'方'));  // already normal
  CHECK_FALSE(nfkc_single(U'a'));
  CHECK_FALSE(nfkc_single(U'\u3392'));  // ㎒ is three code points
}

TEST_SUITE_END();
