// SourceMap: translates byte offsets in the decoded UTF-8 text back to byte offsets in the
// original file, so that every location docqc prints refers to the bytes on disk.
//
// Contract: anchors are added in increasing decoded order; between two anchors the mapping is
// linear (one decoded byte = one original byte). A UTF-8 file without damage needs one anchor
// (or two with a BOM); a transcoded file gets one anchor per character whose width changed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace docqc::doc {

class SourceMap {
 public:
  // From `decoded` on, decoded byte d maps to original byte original + (d - decoded).
  void add_anchor(std::size_t decoded, std::size_t original) {
    if (!m_anchors.empty() && m_anchors.back().decoded == decoded) {
      m_anchors.back().original = original;
      return;
    }
    if (!m_anchors.empty() &&
        m_anchors.back().original + (decoded - m_anchors.back().decoded) == original) {
      return;  // still on the same linear segment
    }
    m_anchors.push_back({decoded, original});
  }

  std::size_t to_original(std::size_t decoded) const {
    if (m_anchors.empty()) {
      return decoded;
    }
    auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), decoded,
                               [](std::size_t d, const Anchor& a) { return d < a.decoded; });
    if (it == m_anchors.begin()) {
      return decoded;
    }
    --it;
    return it->original + (decoded - it->decoded);
  }

  bool is_identity() const {
    return m_anchors.empty() ||
           (m_anchors.size() == 1 && m_anchors[0].decoded == m_anchors[0].original);
  }

 private:
  struct Anchor {
    std::size_t decoded;
    std::size_t original;
  };
  std::vector<Anchor> m_anchors;
};

}  // namespace docqc::doc
