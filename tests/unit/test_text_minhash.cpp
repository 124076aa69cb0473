#include "text/minhash.h"

#include "text/hash.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

using docqc::text::LshCandidate;
using docqc::text::LshIndex;
using docqc::text::MinHasher;
using docqc::text::mix64;

TEST_SUITE_BEGIN("text::MinHash");

namespace {

// `count` well-spread shingle hashes; items [shared, count) differ per seed.
std::vector<std::uint64_t> shingles(std::size_t count, std::size_t shared, std::uint64_t seed) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < count; ++i) {
    out.push_back(mix64(i < shared ? i : (seed << 32) + i));
  }
  return out;
}

}  // namespace

TEST_CASE("signature size and determinism") {
  MinHasher hasher(64);
  std::vector<std::uint64_t> first;
  std::vector<std::uint64_t> second;
  hasher.signature(shingles(100, 100, 1), first);
  hasher.signature(shingles(100, 100, 2), second);
  CHECK(first.size() == 64);
  CHECK(first == second);
  CHECK(MinHasher::estimate(first, second) == 1.0);
}

TEST_CASE("the estimate follows the Jaccard similarity") {
  MinHasher hasher(256);
  std::vector<std::uint64_t> first;
  std::vector<std::uint64_t> second;
  // 300 shared of 400 each: J = 300 / 500 = 0.6.
  hasher.signature(shingles(400, 300, 1), first);
  hasher.signature(shingles(400, 300, 2), second);
  CHECK(MinHasher::estimate(first, second) == doctest::Approx(0.6).epsilon(0.15));
  hasher.signature(shingles(400, 0, 3), second);
  CHECK(MinHasher::estimate(first, second) < 0.1);
}

TEST_CASE("densification fills every bin of a short text") {
  MinHasher hasher(64);
  std::vector<std::uint64_t> signature;
  hasher.signature(shingles(3, 3, 1), signature);
  for (std::uint64_t value : signature) {
    CHECK(value != ~std::uint64_t{0});
  }
  hasher.signature({}, signature);
  CHECK(signature == std::vector<std::uint64_t>(64, 0));
}

TEST_CASE("bins are validated") {
  CHECK_THROWS(MinHasher(0));
  CHECK_THROWS(LshIndex(64, 5));
  CHECK_THROWS(LshIndex(64, 0));
}

TEST_CASE("LSH finds similar signatures and ranks them by shared bands") {
  MinHasher hasher(64);
  LshIndex index(64, 16);
  std::vector<std::uint64_t> signature;
  hasher.signature(shingles(200, 200, 1), signature);
  index.insert(0, signature);
  hasher.signature(shingles(200, 0, 7), signature);
  index.insert(1, signature);
  hasher.signature(shingles(200, 190, 9), signature);
  index.insert(2, signature);

  std::vector<LshCandidate> out;
  hasher.signature(shingles(200, 200, 3), signature);
  index.candidates(signature, 8, out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].id == 0);
  CHECK(out[0].shared_bands == 16);
  CHECK(out[1].id == 2);

  index.candidates(signature, 1, out);
  CHECK(out.size() == 1);

  index.clear();
  index.candidates(signature, 8, out);
  CHECK(out.empty());
}

TEST_CASE("buckets are capped so that repetitive input stays linear") {
  MinHasher hasher(64);
  LshIndex index(64, 16, 4);
  std::vector<std::uint64_t> signature;
  hasher.signature(shingles(50, 50, 1), signature);
  for (std::uint32_t id = 0; id < 1000; ++id) {
    index.insert(id, signature);
  }
  std::vector<LshCandidate> out;
  index.candidates(signature, 100, out);
  REQUIRE(out.size() == 4);
  CHECK(out[0].id == 0);
  CHECK(out[3].id == 3);
}

TEST_SUITE_END();
