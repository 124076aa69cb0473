// docqc::text::NearDuplicateFinder: streaming near-duplicate detection.
//
// Contract: items (normalized paragraphs, see DedupNormalizer) are added in
// order and numbered from 0. add() returns the earlier item with the highest
// exact Jaccard similarity of shingle sets, if it reaches `threshold`; ties go
// to the earliest item. Candidates come from MinHash LSH (no all-pairs
// comparison): per item the cost is O(length + bins + max_candidates x
// candidate length), so a stream of N items costs O(total length). Recall is
// probabilistic: with the defaults (64 bins, 16 bands of 4 rows) a pair at
// Jaccard 0.7 is a candidate with probability 0.99, at 0.5 with 0.64.
// Items added with index=false are compared but never returned later.
#pragma once

#include "text/minhash.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::text {

struct NearDuplicateOptions {
  int shingle_width = 5;
  int bins = 64;
  int bands = 16;
  double threshold = 0.8;
  std::size_t max_candidates = 8;
  int max_bucket = 64;
};

struct NearMatch {
  std::uint32_t id;
  double similarity;
};

class NearDuplicateFinder {
 public:
  explicit NearDuplicateFinder(NearDuplicateOptions options = {});

  std::optional<NearMatch> add(std::string_view normalized, bool index = true);
  std::size_t size() const { return m_offsets.size(); }
  std::string_view item(std::uint32_t id) const;
  void clear();

 private:
  NearDuplicateOptions m_options;
  MinHasher m_hasher;
  LshIndex m_index;
  std::string m_arena;
  std::vector<std::size_t> m_offsets;  // start of each item in m_arena
  std::vector<std::uint64_t> m_shingles;
  std::vector<std::uint64_t> m_other;
  std::vector<std::uint64_t> m_signature;
  std::vector<LshCandidate> m_candidates;
};

}  // namespace docqc::text
