#include "text/near_duplicate.h"

#include "text/shingle.h"

#include <algorithm>

namespace docqc::text {

namespace {

void sort_unique(std::vector<std::uint64_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

}  // namespace

NearDuplicateFinder::NearDuplicateFinder(NearDuplicateOptions options)
    : m_options(options),
      m_hasher(options.bins),
      m_index(options.bins, options.bands, options.max_bucket) {}

std::string_view NearDuplicateFinder::item(std::uint32_t id) const {
  const std::size_t begin = m_offsets[id];
  const std::size_t end = id + 1 < m_offsets.size() ? m_offsets[id + 1] : m_arena.size();
  return std::string_view(m_arena).substr(begin, end - begin);
}

std::optional<NearMatch> NearDuplicateFinder::add(std::string_view normalized, bool index) {
  const auto id = static_cast<std::uint32_t>(m_offsets.size());
  m_offsets.push_back(m_arena.size());
  m_arena.append(normalized);

  shingle_hashes(normalized, m_options.shingle_width, m_shingles);
  m_hasher.signature(m_shingles, m_signature);

  std::optional<NearMatch> best;
  if (index) {
    m_index.candidates_then_insert(id, m_signature, m_options.max_candidates, m_candidates);
  } else {
    m_index.candidates(m_signature, m_options.max_candidates, m_candidates);
  }
  if (!m_candidates.empty()) {
    sort_unique(m_shingles);
  }
  for (const LshCandidate& candidate : m_candidates) {
    shingle_hashes(item(candidate.id), m_options.shingle_width, m_other);
    // |A ∩ B| / |A ∪ B| <= |B| / |A| when |B| <= |A|, and B has at most as
    // many distinct shingles as windows: rule out much shorter candidates
    // before sorting them.
    if (m_other.size() < m_shingles.size() * m_options.threshold) {
      continue;
    }
    sort_unique(m_other);
    const double similarity = jaccard_sorted(m_shingles, m_other);
    if (similarity < m_options.threshold) {
      continue;
    }
    if (!best || similarity > best->similarity ||
        (similarity == best->similarity && candidate.id < best->id)) {
      best = NearMatch{candidate.id, similarity};
    }
  }
  return best;
}

void NearDuplicateFinder::clear() {
  m_index.clear();
  m_arena.clear();
  m_offsets.clear();
}

}  // namespace docqc::text
