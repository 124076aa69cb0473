// What a fix does, as text a reviewer reads: the decoded text around the fix before and after
// it, for fixes that do not simply replace the finding's own span (a paragraph join deletes
// the line break between two halves; "replace 2 bytes at byte 23394 with ∅" says nothing).
//
// Contract: `fix_preview(file, finding)` needs the file's decoded text (FileReport::text) and
// a finding with a fix and its char_offset (the checker fills it for sarif and html); it maps the
// fix's original byte offsets to the decoded text by encoding the text from the finding's start
// (LocatedFinding::char_offset, code points) in the file's encoding (ICU converters, by the name
// the report carries). It returns nullopt when the text is missing, the encoding unknown, or the
// bytes do not fall on character boundaries (invalid bytes replaced by U+FFFD in between). `before`
// and `after` hold up to `context` code points on each side of the edited place, with the deleted
// text and the replacement between them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "report/report.h"

namespace docqc::report {

struct FixPreview {
  std::string before;  // the text as it is
  std::string after;   // the same place with the fix applied
};

std::optional<FixPreview> fix_preview(const FileReport& file, const LocatedFinding& finding,
                                      std::size_t context = 12);

}  // namespace docqc::report
