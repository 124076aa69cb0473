// ParagraphPrints: the normalized form (text/normalize.h) and a composable hash of every
// paragraph of a document, shared by the rules that compare paragraphs (duplicate, metric).
//
// Contract: of() computes the prints of a document once per engine pass and returns the same
// object to every rule that asks during that pass (FindingSink::memo), so the duplicate and
// metric rules normalize a document once, not once per rule. The reference is valid while
// the sink is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "rules/rule.h"
#include "text/hash.h"

namespace docqc::kinds {

struct ParagraphPrint {
  text::PolyHash hash;    // of the normalized text
  std::size_t begin = 0;  // normalized text: [begin, end) in the prints' arena
  std::size_t end = 0;
  std::size_t chars = 0;  // code points of the normalized text
};

class ParagraphPrints {
 public:
  static const ParagraphPrints& of(const doc::Document& document, rules::FindingSink& sink);
  // Computes without sharing (tests, benchmarks).
  static ParagraphPrints compute(const doc::Document& document);

  const std::vector<ParagraphPrint>& paragraphs() const { return m_paragraphs; }
  std::string_view normalized(std::size_t paragraph) const {
    const ParagraphPrint& print = m_paragraphs[paragraph];
    return std::string_view(m_arena).substr(print.begin, print.end - print.begin);
  }
  std::size_t total_chars() const { return m_total_chars; }

 private:
  std::string m_arena;
  std::vector<ParagraphPrint> m_paragraphs;
  std::size_t m_total_chars = 0;
};

}  // namespace docqc::kinds
