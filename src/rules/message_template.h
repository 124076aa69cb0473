// Message and fix templates: `{name}` is replaced by a variable, `{{` and `}}` are literal
// braces. Kinds document which variables they offer (pattern: match, 1..9 and named groups).
// `{name:filter}` passes the value through a filter: `fullwidth` and `halfwidth` (ICU's
// Halfwidth-Fullwidth transliterator, either way), `nfkc` (ICU normalization), and
// `remove_spaces` (drops ASCII and ideographic spaces), `codepoints` ("U+E000 U+E001").
//
// Contract: parse() rejects unbalanced braces and, given the allowed names, unknown
// variables, so a broken template fails when the rule loads, not when it first matches.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::rules {

class MessageTemplate {
 public:
  MessageTemplate() = default;
  // Throws std::invalid_argument with a readable reason.
  static MessageTemplate parse(std::string_view text, const std::vector<std::string>& allowed);

  using Lookup = std::function<std::string_view(std::string_view name)>;
  std::string expand(const Lookup& lookup) const;
  bool empty() const { return m_pieces.empty(); }

 private:
  struct Piece {
    std::string text;
    bool is_variable = false;
    std::string filter;
  };
  std::vector<Piece> m_pieces;
};

// The filters above, exposed for kinds that convert text the same way.
std::string apply_filter(std::string_view filter, std::string_view text);
bool is_known_filter(std::string_view filter);

}  // namespace docqc::rules
