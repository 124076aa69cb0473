#include "kinds/keyword_line.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "doc/utf8.h"
#include "kinds/pattern.h"

namespace docqc::kinds {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v' || c == 0xFEFF;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    count += is_space(doc::next_code_point(text, pos)) ? 0 : 1;
  }
  return count;
}

}  // namespace

std::unique_ptr<rules::Rule> KeywordLineRule::create(rules::RuleInfo info,
                                                     rules::OptionReader& options) {
  if (info.scope != rules::Scope::line) {
    options.fail("scope", "a keyword-line rule looks at one line: use `scope: line`");
  }
  std::unique_ptr<KeywordLineRule> rule(new KeywordLineRule(std::move(info)));
  rule->m_keywords = compile_regex(options, "keywords", options.required_string("keywords"));
  rule->m_evidence = RegexList::read(options, "evidence");
  rule->m_min_keywords = static_cast<std::size_t>(options.integer("min_keywords", 2, 1, 1000));
  rule->m_min_density = options.number("min_density", 0.4, 0.0, 1.0);
  try {
    rule->m_message =
        rules::MessageTemplate::parse(rule->info().message, {"keywords", "count", "reason"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void KeywordLineRule::check(const doc::Document& document, doc::TextRange unit,
                            rules::FindingSink& sink) const {
  const std::string_view line = document.slice(unit);
  std::vector<std::string_view> found;
  std::size_t keyword_chars = 0;
  const re2::StringPiece text(line.data(), line.size());
  std::size_t pos = 0;
  while (pos < line.size()) {
    re2::StringPiece hit;
    if (!m_keywords->Match(text, pos, line.size(), RE2::UNANCHORED, &hit, 1) || hit.empty()) {
      break;
    }
    found.emplace_back(hit.data(), hit.size());
    keyword_chars += count_code_points(found.back());
    pos = static_cast<std::size_t>(hit.data() - line.data()) + hit.size();
  }
  if (found.empty()) {
    return;
  }
  std::string reason;
  if (m_evidence.matches(line)) {
    reason = "a web address or contact on the line";
  } else {
    const std::size_t chars = count_code_points(line);
    const double density = chars == 0 ? 0.0 : static_cast<double>(keyword_chars) / chars;
    if (found.size() < m_min_keywords || density < m_min_density) {
      return;
    }
    reason = fmt::format("keywords are {}% of the line", static_cast<int>(density * 100 + 0.5));
  }
  std::vector<std::string_view> distinct;
  for (std::string_view word : found) {
    if (std::find(distinct.begin(), distinct.end(), word) == distinct.end()) {
      distinct.push_back(word);
    }
  }
  std::string keywords;
  for (std::string_view word : distinct) {
    keywords += keywords.empty() ? "" : "、";
    keywords += word;
  }
  const std::string count = std::to_string(found.size());
  auto lookup = [&](std::string_view name) -> std::string_view {
    if (name == "keywords") {
      return keywords;
    }
    return name == "count" ? std::string_view(count) : std::string_view(reason);
  };
  // The line without its indentation and trailing white space.
  std::size_t begin = 0;
  while (begin < line.size()) {
    std::size_t next = begin;
    if (!is_space(doc::next_code_point(line, next))) {
      break;
    }
    begin = next;
  }
  std::size_t end = line.size();
  while (end > begin) {
    std::size_t previous = end;
    if (!is_space(doc::previous_code_point(line, previous))) {
      break;
    }
    end = previous;
  }
  sink.add(info(), unit.begin + begin, end - begin, m_message.expand(lookup));
}

}  // namespace docqc::kinds
