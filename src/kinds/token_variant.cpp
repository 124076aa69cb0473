#include "kinds/token_variant.h"

#include <fmt/format.h>

#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace docqc::kinds {

namespace {

// Letters and digits that differ by one stroke or a closed curve (rules/common/garbled.yaml
// says how they were chosen).
const std::vector<std::string> k_default_groups = {"I1lT|J", "O0QD", "DU", "CG", "FEH",
                                                   "S5",     "Z2",   "B8", "MWN"};
constexpr std::size_t k_max_groups = 32;

bool is_alnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Capitals and digits with at least one capital: an acronym or an identifier.
bool is_capitals(std::string_view token) {
  bool letter = false;
  for (const char c : token) {
    if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return letter;
}

struct Token {
  std::size_t count = 0;
  std::size_t offset = 0;  // of the first occurrence
};

}  // namespace

std::unique_ptr<rules::Rule> TokenVariantRule::create(rules::RuleInfo info,
                                                      rules::OptionReader& options) {
  std::unique_ptr<TokenVariantRule> rule(new TokenVariantRule(std::move(info)));
  rule->m_min_length = static_cast<std::size_t>(options.integer("min_length", 4, 2, 64));
  rule->m_min_count = static_cast<std::size_t>(options.integer("min_count", 3, 2, 1000));
  std::vector<std::string> groups =
      options.has("lookalikes") ? options.string_list("lookalikes") : k_default_groups;
  if (groups.size() > k_max_groups) {
    options.fail("lookalikes", fmt::format("at most {} groups", k_max_groups));
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].size() < 2) {
      options.fail("lookalikes", "a group needs two characters or more");
    }
    for (const char c : groups[g]) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte <= 0x20 || byte >= 0x7F) {
        options.fail("lookalikes", "a group holds printable ASCII characters only");
      }
      rule->m_groups[byte] |= std::uint32_t{1} << g;
    }
  }
  try {
    rule->m_message = rules::MessageTemplate::parse(
        rule->info().message, {"text", "word", "count", "char", "replacement"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

bool TokenVariantRule::alike(char a, char b) const noexcept {
  const auto x = static_cast<unsigned char>(a);
  const auto y = static_cast<unsigned char>(b);
  return a != b && x < 128 && y < 128 && (m_groups[x] & m_groups[y]) != 0;
}

void TokenVariantRule::check(const doc::Document& document, doc::TextRange unit,
                             rules::FindingSink& sink) const {
  const std::string_view text = document.text().substr(unit.begin, unit.size());
  std::unordered_map<std::string_view, Token> tokens;
  for (std::size_t pos = 0; pos < text.size();) {
    if (!is_alnum(text[pos])) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    bool letter = false;
    while (end < text.size() && is_alnum(text[end])) {
      letter = letter || (text[end] > '9');
      ++end;
    }
    if (letter && end - pos >= m_min_length) {
      Token& token = tokens[text.substr(pos, end - pos)];
      if (token.count++ == 0) {
        token.offset = pos;
      }
    }
    pos = end;
  }
  // The frequent tokens, by each of their one-place wildcards ('?' never occurs in a token).
  std::unordered_map<std::string, std::vector<std::string_view>> by_wildcard;
  for (const auto& [token, seen] : tokens) {
    if (seen.count >= m_min_count && is_capitals(token)) {
      std::string key(token);
      for (std::size_t p = 0; p < key.size(); ++p) {
        const char kept = key[p];
        key[p] = '?';
        by_wildcard[key].push_back(token);
        key[p] = kept;
      }
    }
  }
  if (by_wildcard.empty()) {
    return;
  }
  struct Hit {
    std::size_t offset;
    std::string_view token;
    std::string_view word;
    std::size_t place;
  };
  std::vector<Hit> hits;
  for (const auto& [token, seen] : tokens) {
    if (seen.count != 1 || !is_capitals(token)) {
      continue;
    }
    std::string key(token);
    std::string_view best;
    std::size_t best_count = 0;
    std::size_t best_place = 0;
    for (std::size_t p = 0; p < key.size(); ++p) {
      const char kept = key[p];
      key[p] = '?';
      const auto found = by_wildcard.find(key);
      key[p] = kept;
      if (found == by_wildcard.end()) {
        continue;
      }
      for (const std::string_view word : found->second) {
        const bool digits = kept >= '0' && kept <= '9' && word[p] >= '0' && word[p] <= '9';
        const std::size_t count = tokens.at(word).count;
        if (!digits && alike(kept, word[p]) &&
            (count > best_count || (count == best_count && word < best))) {
          best = word;
          best_count = count;
          best_place = p;
        }
      }
    }
    if (best_count > 0) {
      hits.push_back({seen.offset, token, best, best_place});
    }
  }
  for (const Hit& hit : hits) {
    const std::string count = std::to_string(tokens.at(hit.word).count);
    const std::string_view original = hit.token.substr(hit.place, 1);
    const std::string_view replacement = hit.word.substr(hit.place, 1);
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return hit.token;
      }
      if (name == "word") {
        return hit.word;
      }
      if (name == "count") {
        return count;
      }
      if (name == "char") {
        return original;
      }
      return replacement;
    };
    const std::size_t offset = unit.begin + hit.offset;
    Finding& finding = sink.add(info(), offset, hit.token.size(), m_message.expand(lookup));
    finding.fix = Fix{offset, hit.token.size(), std::string(hit.word), false};
  }
}

}  // namespace docqc::kinds
