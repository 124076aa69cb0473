#include "kinds/regex_list.h"

#include <fmt/format.h>

#include <stdexcept>

#include "kinds/pattern.h"

namespace docqc::kinds {

namespace {

// Adds the patterns to a new set; returns the index of the first rejected pattern and
// RE2's message, or -1.
std::pair<int, std::string> build(const std::vector<std::string>& patterns,
                                  std::shared_ptr<RE2::Set>& set) {
  if (patterns.empty()) {
    set.reset();
    return {-1, {}};
  }
  set = std::make_shared<RE2::Set>(regex_options(), RE2::UNANCHORED);
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    std::string error;
    if (set->Add(patterns[i], &error) < 0) {
      return {static_cast<int>(i), error};
    }
  }
  if (!set->Compile()) {
    return {0, "the patterns need more memory than RE2 allows"};
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
  return m_set != nullptr && m_set->Match(text, nullptr);
}

}  // namespace docqc::kinds
