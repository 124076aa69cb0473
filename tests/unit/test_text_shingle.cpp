#include "text/shingle.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using docqc::text::jaccard;
using docqc::text::shingle_hashes;

TEST_SUITE_BEGIN("text::shingle");

TEST_CASE("one shingle per window of code points") {
  std::vector<std::uint64_t> out;
  shingle_hashes("职业教育条例", 3, out);
  CHECK(out.size() == 4);
  shingle_hashes("abcdef", 3, out);
  CHECK(out.size() == 4);
}

TEST_CASE("equal windows hash equal, wherever they are") {
  std::vector<std::uint64_t> out;
  shingle_hashes("教育法教育法", 3, out);
  REQUIRE(out.size() == 4);
  CHECK(out[0] == out[3]);
  CHECK(out[0] != out[1]);
  std::vector<std::uint64_t> other;
  shingle_hashes("xx教育法", 3, other);
  CHECK(other.back() == out[0]);
}

TEST_CASE("short and empty texts") {
  std::vector<std::uint64_t> out{1, 2, 3};
  shingle_hashes("", 5, out);
  CHECK(out.empty());
  shingle_hashes("总则", 5, out);
  CHECK(out.size() == 1);
  std::vector<std::uint64_t> other;
  shingle_hashes("总", 5, other);
  CHECK(other.size() == 1);
  CHECK(other[0] != out[0]);
}

TEST_CASE("the width is clamped") {
  std::vector<std::uint64_t> out;
  shingle_hashes("abcd", 0, out);
  CHECK(out.size() == 4);
  shingle_hashes(std::string(40, 'a'), 100, out);
  CHECK(out.size() == 40 - docqc::text::k_max_shingle_width + 1);
}

TEST_CASE("ill-formed UTF-8 is hashed, not rejected") {
  std::vector<std::uint64_t> out;
  shingle_hashes(
      "ab\xff\xfe"
      "cd",
      2, out);
  CHECK(out.size() == 5);
}

TEST_CASE("jaccard of shingle sets") {
  std::vector<std::uint64_t> a{1, 2, 3, 4};
  std::vector<std::uint64_t> b{3, 4, 5, 6, 4};
  CHECK(jaccard(a, b) == doctest::Approx(2.0 / 6.0));
  std::vector<std::uint64_t> empty_a;
  std::vector<std::uint64_t> empty_b;
  CHECK(jaccard(empty_a, empty_b) == 1.0);
  CHECK(jaccard(a, empty_b) == 0.0);
}

TEST_SUITE_END();
