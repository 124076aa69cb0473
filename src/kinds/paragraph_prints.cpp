#include "kinds/paragraph_prints.h"

#include "text/normalize.h"

namespace docqc::kinds {

ParagraphPrints ParagraphPrints::compute(const doc::Document& document) {
  thread_local text::DedupNormalizer normalizer;
  ParagraphPrints prints;
  std::string normalized;
  prints.m_paragraphs.reserve(document.paragraphs().size());
  prints.m_arena.reserve(document.text().size());
  for (const doc::Paragraph& paragraph : document.paragraphs()) {
    normalizer.normalize(document.slice(paragraph.range), normalized);
    ParagraphPrint print;
    print.hash = text::PolyHash::of(normalized);
    print.begin = prints.m_arena.size();
    prints.m_arena.append(normalized);
    print.end = prints.m_arena.size();
    print.chars = text::DedupNormalizer::code_points(normalized);
    prints.m_total_chars += print.chars;
    prints.m_paragraphs.push_back(print);
  }
  return prints;
}

const ParagraphPrints& ParagraphPrints::of(const doc::Document& document,
                                           rules::FindingSink& sink) {
  static const char k_key = 0;
  return sink.memo<ParagraphPrints>(&k_key, [&] { return compute(document); });
}

}  // namespace docqc::kinds
