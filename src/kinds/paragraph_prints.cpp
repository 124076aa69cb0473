#include "kinds/paragraph_prints.h"

#include <cstdint>
#include <cstring>

#include "text/normalize.h"

namespace docqc::kinds {

namespace {

struct Cache {
  const doc::Document* document = nullptr;
  const char* data = nullptr;
  std::size_t size = 0;
  std::string path;
  std::uint64_t sample = 0;
  ParagraphPrints prints;
};

}  // namespace

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

const ParagraphPrints& ParagraphPrints::of(const doc::Document& document) {
  thread_local Cache cache;
  const std::string_view text = document.text();
  // A hash of the whole text: the cache must never hand out the prints of another text that
  // happens to sit at the same address with the same size.
  const std::uint64_t sample = text::hash_bytes(text);
  if (cache.document != &document || cache.data != text.data() || cache.size != text.size() ||
      cache.path != document.path() || cache.sample != sample) {
    cache.prints = compute(document);
    cache.document = &document;
    cache.data = text.data();
    cache.size = text.size();
    cache.path = document.path();
    cache.sample = sample;
  }
  return cache.prints;
}

}  // namespace docqc::kinds
