// Near-duplicate detection on N synthetic paragraphs (default 100,000).
//
// Paragraphs are random strings drawn from the character frequencies of the
// files given on the command line (the corpus); every 100th paragraph is a
// copy of a random earlier one with 3 characters replaced. Prints the time,
// the throughput, how many planted copies were found and how many other
// matches were reported. Not a test: ctest never runs it.
//
//   bench_near_duplicates [--paragraphs N] FILE...
//
// Build (from the repository root):
//   g++ -std=c++20 -O2 -Isrc bench/near_duplicates.cpp src/text/*.cpp
//       $(pkg-config --cflags --libs icu-uc icu-i18n) -o build/bench_near_duplicates
//   build/bench_near_duplicates ../shared/corpus/*.txt
#include "text/near_duplicate.h"
#include "text/normalize.h"
#include "text/shingle.h"

#include <unicode/utf8.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::size_t paragraphs = 100000;
  std::vector<UChar32> alphabet;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--paragraphs" && i + 1 < argc) {
      paragraphs = std::strtoul(argv[++i], nullptr, 10);
      continue;
    }
    std::ifstream in(arg, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t index = 0;
    const auto length = static_cast<int32_t>(text.size());
    while (index < length) {
      UChar32 c;
      U8_NEXT(bytes, index, length, c);
      if (c >= 0x3400) {
        alphabet.push_back(c);
      }
    }
  }
  if (alphabet.empty()) {
    std::fprintf(stderr, "usage: %s [--paragraphs N] CORPUS_FILE...\n", argv[0]);
    return 2;
  }
  std::mt19937_64 random(42);
  std::vector<std::string> input;
  std::vector<std::int64_t> planted_source(paragraphs, -1);
  std::size_t bytes_total = 0;
  for (std::size_t i = 0; i < paragraphs; ++i) {
    std::vector<UChar32> chars;
    if (i % 100 == 99) {
      const std::size_t source = random() % i;
      planted_source[i] = static_cast<std::int64_t>(source);
      const std::string& text = input[source];
      const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
      int32_t index = 0;
      while (index < static_cast<int32_t>(text.size())) {
        UChar32 c;
        U8_NEXT(bytes, index, static_cast<int32_t>(text.size()), c);
        chars.push_back(c);
      }
      for (int edit = 0; edit < 3; ++edit) {
        chars[random() % chars.size()] = alphabet[random() % alphabet.size()];
      }
    } else {
      const std::size_t length = 40 + random() % 160;
      for (std::size_t j = 0; j < length; ++j) {
        chars.push_back(alphabet[random() % alphabet.size()]);
      }
    }
    std::string text;
    for (UChar32 c : chars) {
      char encoded[4];
      int32_t size = 0;
      U8_APPEND_UNSAFE(encoded, size, c);
      text.append(encoded, static_cast<std::size_t>(size));
    }
    bytes_total += text.size();
    input.push_back(std::move(text));
  }

  docqc::text::DedupNormalizer normalizer;
  docqc::text::NearDuplicateFinder finder;
  std::string normalized;
  std::size_t found = 0;
  std::size_t planted = 0;
  std::size_t other = 0;
  std::size_t eligible = 0;
  std::size_t eligible_found = 0;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (std::size_t i = 0; i < input.size(); ++i) {
    normalizer.normalize(input[i], normalized);
    const auto match = finder.add(normalized);
    if (planted_source[i] >= 0) {
      ++planted;
      found += match.has_value() ? 1 : 0;
      std::vector<std::uint64_t> a;
      std::vector<std::uint64_t> b;
      docqc::text::shingle_hashes(finder.item(static_cast<std::uint32_t>(i)), 5, a);
      docqc::text::shingle_hashes(finder.item(static_cast<std::uint32_t>(planted_source[i])), 5, b);
      if (docqc::text::jaccard(a, b) >= 0.8) {
        ++eligible;
        eligible_found += match.has_value() ? 1 : 0;
      }
    } else if (match) {
      ++other;
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  std::printf(
      "%zu paragraphs, %.1f MB: %.3f s wall, %.3f s CPU (%.1f MB/s CPU); planted near-duplicates"
      " found %zu/%zu; other matches %zu; at J>=0.8: %zu/%zu\n",
      input.size(), static_cast<double>(bytes_total) / 1e6, seconds, cpu_seconds,
      static_cast<double>(bytes_total) / 1e6 / cpu_seconds, found, planted, other, eligible_found,
      eligible);
  return 0;
}
