#include "text/confusion_table.h"

#include <fmt/format.h>

#include <charconv>
#include <map>
#include <set>
#include <stdexcept>

#include "doc/utf8.h"

namespace docqc::text {

namespace {

[[noreturn]] void malformed(const char* name, std::size_t line, std::string_view what) {
  throw std::runtime_error(fmt::format("rules/data/{}:{}: {}", name, line, what));
}

// Calls on_line(line, number) for every line that is neither empty nor a '#' comment.
template <typename F>
void for_each_line(std::string_view text, F&& on_line) {
  std::size_t number = 0;
  while (!text.empty()) {
    ++number;
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.front() != '#') {
      on_line(line, number);
    }
  }
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t pos = 0; pos < s.size();) {
    out.push_back(doc::next_code_point(s, pos));
  }
  return out;
}

}  // namespace

ConfusionTable::ConfusionTable(const Sources& sources) : m_alt_index(k_dense_limit, 0) {
  std::map<char32_t, std::set<char32_t>> alternatives;
  for_each_line(sources.chars, [&](std::string_view line, std::size_t number) {
    const auto group = code_points(line);
    if (group.size() < 2) {
      malformed("confusable-chars.txt", number, "a group needs two characters or more");
    }
    for (const char32_t c : group) {
      if (c >= k_dense_limit) {
        malformed("confusable-chars.txt", number, "only BMP characters are supported");
      }
      for (const char32_t other : group) {
        if (other != c) {
          alternatives[c].insert(other);
        }
      }
    }
  });
  for (const auto& [c, others] : alternatives) {
    if (others.size() > 0xFF) {
      malformed("confusable-chars.txt", 0, "a character has more than 255 look-alikes");
    }
    m_alt_index[c] = static_cast<std::uint32_t>(m_alternatives.size() << 8 | others.size());
    for (const char32_t other : others) {
      m_alternatives.push_back(static_cast<char16_t>(other));
    }
  }

  std::vector<std::pair<std::uint64_t, std::uint16_t>> words;
  for_each_line(sources.words, [&](std::string_view line, std::size_t number) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      malformed("confusable-words.txt", number, "expected word TAB cost");
    }
    const auto chars = code_points(line.substr(0, tab));
    if (chars.empty() || chars.size() > k_max_word) {
      malformed("confusable-words.txt", number, "a word has 1 to 4 characters");
    }
    std::uint64_t key = 0;
    for (const char32_t c : chars) {
      if (c >= k_dense_limit || c == 0) {
        malformed("confusable-words.txt", number, "only BMP characters are supported");
      }
      key = key << 16 | c;
    }
    const std::string_view digits = line.substr(tab + 1);
    unsigned cost = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), cost);
    if (error != std::errc() || end != digits.data() + digits.size() || cost >= k_absent) {
      malformed("confusable-words.txt", number, "the cost is not a number below 65535");
    }
    words.emplace_back(key, static_cast<std::uint16_t>(cost));
    if (chars.size() >= 2) {
      const std::size_t bit = pair_bit(chars[0], chars[1]);
      m_filter[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
  });
  std::size_t size = 16;
  m_shift = 60;
  while (size < words.size() * 2) {
    size <<= 1;
    --m_shift;
  }
  m_slots.assign(size, Slot{});
  m_mask = size - 1;
  for (const auto& [key, cost] : words) {
    insert(key, cost);
  }
}

void ConfusionTable::insert(std::uint64_t key, std::uint16_t cost) {
  std::size_t i = hash(key);
  while (m_slots[i].key != 0 && m_slots[i].key != key) {
    i = (i + 1) & m_mask;
  }
  if (m_slots[i].key == 0) {
    ++m_words;
  }
  m_slots[i] = Slot{key, cost};
}

}  // namespace docqc::text
