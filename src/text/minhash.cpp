#include "text/minhash.h"

#include "text/hash.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace docqc::text {

namespace {

std::uint64_t bin_of(std::uint64_t hash, int bins) {
  // Lemire's multiply-shift range reduction on the high 32 bits.
  return ((hash >> 32) * static_cast<std::uint64_t>(bins)) >> 32;
}

constexpr std::uint64_t k_empty = std::numeric_limits<std::uint64_t>::max();

}  // namespace

MinHasher::MinHasher(int bins) : m_bins(bins) {
  if (bins < 1 || bins > k_max_bins) {
    throw std::invalid_argument("MinHasher: bins must be in [1, 1024]");
  }
}

void MinHasher::signature(std::span<const std::uint64_t> shingles,
                          std::vector<std::uint64_t>& out) const {
  out.assign(static_cast<std::size_t>(m_bins), k_empty);
  if (shingles.empty()) {
    std::fill(out.begin(), out.end(), 0);
    return;
  }
  int filled = 0;
  for (std::uint64_t hash : shingles) {
    std::uint64_t& slot = out[bin_of(hash, m_bins)];
    if (slot == k_empty) {
      ++filled;
    }
    slot = std::min(slot, hash);
  }
  if (filled == m_bins) {
    return;
  }
  // Densification by rotation (Shrivastava & Li 2014): an empty bin takes
  // the value of the nearest non-empty bin to its right (circularly), mixed
  // with the distance so that borrowed values differ from the donor's. O(bins).
  int start = m_bins - 1;
  while (out[static_cast<std::size_t>(start)] == k_empty) {
    --start;
  }
  int donor = start;
  for (int step = 1; step < m_bins; ++step) {
    const int i = (start + m_bins - step) % m_bins;  // leftwards from the rightmost donor
    std::uint64_t& slot = out[static_cast<std::size_t>(i)];
    if (slot != k_empty) {
      donor = i;
      continue;
    }
    const int distance = (donor - i + m_bins) % m_bins;
    slot = mix64(out[static_cast<std::size_t>(donor)] + static_cast<std::uint64_t>(distance));
  }
}

double MinHasher::estimate(std::span<const std::uint64_t> first,
                           std::span<const std::uint64_t> second) {
  const std::size_t count = std::min(first.size(), second.size());
  if (count == 0) {
    return 0.0;
  }
  std::size_t equal = 0;
  for (std::size_t i = 0; i < count; ++i) {
    equal += first[i] == second[i] ? 1 : 0;
  }
  return static_cast<double>(equal) / static_cast<double>(count);
}

LshIndex::LshIndex(int bins, int bands, int max_bucket)
    : m_rows(bands > 0 ? bins / bands : 0),
      m_bands(bands),
      m_max_bucket(static_cast<std::uint32_t>(std::max(1, max_bucket))),
      m_slots(1024) {
  if (bands < 1 || m_rows < 1 || bins % bands != 0) {
    throw std::invalid_argument("LshIndex: bins must be a positive multiple of bands");
  }
}

std::uint64_t LshIndex::band_key(std::span<const std::uint64_t> signature, int band) const {
  std::uint64_t key = mix64(static_cast<std::uint64_t>(band) + 0x51ed27);
  const std::size_t begin = static_cast<std::size_t>(band) * static_cast<std::size_t>(m_rows);
  for (std::size_t i = begin; i < begin + static_cast<std::size_t>(m_rows); ++i) {
    key = mix64(key ^ signature[i]);
  }
  return key == 0 ? 1 : key;
}

LshIndex::Slot& LshIndex::find_slot(std::uint64_t key) {
  const std::size_t mask = m_slots.size() - 1;
  std::size_t index = static_cast<std::size_t>(key) & mask;
  while (m_slots[index].key != 0 && m_slots[index].key != key) {
    index = (index + 1) & mask;
  }
  return m_slots[index];
}

void LshIndex::grow() {
  std::vector<Slot> old;
  old.swap(m_slots);
  m_slots.assign(old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.key != 0) {
      find_slot(slot.key) = slot;
    }
  }
}

void LshIndex::reserve_id(std::uint32_t id) {
  if (m_stamp.size() <= id) {
    const std::size_t size =
        std::max<std::size_t>(static_cast<std::size_t>(id) + 1, m_stamp.size() * 2);
    m_stamp.resize(size, 0);
    m_hits.resize(size, 0);
  }
}

void LshIndex::insert(std::uint32_t id, std::span<const std::uint64_t> signature) {
  std::vector<LshCandidate> unused;
  lookup(signature, 0, unused, &id);
}

void LshIndex::candidates(std::span<const std::uint64_t> signature, std::size_t limit,
                          std::vector<LshCandidate>& out) {
  lookup(signature, limit, out, nullptr);
}

void LshIndex::candidates_then_insert(std::uint32_t id, std::span<const std::uint64_t> signature,
                                      std::size_t limit, std::vector<LshCandidate>& out) {
  lookup(signature, limit, out, &id);
}

void LshIndex::lookup(std::span<const std::uint64_t> signature, std::size_t limit,
                      std::vector<LshCandidate>& out, const std::uint32_t* insert_id) {
  out.clear();
  if (signature.size() < static_cast<std::size_t>(m_rows * m_bands)) {
    return;
  }
  if (insert_id != nullptr) {
    reserve_id(*insert_id);
  }
  const bool query = limit > 0;
  if (query && ++m_epoch == 0) {
    std::fill(m_stamp.begin(), m_stamp.end(), 0);
    m_epoch = 1;
  }
  for (int band = 0; band < m_bands; ++band) {
    if (insert_id != nullptr && (m_used + 1) * 2 > m_slots.size()) {
      grow();
    }
    const std::uint64_t key = band_key(signature, band);
    Slot& slot = find_slot(key);
    if (query && slot.key != 0) {
      for (std::uint32_t link = slot.head; link != 0; link = m_entries[link - 1].next) {
        const std::uint32_t id = m_entries[link - 1].id;
        if (insert_id != nullptr && id == *insert_id) {
          continue;
        }
        if (m_stamp[id] != m_epoch) {
          m_stamp[id] = m_epoch;
          m_hits[id] = 0;
          out.push_back(LshCandidate{id, 0});
        }
        ++m_hits[id];
      }
    }
    if (insert_id == nullptr) {
      continue;
    }
    if (slot.key == 0) {
      slot.key = key;
      ++m_used;
    }
    if (slot.size < m_max_bucket) {
      m_entries.push_back(Entry{*insert_id, slot.head});
      slot.head = static_cast<std::uint32_t>(m_entries.size());
      ++slot.size;
    }
  }
  if (!query) {
    return;
  }
  for (LshCandidate& candidate : out) {
    candidate.shared_bands = m_hits[candidate.id];
  }
  std::sort(out.begin(), out.end(), [](const LshCandidate& a, const LshCandidate& b) {
    return a.shared_bands != b.shared_bands ? a.shared_bands > b.shared_bands : a.id < b.id;
  });
  if (out.size() > limit) {
    out.resize(limit);
  }
}

void LshIndex::clear() {
  std::fill(m_slots.begin(), m_slots.end(), Slot{});
  m_used = 0;
  m_entries.clear();
  std::fill(m_stamp.begin(), m_stamp.end(), 0);
  m_epoch = 0;
}

}  // namespace docqc::text
