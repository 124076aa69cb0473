// RegexList: a YAML list of RE2 regexes matched together, for kind options such as
// `allow:` and `block:`.
//
// Contract: read() checks every pattern of the list option `key` (an absent key is an
// empty list) and fails the load at that key with RE2's own message for a bad pattern; the
// list is compiled on its first match (thread-safe), so loading costs only parsing.
// matches() says whether any pattern matches somewhere in the text (unanchored; use ^ and $
// to anchor), with one RE2::Set scan whatever the length of the list.
#pragma once

#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/options.h"

namespace docqc::kinds {

class RegexList {
 public:
  RegexList() = default;
  static RegexList read(rules::OptionReader& options, const std::string& key);
  // From patterns already known to be valid (defaults, tests); throws std::invalid_argument.
  static RegexList from(const std::vector<std::string>& patterns);

  bool empty() const { return m_set == nullptr; }
  bool matches(std::string_view text) const;
  const std::vector<std::string>& patterns() const { return m_patterns; }

 private:
  struct Compiled;
  std::vector<std::string> m_patterns;
  std::shared_ptr<Compiled> m_set;
};

}  // namespace docqc::kinds
