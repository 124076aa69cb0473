#include "text/chinese_numeral.h"

#include <doctest/doctest.h>

#include <string>

using docqc::text::format_chinese_numeral;
using docqc::text::parse_chinese_numeral;

TEST_SUITE_BEGIN("text::chinese_numeral");

TEST_CASE("Chinese numerals: canonical forms") {
  const auto zh = [](const char* s) { return parse_chinese_numeral(s, false); };
  CHECK(zh("零") == 0);
  CHECK(zh("〇") == 0);
  CHECK(zh("一") == 1);
  CHECK(zh("九") == 9);
  CHECK(zh("十") == 10);
  CHECK(zh("十一") == 11);
  CHECK(zh("二十") == 20);
  CHECK(zh("二十一") == 21);
  CHECK(zh("九十九") == 99);
  CHECK(zh("一百") == 100);
  CHECK(zh("一百零三") == 103);
  CHECK(zh("一百一十") == 110);
  CHECK(zh("一百一十一") == 111);
  CHECK(zh("二百零三") == 203);
  CHECK(zh("一千") == 1000);
  CHECK(zh("一千零一") == 1001);
  CHECK(zh("一千零一十") == 1010);
  CHECK(zh("一千一百") == 1100);
  CHECK(zh("九千九百九十九") == 9999);
  CHECK(zh("一万") == 10000);
  CHECK(zh("一万零五百") == 10500);
  CHECK(zh("一万二千") == 12000);
  CHECK(zh("十万") == 100000);
  CHECK(zh("十万零一") == 100001);
  CHECK(zh("十二万三千四百五十六") == 123456);
  CHECK(zh("九千九百九十九万九千九百九十九") == 99999999);
}

TEST_CASE("Chinese numerals: accepted variants") {
  const auto zh = [](const char* s) { return parse_chinese_numeral(s, false); };
  CHECK(zh("一十一") == 11);
  CHECK(zh("一十") == 10);
  CHECK(zh("廿") == 20);
  CHECK(zh("廿一") == 21);
  CHECK(zh("卅") == 30);
  CHECK(zh("卅五") == 35);
  CHECK(zh("一百廿") == 120);
  CHECK(zh("两百") == 200);
  CHECK(zh("两千零五") == 2005);
  CHECK(zh("两万") == 20000);
  CHECK(zh("一百〇三") == 103);
  CHECK(zh("一十万") == 100000);
}

TEST_CASE("Chinese numerals: rejected forms") {
  const auto zh = [](const char* s) { return parse_chinese_numeral(s, false); };
  for (const char* bad :
       {"",         "十十", "一一",   "二三",     "一百零", "零三", "一百零零三", "二十零",
        "百",       "千",   "万",     "一万万",   "两",     "十两", "两十",       "一百十",
        "一千一十", "十百", "一百一", "二〇二四", "一1",    "1一",  "第一",       "（一）",
        "一 ",      "亿",   "壹",     "廿廿",     "十廿"}) {
    CAPTURE(bad);
    CHECK_FALSE(zh(bad).has_value());
  }
  CHECK_FALSE(zh("一万亿").has_value());
  CHECK_FALSE(zh("\xff").has_value());
  CHECK_FALSE(zh("\xe4\xb8").has_value());  // truncated 一
}

TEST_CASE("Chinese numerals: round trip 0..99999 and samples above") {
  for (long v = 0; v <= 99999; ++v) {
    const std::string text = format_chinese_numeral(v, false);
    const auto back = parse_chinese_numeral(text, false);
    CAPTURE(text);
    REQUIRE(back == v);
  }
  for (long v : {100000L, 100001L, 1010101L, 20000000L, 99999999L}) {
    CHECK(parse_chinese_numeral(format_chinese_numeral(v, false), false) == v);
  }
  CHECK(format_chinese_numeral(11, false) == "十一");
  CHECK(format_chinese_numeral(110, false) == "一百一十");
  CHECK(format_chinese_numeral(203, false) == "二百零三");
  CHECK(format_chinese_numeral(10500, false) == "一万零五百");
  CHECK(format_chinese_numeral(100000, false) == "十万");
}

TEST_CASE("Chinese formal (financial) numerals") {
  const auto zh = [](const char* s) { return parse_chinese_numeral(s, true); };
  CHECK(zh("壹") == 1);
  CHECK(zh("拾") == 10);
  CHECK(zh("壹拾壹") == 11);
  CHECK(zh("贰佰零叁") == 203);
  CHECK(zh("貳佰零叄") == 203);
  CHECK(zh("壹萬") == 10000);
  CHECK_FALSE(zh("一").has_value());
  CHECK_FALSE(zh("壹十").has_value());
  CHECK(format_chinese_numeral(11, true) == "壹拾壹");
  for (long v = 0; v <= 2000; ++v) {
    CHECK(zh(format_chinese_numeral(v, true).c_str()) == v);
  }
}

TEST_CASE("ill-formed UTF-8 is a reject, never a numeral") {
  CHECK_FALSE(parse_chinese_numeral("\xe4\xb8", false).has_value());      // truncated 一
  CHECK_FALSE(parse_chinese_numeral("\xe4\x38\x00", false).has_value());  // not continuations
  CHECK_FALSE(parse_chinese_numeral("\xed\xa0\x80", false).has_value());  // a surrogate
  CHECK_FALSE(parse_chinese_numeral("十\xff", false).has_value());
}

TEST_SUITE_END();
