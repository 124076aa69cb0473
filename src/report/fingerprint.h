// Fingerprints: names for findings that survive edits elsewhere in a file, used by the
// baseline, SARIF partialFingerprints and GitLab's Code Quality report.
//
// Contract: a fingerprint is "<16 hex digits>:<n>": a 64-bit FNV-1a hash of the rule id, the
// span's text and up to k_context_code_points code points on each side of it on its line,
// all with white space runs (ASCII, U+3000, NBSP) collapsed to one space and trimmed, then
// the ordinal of that hash among the file's earlier findings (identical sentences repeated
// in one file stay distinct). Line and column numbers are not part of it, so adding or
// removing lines above a finding does not change it; editing the finding's own words or
// their immediate neighbours does, on purpose. A finding without text (a whole-file
// encoding decision) hashes its message instead. The file path is not part of it; callers
// that need uniqueness across files pair it with the path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace docqc::report {

inline constexpr std::size_t k_context_code_points = 16;

std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ULL);

// White space runs collapsed to one ASCII space, leading and trailing ones removed.
std::string normalize_space(std::string_view text);

// One fingerprint per finding of one file, in the same order.
std::vector<std::string> fingerprints(const std::vector<LocatedFinding>& findings);

}  // namespace docqc::report
