// ConfusionTable: visually similar Han characters (己/已/巳, 未/末) and the dictionary words
// that hold them, with their costs, for the OCR wrong-character check.
//
// Contract: parsed once from the text of rules/data/confusable-chars.txt (one group of
// look-alikes a line) and rules/data/confusable-words.txt (`word TAB cost`, cost in tenths of
// a bit, -10 log2 p), then only read, so one instance is shared by every thread. Lookups are
// O(1) and never allocate: words are keyed by up to four BMP code points packed into 64 bits
// in an open-addressing table. A malformed line throws std::runtime_error naming the file and
// line. How the tables were made is in rules/data/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::text {

class ConfusionTable {
 public:
  static constexpr std::uint16_t k_absent = 0xFFFF;
  static constexpr std::size_t k_max_word = 4;

  struct Sources {
    std::string_view chars;  // rules/data/confusable-chars.txt
    std::string_view words;  // rules/data/confusable-words.txt
  };
  explicit ConfusionTable(const Sources& sources);

  // The look-alikes of `c` (not `c` itself); empty for most characters.
  std::u16string_view alternatives(char32_t c) const noexcept {
    if (c >= k_dense_limit) {
      return {};
    }
    const std::uint32_t slot = m_alt_index[c];
    return slot == 0 ? std::u16string_view()
                     : std::u16string_view(m_alternatives).substr(slot >> 8, slot & 0xFF);
  }
  bool is_confusable(char32_t c) const noexcept { return c < k_dense_limit && m_alt_index[c]; }

  // The cost of the word made of `n` (1..4) BMP code points, or k_absent.
  std::uint16_t cost(const char32_t* chars, std::size_t n) const noexcept {
    if (n >= 2 && !maybe_word_start(chars[0], chars[1])) {
      return k_absent;
    }
    std::uint64_t key = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (chars[k] >= k_dense_limit || chars[k] == 0) {
        return k_absent;
      }
      key = key << 16 | chars[k];
    }
    return find(key);
  }

  std::size_t word_count() const noexcept { return m_words; }

 private:
  static constexpr char32_t k_dense_limit = 0x10000;

  struct Slot {
    std::uint64_t key = 0;  // 0: empty (no word is made of U+0000)
    std::uint16_t cost = k_absent;
  };

  std::uint16_t find(std::uint64_t key) const noexcept {
    std::size_t i = hash(key);
    while (true) {
      const Slot& slot = m_slots[i];
      if (slot.key == key) {
        return slot.cost;
      }
      if (slot.key == 0) {
        return k_absent;
      }
      i = (i + 1) & m_mask;
    }
  }
  // A small bit set of the first two characters of every word: most pairs of characters in
  // a text start no word, and the filter (32 KiB) answers that without touching the table.
  static constexpr unsigned k_filter_bits = 18;
  static std::size_t pair_bit(char32_t a, char32_t b) noexcept {
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 21 | b) * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(key >> (64 - k_filter_bits));
  }
  bool maybe_word_start(char32_t a, char32_t b) const noexcept {
    const std::size_t bit = pair_bit(a, b);
    return (m_filter[bit >> 6] >> (bit & 63)) & 1U;
  }
  std::size_t hash(std::uint64_t key) const noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> m_shift) & m_mask;
  }
  void insert(std::uint64_t key, std::uint16_t cost);

  std::vector<std::uint32_t> m_alt_index;  // per BMP code point: offset << 8 | count
  std::u16string m_alternatives;
  std::vector<Slot> m_slots;
  std::vector<std::uint64_t> m_filter = std::vector<std::uint64_t>(1U << (k_filter_bits - 6), 0);
  std::size_t m_mask = 0;
  unsigned m_shift = 0;
  std::size_t m_words = 0;
};

}  // namespace docqc::text
