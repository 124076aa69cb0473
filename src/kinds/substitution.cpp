#include "kinds/substitution.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "doc/utf8.h"
#include "kinds/pattern.h"

namespace docqc::kinds {

std::unique_ptr<rules::Rule> SubstitutionRule::create(rules::RuleInfo info,
                                                      rules::OptionReader& options) {
  std::unique_ptr<SubstitutionRule> rule(new SubstitutionRule(std::move(info)));
  const bool is_regex = options.boolean("regex", false);
  rule->m_fix_safe = options.boolean("fix_safe", true);
  YAML::Node swap = options.node("swap");
  if (!swap || !swap.IsMap() || swap.size() == 0) {
    options.fail(swap ? swap : YAML::Node(), "expected a non-empty mapping 'wrong: right'", "swap");
  }
  for (const auto& pair : swap) {
    Entry entry;
    entry.wrong = options.scalar(pair.first, "swap");
    entry.right = options.scalar(pair.second, "swap");
    if (entry.wrong.empty()) {
      options.fail(pair.first, "an empty key matches everywhere", "swap");
    }
    if (is_regex) {
      entry.regex = compile_regex(options, "swap", entry.wrong);
      std::string error;
      if (!entry.regex->CheckRewriteString(entry.right, &error)) {
        options.fail(pair.second, fmt::format("invalid rewrite '{}': {}", entry.right, error),
                     "swap");
      }
    }
    rule->m_entries.push_back(std::move(entry));
  }
  if (!is_regex) {
    std::stable_sort(
        rule->m_entries.begin(), rule->m_entries.end(),
        [](const Entry& a, const Entry& b) { return a.wrong.size() > b.wrong.size(); });
  }
  std::string alternation;
  int group = 1;
  for (auto& entry : rule->m_entries) {
    alternation += alternation.empty() ? "(" : "|(";
    alternation += is_regex ? entry.wrong : RE2::QuoteMeta(entry.wrong);
    alternation += ")";
    entry.group = group;
    group += 1 + (entry.regex ? entry.regex->NumberOfCapturingGroups() : 0);
  }
  rule->m_alternation = compile_regex(options, "swap", alternation);
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, {"match", "replacement"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void SubstitutionRule::check(const doc::Document& document, doc::TextRange unit,
                             rules::FindingSink& sink) const {
  std::string_view text = document.slice(unit);
  std::vector<re2::StringPiece> groups(
      static_cast<std::size_t>(m_alternation->NumberOfCapturingGroups()) + 1);
  std::size_t pos = 0;
  while (pos < text.size() &&
         m_alternation->Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(),
                              static_cast<int>(groups.size()))) {
    std::string_view match(groups[0].data(), groups[0].size());
    std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
    if (match.empty()) {
      pos = begin + doc::utf8_sequence_length(static_cast<unsigned char>(text[begin]));
      continue;
    }
    for (const auto& entry : m_entries) {
      if (!groups[static_cast<std::size_t>(entry.group)].data()) {
        continue;
      }
      std::string replacement = entry.right;
      if (entry.regex) {
        replacement = std::string(match);
        RE2::Replace(&replacement, *entry.regex, entry.right);
      }
      auto lookup = [&](std::string_view name) -> std::string_view {
        return name == "match" ? match : std::string_view(replacement);
      };
      Finding& finding =
          sink.add(info(), unit.begin + begin, match.size(), m_message.expand(lookup));
      finding.fix = Fix{unit.begin + begin, match.size(), replacement, m_fix_safe};
      break;
    }
    pos = begin + match.size();
  }
}

}  // namespace docqc::kinds
