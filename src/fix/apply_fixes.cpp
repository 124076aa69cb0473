#include "fix/apply_fixes.h"

#include <algorithm>
#include <map>

namespace docqc::fix {

namespace {

// True when edit `b` cannot be applied next to the already accepted edit `a`: their
// ranges share bytes, or one inserts strictly inside the other. An insertion at either end
// of an edit is not a conflict.
bool conflicts(const Fix& a, const Fix& b) {
  const std::size_t a_end = a.offset + a.length;
  const std::size_t b_end = b.offset + b.length;
  if (std::max(a.offset, b.offset) < std::min(a_end, b_end)) {
    return true;
  }
  return (a.length == 0 && b.offset < a.offset && a.offset < b_end) ||
         (b.length == 0 && a.offset < b.offset && b.offset < a_end);
}

}  // namespace

FixResult apply_fixes(std::string_view text, const std::vector<Finding>& findings,
                      bool include_unsafe) {
  // A finding's fix and its extra edits form one group: all of it or none of it.
  std::vector<std::vector<const Fix*>> groups;
  for (const auto& finding : findings) {
    if (!finding.fix || !(finding.fix->safe || include_unsafe)) {
      continue;
    }
    std::vector<const Fix*> group = {&*finding.fix};
    for (const Fix& edit : finding.extra_edits) {
      group.push_back(&edit);
    }
    bool inside = std::all_of(group.begin(), group.end(), [&](const Fix* edit) {
      return edit->offset + edit->length <= text.size();
    });
    if (inside) {
      std::stable_sort(group.begin(), group.end(), [](const Fix* a, const Fix* b) {
        return a->offset != b->offset ? a->offset < b->offset : a->length < b->length;
      });
      groups.push_back(std::move(group));
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a[0]->offset != b[0]->offset ? a[0]->offset < b[0]->offset : a[0]->length < b[0]->length;
  });
  FixResult result;
  // Accepted edits by offset; a group that conflicts with one of them waits for a later
  // round (the caller re-checks and applies again until nothing changes).
  std::multimap<std::size_t, const Fix*> accepted;
  for (const auto& group : groups) {
    bool clash = false;
    for (const Fix* edit : group) {
      auto it = accepted.upper_bound(edit->offset + edit->length);
      while (!clash && it != accepted.begin()) {
        --it;
        clash = conflicts(*it->second, *edit);
        if (it->second->offset + it->second->length < edit->offset && it->second->length > 0) {
          break;  // edits further left end before this one starts
        }
      }
      if (clash) {
        break;
      }
    }
    if (clash) {
      ++result.skipped_overlapping;
      continue;
    }
    for (const Fix* edit : group) {
      accepted.emplace(edit->offset, edit);
    }
    ++result.applied;
  }
  result.text.reserve(text.size());
  std::size_t copied = 0;
  for (const auto& [offset, edit] : accepted) {
    result.text.append(text.substr(copied, offset - copied));
    result.text.append(edit->replacement);
    copied = offset + edit->length;
  }
  result.text.append(text.substr(copied));
  return result;
}

}  // namespace docqc::fix
