// docqc::text hashing helpers.
//
// Contract: `mix64` is a bijective 64-bit finalizer (splitmix64) used to
// spread keys and to derive independent hash functions from seeds. `hash_bytes`
// is a fast non-cryptographic hash of a byte string.
// `PolyHash` is a polynomial rolling hash over bytes modulo 2^64 that can be
// concatenated: PolyHash::of(a + b) == PolyHash::concat(of(a), of(b)). It is
// not collision resistant against adversarial input; every user verifies a
// hash match by comparing the underlying text before reporting anything.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace docqc::text {

inline constexpr std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A fast 64-bit hash of a byte string, 8 bytes at a time (several GB/s), for hash tables and
// cache keys; equal strings hash equal, nothing more is promised.
inline std::uint64_t hash_bytes(std::string_view bytes) {
  std::uint64_t hash = mix64(bytes.size());
  std::size_t pos = 0;
  for (; pos + 8 <= bytes.size(); pos += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + pos, 8);
    hash = (hash ^ word) * 0x9fb21c651e98df25ULL;
    hash ^= hash >> 29;
  }
  std::uint64_t tail = 0;
  if (pos < bytes.size()) {
    std::memcpy(&tail, bytes.data() + pos, bytes.size() - pos);
  }
  return mix64(hash ^ tail);
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
