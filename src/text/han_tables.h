// HanTables: the hand-made Chinese tables of rules/data (simplified-only and traditional-only
// characters with their counterparts, Han character surprisal, toned pinyin syllables).
//
// Contract: parsed once, read-only afterwards, so one instance is shared by every thread.
// Lookups are O(1) and never allocate. builtin() parses the copies embedded in the binary on
// first use; a malformed table throws std::runtime_error naming the file and line. How the
// tables were made, and why a character is "neutral", is in rules/data/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace docqc::text {

enum class HanVariant : std::uint8_t { neutral, simplified, traditional };

// What a hot loop needs to know about a character in one lookup.
enum class HanClass : std::uint8_t { other, neutral, simplified, traditional };

class HanTables {
 public:
  // Surprisal of a character missing from the frequency table, in tenths of a bit: rarer
  // than every listed character.
  static constexpr std::uint16_t k_unknown_surprisal = 300;

  // The text of each data file.
  struct Sources {
    std::string_view hans_only;  // rules/data/zh-hans-only.txt
    std::string_view hant_only;  // rules/data/zh-hant-only.txt
    std::string_view frequency;  // rules/data/han-frequency.txt
    std::string_view pinyin;     // rules/data/pinyin-syllables.txt
  };
  explicit HanTables(const Sources& sources);

  static const HanTables& builtin();

  HanVariant variant(char32_t c) const noexcept {
    if (c < k_dense_limit) {
      return static_cast<HanVariant>(m_variant[c]);
    }
    auto it = m_sparse_variant.find(c);
    return it == m_sparse_variant.end() ? HanVariant::neutral : it->second;
  }

  // Not Han, or a Han character of no variant, or variant-only (Script=Han from ICU via
  // CharClass, cached for the BMP together with the variant).
  HanClass classify(char32_t c) const noexcept {
    if (c < k_dense_limit) {
      return static_cast<HanClass>(m_class[c]);
    }
    return classify_sparse(c);
  }

  // The most common form in the other variant (UTF-8); empty when `c` is neutral.
  std::string_view counterpart(char32_t c) const noexcept;

  // -10 log2 p in tenths of a bit; k_unknown_surprisal when the character is not listed.
  std::uint16_t surprisal(char32_t c) const noexcept {
    if (c < k_dense_limit) {
      return m_surprisal[c];
    }
    auto it = m_sparse_surprisal.find(c);
    return it == m_sparse_surprisal.end() ? k_unknown_surprisal : it->second;
  }

  // True when `syllable` (NFC, lower case) is a toned pinyin syllable: fā, lüè.
  bool is_toned_syllable(std::string_view syllable) const {
    return m_syllables.find(syllable) != m_syllables.end();
  }

  // True when `syllable` (lower case, no tone mark; ü or v) is a pinyin syllable: fa, lüe, lve.
  bool is_base_syllable(std::string_view syllable) const {
    return m_base_syllables.find(syllable) != m_base_syllables.end();
  }
  // `syllable` without its tone mark: fā -> fa, lüè -> lüe.
  static std::string strip_tone(std::string_view syllable);

  std::size_t simplified_count() const noexcept { return m_simplified_count; }
  std::size_t traditional_count() const noexcept { return m_traditional_count; }

 private:
  static constexpr char32_t k_dense_limit = 0x10000;

  void load_variants(std::string_view text, const char* name, HanVariant variant);
  void load_frequency(std::string_view text);
  void load_syllables(std::string_view text);
  HanClass classify_sparse(char32_t c) const noexcept;

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };

  std::vector<std::uint8_t> m_variant;
  std::vector<std::uint8_t> m_class;  // HanClass of each BMP code point
  std::unordered_map<char32_t, HanVariant> m_sparse_variant;
  std::unordered_map<char32_t, std::string> m_counterpart;
  std::vector<std::uint16_t> m_surprisal;
  std::unordered_map<char32_t, std::uint16_t> m_sparse_surprisal;
  std::unordered_set<std::string, StringHash, std::equal_to<>> m_syllables;
  std::unordered_set<std::string, StringHash, std::equal_to<>> m_base_syllables;
  std::size_t m_simplified_count = 0;
  std::size_t m_traditional_count = 0;
};

}  // namespace docqc::text
