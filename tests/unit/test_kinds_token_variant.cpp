#include <doctest/doctest.h>

#include <string>

#include "kinds/token_variant.h"
#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::TokenVariantRule");

namespace {

using docqc::testing::Positions;

docqc::testing::Run check(const std::string& text, const std::string& options = "") {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::testing::load(R"(rules:
  - id: t
    kind: token-variant
    category: garbled
    scope: document
    message: "{text}>{word} x{count} {char}>{replacement}"
)" + options));
  return docqc::testing::run(*keep.back().front(), text);
}

const std::string k_uefi = "UEFI 固件，UEFI 规范，UEFI 启动。";

}  // namespace

TEST_CASE("a token seen once, one look-alike letter from a frequent token, with an unsafe fix") {
  const std::string text = k_uefi + "使用 UEHI 模式。";
  auto result = check(text);
  REQUIRE(result.findings.size() == 1);
  const auto& finding = result.findings[0];
  CHECK(finding.message == "UEHI>UEFI x3 H>F");
  CHECK(finding.offset == text.find("UEHI"));
  CHECK(finding.length == 4);
  REQUIRE(finding.fix.has_value());
  CHECK(finding.fix->replacement == "UEFI");
  CHECK_FALSE(finding.fix->safe);
  CHECK(result.positions() == Positions{{1, 28}});
}

TEST_CASE("each look-alike group, and identifiers with digits") {
  CHECK(check(k_uefi + "UEFT 和 DEFI。").findings.size() == 2);
  CHECK(check("ISO9660 ISO9660 ISO9660 IS09660").findings.size() == 1);
  CHECK(check("QEMU QEMU QEMU QEWU").findings.size() == 1);
}

TEST_CASE("what is never compared") {
  // Too rare to be the document's term.
  CHECK(check("UEFI 固件，UEFI 规范。UEHI。").findings.empty());
  // Seen twice: the document's own word.
  CHECK(check(k_uefi + "UEHI，UEHI。").findings.empty());
  // Two digits differ: different things.
  CHECK(check("EXT4 EXT4 EXT4 EXT3").findings.empty());
  // Letters that do not look alike, or not closely enough (real identifier pairs).
  CHECK(check("UUID UUID UUID GUID").findings.empty());
  CHECK(check("ROOT ROOT ROOT BOOT SUID SUID SUID SVID IRWXU IRWXU IRWXU IRWXO").findings.empty());
  // Lower-case and capitalised words: English has real neighbours.
  CHECK(check("over over over cover Node Node Node Mode").findings.empty());
  CHECK(check("Linux Linux Linux Linuz").findings.empty());
  // Another length, or two places.
  CHECK(check(k_uefi + "UEFIT CUEFI UEHT").findings.empty());
  // Part of a longer token.
  CHECK(check(k_uefi + "UEHI2").findings.empty());
}

TEST_CASE("the most frequent neighbour wins") {
  auto result = check("ABCD ABCD ABCD ABCE ABCE ABCE ABCE ABCF");
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message == "ABCF>ABCE x4 F>E");
}

TEST_CASE("options are read and checked") {
  CHECK(check(k_uefi + "UEHI", "    min_count: 4\n").findings.empty());
  CHECK(check("UEFI UEFI UEHI", "    min_count: 2\n").findings.size() == 1);
  CHECK(check("UEF UEF UEF UEH", "    min_length: 3\n").findings.size() == 1);
  CHECK(check("UEF UEF UEF UEH").findings.empty());
  CHECK(check(k_uefi + "UEXI", "    lookalikes: [FX]\n").findings.size() == 1);
  CHECK(check(k_uefi + "UEHI", "    lookalikes: [FX]\n").findings.empty());
  CHECK_THROWS(check("x", "    lookalikes: [F]\n"));
  CHECK_THROWS(check("x", "    lookalikes: [\"F\\u00e9\"]\n"));
  CHECK_THROWS(check("x", "    min_length: 1\n"));
  CHECK_THROWS(check("x", "    bogus: 1\n"));
}

TEST_CASE("offsets after multi-byte text and on CRLF lines") {
  auto result = check("中文\r\n" + k_uefi + "\r\n　UEHI");
  REQUIRE(result.findings.size() == 1);
  CHECK(result.positions() == Positions{{3, 2}});
}

TEST_SUITE_END();
