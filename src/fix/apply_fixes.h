// Applying fixes to decoded text.
//
// Contract: fixes are applied in offset order; a fix that overlaps one already taken is left
// for a later round (the caller re-checks and applies again until nothing changes, which is
// how fixes converge). Unsafe fixes are skipped unless `include_unsafe`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "finding.h"

namespace docqc::fix {

struct FixResult {
  std::string text;
  std::size_t applied = 0;
  std::size_t skipped_overlapping = 0;
};

FixResult apply_fixes(std::string_view text, const std::vector<Finding>& findings,
                      bool include_unsafe);

}  // namespace docqc::fix
