// Edits: choosing the fixes of one round, and applying them to decoded text or to the file's
// original bytes.
//
// Contract: an Edit replaces [offset, offset + length) of a Document's decoded text. A round
// takes fixes in text order and skips any that overlaps one already taken (two insertions at
// the same offset overlap too); skipped fixes are found again by the next check, so the
// caller repeats check + apply until nothing changes (fix/fixer.h). apply_to_original()
// touches only the bytes under the edits: everything else, including invalid bytes, BOM and
// line endings, stays byte for byte, and each replacement is encoded in the file's own
// encoding (with the file's line ending for any "\n" it holds).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "finding.h"

namespace docqc::fix {

struct Edit {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string replacement;
  bool operator==(const Edit&) const = default;
};

// The safe fixes (and the unsafe ones too when `unsafe`) that can be applied together,
// sorted by offset. A fix that would change nothing is left out. A fix and its
// Finding::extra_edits are taken together or not at all.
std::vector<Edit> choose_edits(const std::vector<Finding>& findings, std::string_view text,
                               bool unsafe);

// `edits` sorted and non-overlapping, as choose_edits() returns them.
std::string apply_edits(std::string_view text, const std::vector<Edit>& edits);

struct OriginalResult {
  std::string bytes;
  std::size_t applied = 0;
  std::size_t unencodable = 0;  // edits left out: the replacement has no form in the encoding
};

// Applies edits made on `document`'s decoded text to `original`, the bytes the document was
// decoded from.
OriginalResult apply_to_original(std::string_view original, const doc::Document& document,
                                 const std::vector<Edit>& edits);

// The line ending the text mostly uses: "\r\n", "\r" or "\n" (also for a text with none).
std::string_view dominant_line_ending(std::string_view text);

}  // namespace docqc::fix
