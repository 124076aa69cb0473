#include "fix/apply_fixes.h"

#include <algorithm>

namespace docqc::fix {

FixResult apply_fixes(std::string_view text, const std::vector<Finding>& findings,
                      bool include_unsafe) {
  std::vector<const Fix*> fixes;
  for (const auto& finding : findings) {
    if (finding.fix && (finding.fix->safe || include_unsafe) &&
        finding.fix->offset + finding.fix->length <= text.size()) {
      fixes.push_back(&*finding.fix);
    }
  }
  std::stable_sort(fixes.begin(), fixes.end(), [](const Fix* a, const Fix* b) {
    return a->offset != b->offset ? a->offset < b->offset : a->length < b->length;
  });
  FixResult result;
  result.text.reserve(text.size());
  std::size_t copied = 0;
  bool any = false;
  for (const Fix* fix : fixes) {
    // An insertion at the end of the previous edit is not an overlap; anything else inside
    // the previous edit is.
    if (any && fix->offset < copied) {
      ++result.skipped_overlapping;
      continue;
    }
    result.text.append(text.substr(copied, fix->offset - copied));
    result.text.append(fix->replacement);
    copied = fix->offset + fix->length;
    any = true;
    ++result.applied;
  }
  result.text.append(text.substr(copied));
  return result;
}

}  // namespace docqc::fix
