#include "kinds/latin1_mojibake.h"

#include <fmt/format.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <vector>

#include "doc/utf8.h"

namespace docqc::kinds {

namespace {

// The upper half of Windows-1252 from ICU's converter: character -> byte. The five bytes
// Windows-1252 leaves undefined, and the C1 controls a Latin-1 decoder produces, map to
// themselves.
class Cp1252 {
 public:
  static const Cp1252& instance() {
    static const Cp1252 k_instance;
    return k_instance;
  }
  // The byte of `c`, or 0 when `c` is not an upper-half character.
  unsigned char byte(char32_t c) const {
    if (c >= 0x80 && c <= 0xFF) {
      return m_latin1[c - 0x80];
    }
    auto it =
        std::lower_bound(m_extra.begin(), m_extra.end(), std::pair<char32_t, unsigned char>{c, 0});
    return it != m_extra.end() && it->first == c ? it->second : 0;
  }
  // True for UTF-8 lead bytes of characters that byte() knows.
  bool candidate_lead(unsigned char lead) const { return m_lead[lead]; }
  // A regex class of the characters whose byte is a UTF-8 continuation byte (0x80..0xBF).
  const std::string& continuation_class() const { return m_continuation_class; }

 private:
  Cp1252() {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status)) {
      throw std::runtime_error("ICU has no windows-1252 converter");
    }
    for (int b = 0x80; b <= 0xFF; ++b) {
      const char in = static_cast<char>(b);
      UChar out[2];
      status = U_ZERO_ERROR;
      const int32_t length = ucnv_toUChars(converter, out, 2, &in, 1, &status);
      const char32_t c = U_SUCCESS(status) && length == 1 ? out[0] : 0xFFFD;
      if (c >= 0x80 && c <= 0xFF) {
        m_latin1[c - 0x80] = static_cast<unsigned char>(b);
      } else if (c != 0xFFFD) {
        m_extra.emplace_back(c, static_cast<unsigned char>(b));
      }
    }
    ucnv_close(converter);
    for (int b = 0x80; b < 0xA0; ++b) {
      if (m_latin1[b - 0x80] == 0) {
        m_latin1[b - 0x80] = static_cast<unsigned char>(b);
      }
    }
    std::sort(m_extra.begin(), m_extra.end());
    m_continuation_class = "[\\x{80}-\\x{BF}";
    for (const auto& [c, b] : m_extra) {
      std::string utf8;
      doc::append_utf8(utf8, c);
      m_lead[static_cast<unsigned char>(utf8[0])] = true;
      if (b < 0xC0) {
        m_continuation_class += fmt::format("\\x{{{:X}}}", static_cast<std::uint32_t>(c));
      }
    }
    m_continuation_class += "]";
    m_lead[0xC2] = m_lead[0xC3] = true;
  }
  std::array<unsigned char, 0x80> m_latin1{};
  std::vector<std::pair<char32_t, unsigned char>> m_extra;
  std::array<bool, 256> m_lead{};
  std::string m_continuation_class;
};

}  // namespace

std::unique_ptr<rules::Rule> Latin1MojibakeRule::create(rules::RuleInfo info,
                                                        rules::OptionReader& options) {
  std::unique_ptr<Latin1MojibakeRule> rule(new Latin1MojibakeRule(std::move(info)));
  Cp1252::instance();
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, {"text", "fixed"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

std::string Latin1MojibakeRule::trigger() const {
  // A UTF-8 lead byte (Â..ô) followed by a continuation byte, both read as Windows-1252.
  return "[\\x{C2}-\\x{F4}]" + Cp1252::instance().continuation_class();
}

void Latin1MojibakeRule::check(const doc::Document& document, doc::TextRange unit,
                               rules::FindingSink& sink) const {
  const Cp1252& cp1252 = Cp1252::instance();
  const std::string_view all = document.text();
  struct Repair {
    std::size_t begin;
    std::size_t end;
    std::string fixed;
  };
  std::vector<Repair> repairs;
  std::string bytes;
  std::vector<std::size_t> starts;  // offset in the text of the character of each byte
  std::size_t pos = unit.begin;
  while (pos < unit.end) {
    const auto lead = static_cast<unsigned char>(all[pos]);
    if (!cp1252.candidate_lead(lead)) {
      pos += doc::utf8_sequence_length(lead);
      continue;
    }
    // The run of characters Windows-1252 has bytes for.
    bytes.clear();
    starts.clear();
    std::size_t end = pos;
    while (end < unit.end) {
      std::size_t next = end;
      const unsigned char b = cp1252.byte(doc::next_code_point(all, next));
      if (b == 0) {
        break;
      }
      bytes.push_back(static_cast<char>(b));
      starts.push_back(end);
      end = next;
    }
    starts.push_back(end);
    if (bytes.empty()) {
      pos += doc::utf8_sequence_length(lead);
      continue;
    }
    // Split the bytes into stretches of valid multi-byte sequences.
    std::size_t k = 0;
    while (k < bytes.size()) {
      const std::size_t first = k;
      std::string fixed;
      std::size_t long_sequences = 0;
      std::size_t non_latin = 0;
      while (k < bytes.size()) {
        const auto b = static_cast<unsigned char>(bytes[k]);
        const std::size_t length = doc::utf8_sequence_length(b);
        if (b < 0xC2 || b > 0xF4 || k + length > bytes.size()) {
          break;
        }
        bool valid = true;
        for (std::size_t i = 1; i < length; ++i) {
          valid &= (static_cast<unsigned char>(bytes[k + i]) & 0xC0) == 0x80;
        }
        std::size_t next = k;
        const char32_t c = valid ? doc::next_code_point(bytes, next) : 0;
        // Overlong, surrogate or out-of-range forms, and C1 controls, are no repair.
        const bool plausible = valid && c >= 0xA0 && c <= 0x10FFFF &&
                               !(c >= 0xD800 && c <= 0xDFFF) &&
                               length == (c < 0x800     ? 2u
                                          : c < 0x10000 ? 3u
                                                        : 4u);
        if (!plausible) {
          break;
        }
        long_sequences += length >= 3;
        non_latin += length == 2 && c > 0x24F;
        doc::append_utf8(fixed, c);
        k = next;
      }
      if (k == first) {
        ++k;
        continue;
      }
      // A lone two-byte decode outside Latin (Ü” -> ܔ) is more likely real text.
      if (long_sequences > 0 || non_latin == 0 || non_latin >= 2) {
        repairs.push_back({starts[first], starts[k], std::move(fixed)});
      }
    }
    pos = end;
  }
  // Repairs apart only by a little ASCII (年 1 期 -> "å¹´ 1 æœŸ") are one finding.
  std::size_t i = 0;
  while (i < repairs.size()) {
    Repair merged = std::move(repairs[i]);
    std::size_t j = i + 1;
    while (j < repairs.size() && repairs[j].begin - merged.end <= 16 &&
           std::all_of(all.begin() + static_cast<std::ptrdiff_t>(merged.end),
                       all.begin() + static_cast<std::ptrdiff_t>(repairs[j].begin),
                       [](char c) { return c >= 0x20 && c < 0x7F; })) {
      merged.fixed.append(all.substr(merged.end, repairs[j].begin - merged.end));
      merged.fixed.append(repairs[j].fixed);
      merged.end = repairs[j].end;
      ++j;
    }
    const std::string_view original = all.substr(merged.begin, merged.end - merged.begin);
    auto lookup = [&](std::string_view name) -> std::string_view {
      return name == "text" ? original : std::string_view(merged.fixed);
    };
    Finding& finding =
        sink.add(info(), merged.begin, merged.end - merged.begin, m_message.expand(lookup));
    finding.fix = Fix{merged.begin, merged.end - merged.begin, merged.fixed, true};
    i = j;
  }
}

}  // namespace docqc::kinds
