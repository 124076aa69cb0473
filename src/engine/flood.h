// Floods: a style finding repeated all over one document is one finding in the formats people
// read (text, html, github), so 2,000 half-width commas do not bury the three real problems.
//
// Contract: fold_floods(findings, threshold) takes one document's findings, sorted by
// offset. Every rule with at least `threshold` findings of severity info among them has
// those findings replaced by one, in the first one's place: same rule, category, severity,
// span and text; its message followed by "(N occurrences in this file; --all-occurrences
// lists each)"; related locations for the next k_flood_examples occurrences; and one fix
// that carries every occurrence's edit (the first one's as `fix`, the others, with their own
// extra edits, as `extra_edits`), safe only when every one of them was. Warnings and errors
// are never folded; the other findings keep their order. threshold 0 folds nothing. The
// machine formats (json, jsonl, sarif, ...) and --fix never see folded findings.
#pragma once

#include <cstddef>
#include <vector>

#include "finding.h"

namespace docqc::engine {

inline constexpr std::size_t k_default_flood_threshold = 50;
inline constexpr std::size_t k_flood_examples = 3;

// Returns the number of findings folded away.
std::size_t fold_floods(std::vector<Finding>& findings, std::size_t threshold);

}  // namespace docqc::engine
