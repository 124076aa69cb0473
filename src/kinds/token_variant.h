// kind: token-variant — a Latin token that OCR misread from a token the same document uses
// often: UEHI or DEFI in a manual that writes UEFI a dozen times, QEWU beside QEMU. One
// finding per occurrence, with an unsafe fix that writes the frequent token.
//
// A scanned document repeats its terms, and OCR misreads each occurrence on its own, so a
// misread term is a token seen once whose frequent neighbour differs in one place by a pair of
// letters that look alike on a page. The tokens are the maximal runs of ASCII letters and
// digits holding a letter. A frequent token is one in capitals and digits (an acronym or an
// identifier such as ISO9660) of at least `min_length` characters (default 4) that occurs at
// least `min_count` times (default 3). A token is reported when it occurs once, is in capitals
// and digits too, has the same length as a frequent token and differs from it in exactly one
// place, where the two characters are in one group of `lookalikes` (default: I1lT|J, O0QD,
// DU, CG, FEH, S5, Z2, B8, MWN): letters that differ by one stroke or a closed curve. Two digits
// are never look-alikes here (ext3/ext4, sda1/sda2 are different things), nor is a pair outside the
// groups (GUID beside UUID: G and U do not look alike). Lower-case and capitalised words are
// never compared: English has too many real neighbours (cover/over, node/mode).
// Scope: document. Variables: {text} (the token), {word} (the frequent token), {count} (how
// often the document writes it), {char}, {replacement} (the two characters that differ).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class TokenVariantRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

  // True when `a` and `b` are in one group of look-alikes (never for a == b).
  bool alike(char a, char b) const noexcept;

 private:
  explicit TokenVariantRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  std::size_t m_min_length = 4;
  std::size_t m_min_count = 3;
  // Bit g of m_groups[c] is set when the byte c is in group g.
  std::vector<std::uint32_t> m_groups = std::vector<std::uint32_t>(128, 0);
};

}  // namespace docqc::kinds
