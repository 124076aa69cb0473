#include <doctest/doctest.h>

#include "input/decoder.h"

using docqc::input::decode;

TEST_SUITE_BEGIN("input::decoder");

TEST_CASE("valid UTF-8 passes through untouched") {
  auto decoded = decode("天津市\n");
  CHECK(decoded.text == "天津市\n");
  CHECK(decoded.issues.empty());
  CHECK(decoded.source.encoding == "UTF-8");
  CHECK(decoded.source_map.to_original(3) == 3);
}

TEST_CASE("a UTF-8 BOM is stripped and offsets map past it") {
  auto decoded = decode("\xEF\xBB\xBF天津");
  CHECK(decoded.text == "天津");
  CHECK(decoded.source.has_bom);
  CHECK(decoded.source_map.to_original(0) == 3);
  CHECK(decoded.source_map.to_original(3) == 6);
}

TEST_CASE("invalid bytes become one U+FFFD per run, with original offsets") {
  std::string bytes = "天津\xE5\xB8市\xFF\xFE\xFD人民政府";  // truncated 帝, then three bad bytes
  auto decoded = decode(bytes);
  REQUIRE(decoded.issues.size() == 2);
  CHECK(decoded.issues[0].original_offset == 6);
  CHECK(decoded.issues[0].original_length == 2);
  CHECK(decoded.issues[1].original_offset == 11);
  CHECK(decoded.issues[1].original_length == 3);
  CHECK(decoded.text == "天津\uFFFD市\uFFFD人民政府");
  // 市 after the first replacement maps back to its original bytes.
  CHECK(decoded.source_map.to_original(9) == 8);
  // 人 after the second replacement.
  CHECK(decoded.source_map.to_original(decoded.text.find("人")) == 14);
}

TEST_CASE("overlong forms and surrogates are invalid") {
  CHECK(decode("\xC0\xAF").issues.size() == 1);
  CHECK(decode("\xED\xA0\x80").issues.size() == 1);
  CHECK(decode("\xF4\x90\x80\x80").issues.size() == 1);
}

TEST_CASE("UTF-16LE with BOM") {
  std::string bytes("\xFF\xFE\x29\x59\x25\x6D\x0A\x00", 8);  // 天津\n
  auto decoded = decode(bytes);
  CHECK(decoded.text == "天津\n");
  CHECK(decoded.source.encoding.find("UTF-16") != std::string::npos);
  CHECK(decoded.source_map.to_original(0) == 2);
  CHECK(decoded.source_map.to_original(3) == 4);
  CHECK(decoded.source_map.to_original(6) == 6);
}

TEST_CASE("GB18030 text is detected and mapped back to original bytes") {
  // "天津市人民政府办公厅关于印发通知的意见" in GB18030, repeated so detection has data.
  std::string unit = "\xCC\xEC\xBD\xF2\xCA\xD0\xC8\xCB\xC3\xF1\xD5\xFE\xB8\xAE";
  std::string bytes;
  for (int i = 0; i < 20; ++i) {
    bytes += unit + "\n";
  }
  auto decoded = decode(bytes);
  CHECK(decoded.detection_note.has_value());
  CHECK(decoded.text.substr(0, 9) == "天津市");
  CHECK(decoded.source_map.to_original(3) == 2);  // 津 starts at byte 2
  CHECK(decoded.source_map.to_original(decoded.text.find('\n') + 1) == 15);
}

TEST_CASE("a forced encoding is used as given; unknown names are rejected") {
  auto decoded = decode("\xCC\xEC", "GB18030");
  CHECK(decoded.text == "天");
  CHECK_THROWS_AS(decode("x", "no-such-encoding"), docqc::input::UnknownEncoding);
}

TEST_CASE("binary sniffing") {
  CHECK(docqc::input::looks_binary(std::string("ab\0cd", 5)));
  CHECK_FALSE(docqc::input::looks_binary("天津"));
  CHECK_FALSE(docqc::input::looks_binary(std::string("\xFF\xFE\x29\x00", 4)));
}

TEST_SUITE_END();

TEST_CASE("a legacy-encoded file larger than a conversion chunk keeps every offset") {
  // ICU converts 64 KiB at a time. Pieces of 1, 2 and 4 bytes (a, 天, 😀 in GB18030) and an
  // invalid pair (0xFF 0xFF) in a cycle whose length (9 bytes) is prime to the chunk size, so
  // chunk ends fall inside every kind of character. Each decoded character must map to its
  // own first byte, and each invalid byte must be an issue at its own bytes.
  const std::string a = "a";
  const std::string tian = "\xCC\xEC";
  const std::string smile = "\x94\x39\xFC\x36";
  std::string bytes;
  std::string expected;
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // decoded -> original
  std::vector<std::size_t> invalid;
  while (bytes.size() < 300000) {
    starts.emplace_back(expected.size(), bytes.size());
    bytes += a;
    expected += "a";
    starts.emplace_back(expected.size(), bytes.size());
    bytes += tian;
    expected += "天";
    starts.emplace_back(expected.size(), bytes.size());
    bytes += smile;
    expected += "😀";
    if (bytes.size() % 7 == 0) {
      invalid.push_back(bytes.size());
      bytes += "\xFF";
      expected += "\xEF\xBF\xBD";
    }
  }
  auto decoded = decode(bytes, "GB18030");
  std::size_t checked = 0;
  for (auto [d, o] : starts) {
    if (decoded.source_map.to_original(d) != o) {
      FAIL_CHECK("decoded " << d << " maps to " << decoded.source_map.to_original(d) << ", not "
                            << o);
      break;
    }
    ++checked;
  }
  CHECK(checked == starts.size());
  CHECK(decoded.source_map.to_original(decoded.text.size()) == bytes.size());
  REQUIRE(decoded.issues.size() == invalid.size());
  for (std::size_t i = 0; i < invalid.size(); ++i) {
    CHECK(decoded.issues[i].original_offset == invalid[i]);
  }
  CHECK(decoded.text == expected);
}
