// ParagraphPrints: the normalized form (text/normalize.h) and a composable hash of every
// paragraph of a document, shared by the rules that compare paragraphs (duplicate, metric).
//
// Contract: of() computes the prints of a document once and returns the same object to every
// later call for that document on the same thread (rules run one document at a time per
// thread, so the duplicate and metric rules on a document normalize it once, not once per
// rule). The reference stays valid until the same thread asks for another document. The
// cache is recognized by the document's address, path, text address, size and a hash of the
// whole text, so a new document never gets stale prints.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
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
  static const ParagraphPrints& of(const doc::Document& document);
  // Computes without the cache (tests, benchmarks).
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
