#include "kinds/regex_list.h"

#include <fmt/format.h>

#include <mutex>
#include <stdexcept>

#include "kinds/pattern.h"

namespace docqc::kinds {

// The set is compiled on its first match, not when the rule loads: a run that never reaches
// a list (an empty file, a rule not selected) does not pay for RE2's compilation.
struct RegexList::Compiled {
  RE2::Set set{regex_options(), RE2::UNANCHORED};
  std::once_flag once;
  bool ok = false;
  std::vector<std::unique_ptr<RE2>> each;  // when the set is too large for RE2's memory budget
};

namespace {

// Adds the patterns to a new set (which parses and checks each of them); returns the index of
// the first rejected pattern and RE2's message, or -1.
template <typename Compiled>
std::pair<int, std::string> build(const std::vector<std::string>& patterns,
                                  std::shared_ptr<Compiled>& set) {
  if (patterns.empty()) {
    set.reset();
    return {-1, {}};
  }
  set = std::make_shared<Compiled>();
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    std::string error;
    if (set->set.Add(patterns[i], &error) < 0) {
      return {static_cast<int>(i), error};
    }
  }
  return {-1, {}};
}

}  // namespace

RegexList RegexList::read(rules::OptionReader& options, const std::string& key) {
  RegexList list;
  list.m_patterns = options.string_list(key);
  auto [bad, error] = build(list.m_patterns, list.m_set);
  if (bad >= 0) {
    options.fail(key, fmt::format("invalid regex `{}`: {}",
                                  list.m_patterns[static_cast<std::size_t>(bad)], error));
  }
  return list;
}

RegexList RegexList::from(const std::vector<std::string>& patterns) {
  RegexList list;
  list.m_patterns = patterns;
  auto [bad, error] = build(list.m_patterns, list.m_set);
  if (bad >= 0) {
    throw std::invalid_argument(fmt::format("invalid regex: {}", error));
  }
  return list;
}

bool RegexList::matches(std::string_view text) const {
  if (m_set == nullptr) {
    return false;
  }
  Compiled& compiled = *m_set;
  std::call_once(compiled.once, [&] {
    compiled.ok = compiled.set.Compile();
    if (!compiled.ok) {
      for (const auto& pattern : m_patterns) {
        compiled.each.push_back(std::make_unique<RE2>(pattern, regex_options()));
      }
    }
  });
  if (compiled.ok) {
    return compiled.set.Match(text, nullptr);
  }
  for (const auto& regex : compiled.each) {
    if (RE2::PartialMatch(text, *regex)) {
      return true;
    }
  }
  return false;
}

}  // namespace docqc::kinds
