#include "text/shingle.h"

#include "text/hash.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace docqc::text {

namespace {

constexpr std::uint64_t k_base = 0x9e3779b97f4a7c15ULL | 1;

void sort_unique(std::vector<std::uint64_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

}  // namespace

void shingle_hashes(std::string_view text, int width, std::vector<std::uint64_t>& out) {
  out.clear();
  width = std::clamp(width, 1, k_max_shingle_width);
  std::uint64_t top_power = 1;  // k_base^(width-1)
  for (int i = 1; i < width; ++i) {
    top_power *= k_base;
  }
  const std::uint64_t seed = mix64(static_cast<std::uint64_t>(width));
  std::array<std::uint64_t, k_max_shingle_width> window{};
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t index = 0;
  int filled = 0;
  std::size_t position = 0;
  std::uint64_t rolling = 0;
  while (index < length) {
    UChar32 c;
    U8_NEXT(bytes, index, length, c);
    const auto value = static_cast<std::uint64_t>(c < 0 ? 0xFFFD : c) + 1;
    const std::size_t slot = position;
    if (filled == width) {
      rolling -= window[slot] * top_power;
    } else {
      ++filled;
    }
    rolling = rolling * k_base + value;
    window[slot] = value;
    position = position + 1 == static_cast<std::size_t>(width) ? 0 : position + 1;
    if (filled == width) {
      out.push_back(mix64(rolling ^ seed));
    }
  }
  if (filled > 0 && filled < width) {
    out.push_back(mix64(rolling ^ seed ^ static_cast<std::uint64_t>(filled)));
  }
}

double jaccard_sorted(const std::vector<std::uint64_t>& first,
                      const std::vector<std::uint64_t>& second) {
  if (first.empty() && second.empty()) {
    return 1.0;
  }
  std::size_t common = 0;
  auto a = first.begin();
  auto b = second.begin();
  while (a != first.end() && b != second.end()) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      ++common;
      ++a;
      ++b;
    }
  }
  const std::size_t total = first.size() + second.size() - common;
  return static_cast<double>(common) / static_cast<double>(total);
}

double jaccard(std::vector<std::uint64_t>& first, std::vector<std::uint64_t>& second) {
  sort_unique(first);
  sort_unique(second);
  return jaccard_sorted(first, second);
}

}  // namespace docqc::text
