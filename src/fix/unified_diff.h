// UnifiedDiff: the `--diff` output, a unified diff (3 lines of context) between a file's
// text before and after fixing.
//
// Contract: lines end at "\n" and keep a "\r" they hold, so a line-ending change shows; a
// last line without a terminator gets the usual "\ No newline at end of file". The texts
// are the decoded UTF-8 ones, so the diff reads the same whatever the file's encoding. The
// line diff is Myers' O((N+M)D) after trimming the common head and tail; when the two
// texts differ in more than k_max_edit_distance lines, the changed middle is shown as one
// replaced block rather than spending quadratic memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace docqc::fix {

inline constexpr std::size_t k_max_edit_distance = 4000;

// Empty when the texts are equal.
std::string unified_diff(std::string_view old_text, std::string_view new_text,
                         std::string_view old_label, std::string_view new_label,
                         std::size_t context = 3);

}  // namespace docqc::fix
