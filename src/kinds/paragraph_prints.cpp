#include "kinds/paragraph_prints.h"

#include <cstdint>
#include <cstring>

#include "text/normalize.h"

namespace docqc::kinds {

namespace {

// A fingerprint of the whole text, 8 bytes at a time (several GB/s): the cache must never
// hand out the prints of another text that happens to sit at the same address.
std::uint64_t text_hash(std::string_view text) {
  std::uint64_t hash = text::mix64(text.size());
  std::size_t pos = 0;
  for (; pos + 8 <= text.size(); pos += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + pos, 8);
    hash = (hash ^ word) * 0x9fb21c651e98df25ULL;
    hash ^= hash >> 29;
  }
  std::uint64_t tail = 0;
  if (pos < text.size()) {
    std::memcpy(&tail, text.data() + pos, text.size() - pos);
  }
  return text::mix64(hash ^ tail);
}

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
  const std::uint64_t sample = text_hash(text);
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
