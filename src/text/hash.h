// docqc::text hashing helpers.
//
// Contract: `mix64` is a bijective 64-bit finalizer (splitmix64) used to
// spread keys and to derive independent hash functions from seeds.
// `PolyHash` is a polynomial rolling hash over bytes modulo 2^64 that can be
// concatenated: PolyHash::of(a + b) == PolyHash::concat(of(a), of(b)). It is
// not collision resistant against adversarial input; every user verifies a
// hash match by comparing the underlying text before reporting anything.
#pragma once

#include <cstdint>
#include <string_view>

namespace docqc::text {

inline constexpr std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Polynomial hash of a byte string: sum(byte[i] * k_base^(n-1-i)) mod 2^64.
struct PolyHash {
  static constexpr std::uint64_t k_base = 0x100000001b3ULL;

  std::uint64_t value = 0;
  std::uint64_t power = 1;  // k_base^length, to concatenate.

  void append(std::string_view bytes) {
    for (unsigned char byte : bytes) {
      value = value * k_base + byte + 1;
      power *= k_base;
    }
  }

  static PolyHash of(std::string_view bytes) {
    PolyHash hash;
    hash.append(bytes);
    return hash;
  }

  static PolyHash concat(const PolyHash& first, const PolyHash& second) {
    return PolyHash{first.value * second.power + second.value, first.power * second.power};
  }

  // A well-spread key for hash tables.
  std::uint64_t key() const { return mix64(value ^ mix64(power)); }

  friend bool operator==(const PolyHash&, const PolyHash&) = default;
};

}  // namespace docqc::text
