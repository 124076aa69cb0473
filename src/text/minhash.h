// docqc::text MinHash signatures and LSH banding.
//
// Contract: MinHasher::signature() turns a list of shingle hashes into a
// signature of `bins` values with one-permutation hashing (each shingle goes
// to one bin by its hash, the bin keeps the minimum) and optimal
// densification for empty bins, so the cost is O(shingles + bins), not
// O(shingles x bins). For two sets, the fraction of equal bins estimates
// their Jaccard similarity. An empty shingle list gives an all-zero signature.
//
// LshIndex splits a signature into `bands` bands of bins/bands rows; two
// signatures are candidates when at least one band is identical. insert()
// keeps at most `max_bucket` ids per band bucket (the earliest ones), so
// lookups stay bounded however repetitive the input is. candidates() returns
// each indexed id sharing a band, ranked by the number of shared bands, at
// most `limit` of them. Nothing here is quadratic in the number of items.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace docqc::text {

inline constexpr int k_max_bins = 1024;

class MinHasher {
 public:
  explicit MinHasher(int bins = 64);

  int bins() const { return m_bins; }
  void signature(std::span<const std::uint64_t> shingles, std::vector<std::uint64_t>& out) const;
  static double estimate(std::span<const std::uint64_t> first,
                         std::span<const std::uint64_t> second);

 private:
  int m_bins;
};

struct LshCandidate {
  std::uint32_t id;
  int shared_bands;
};

class LshIndex {
 public:
  LshIndex(int bins, int bands, int max_bucket = 64);

  void insert(std::uint32_t id, std::span<const std::uint64_t> signature);
  void candidates(std::span<const std::uint64_t> signature, std::size_t limit,
                  std::vector<LshCandidate>& out);
  // candidates() then insert(id), probing each band bucket once.
  void candidates_then_insert(std::uint32_t id, std::span<const std::uint64_t> signature,
                              std::size_t limit, std::vector<LshCandidate>& out);
  void clear();

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty slot
    std::uint32_t head = 0;
    std::uint32_t size = 0;
  };
  struct Entry {
    std::uint32_t id;
    std::uint32_t next;  // index + 1 into m_entries, 0 ends the chain
  };

  void lookup(std::span<const std::uint64_t> signature, std::size_t limit,
              std::vector<LshCandidate>& out, const std::uint32_t* insert_id);
  void reserve_id(std::uint32_t id);
  std::uint64_t band_key(std::span<const std::uint64_t> signature, int band) const;
  Slot& find_slot(std::uint64_t key);
  void grow();

  int m_rows;
  int m_bands;
  std::uint32_t m_max_bucket;
  std::vector<Slot> m_slots;
  std::size_t m_used = 0;
  std::vector<Entry> m_entries;
  std::vector<std::uint32_t> m_stamp;  // per id: last lookup that saw it
  std::vector<int> m_hits;             // per id: shared bands in that lookup
  std::uint32_t m_epoch = 0;
};

}  // namespace docqc::text
