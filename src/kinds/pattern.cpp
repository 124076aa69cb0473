#include "kinds/pattern.h"

#include <fmt/format.h>

#include <stdexcept>

#include "doc/utf8.h"

namespace docqc::kinds {

RE2::Options regex_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

std::unique_ptr<RE2> compile_regex(rules::OptionReader& options, const std::string& key,
                                   const std::string& pattern) {
  auto regex = std::make_unique<RE2>(pattern, regex_options());
  if (!regex->ok()) {
    options.fail(key, fmt::format("invalid regex: {}", regex->error()));
  }
  return regex;
}

namespace {

rules::MessageTemplate parse_template(rules::OptionReader& options, const std::string& key,
                                      const std::string& text, const RE2& regex) {
  std::vector<std::string> names = {"match", "target"};
  for (int i = 1; i <= std::min(regex.NumberOfCapturingGroups(), 9); ++i) {
    names.push_back(std::to_string(i));
  }
  for (const auto& [name, index] : regex.NamedCapturingGroups()) {
    names.push_back(name);
  }
  try {
    return rules::MessageTemplate::parse(text, names);
  } catch (const std::invalid_argument& error) {
    options.fail(key, error.what());
  }
}

}  // namespace

PatternRule::PatternRule(rules::RuleInfo info, std::unique_ptr<RE2> regex)
    : Rule(std::move(info)), m_regex(std::move(regex)) {}

std::unique_ptr<rules::Rule> PatternRule::create(rules::RuleInfo info,
                                                 rules::OptionReader& options) {
  std::string pattern = options.required_string("pattern");
  auto regex = compile_regex(options, "pattern", pattern);
  std::unique_ptr<PatternRule> rule(new PatternRule(std::move(info), std::move(regex)));
  const auto& groups = rule->m_regex->NamedCapturingGroups();
  if (auto it = groups.find("target"); it != groups.end()) {
    rule->m_target_group = it->second;
  }
  rule->m_message = parse_template(options, "message", rule->info().message, *rule->m_regex);
  if (auto fix = options.optional_string("fix")) {
    rule->m_fix = parse_template(options, "fix", *fix, *rule->m_regex);
    rule->m_has_fix = true;
  }
  rule->m_fix_safe = options.boolean("fix_safe", true);
  if (auto not_after = options.optional_string("not_after")) {
    rule->m_not_after = compile_regex(options, "not_after", "(?:" + *not_after + ")$");
  }
  if (auto skip_unit = options.optional_string("skip_unit")) {
    rule->m_skip_unit = compile_regex(options, "skip_unit", *skip_unit);
  }
  if (auto not_before = options.optional_string("not_before")) {
    rule->m_not_before = compile_regex(options, "not_before", "^(?:" + *not_before + ")");
  }
  return rule;
}

bool PatternRule::is_excepted(std::string_view text, std::size_t begin, std::size_t end) const {
  return (m_not_after && RE2::PartialMatch(text.substr(0, begin), *m_not_after)) ||
         (m_not_before && RE2::PartialMatch(text.substr(end), *m_not_before));
}

void PatternRule::check(const doc::Document& document, doc::TextRange unit,
                        rules::FindingSink& sink) const {
  std::string_view text = document.slice(unit);
  if (m_skip_unit && RE2::PartialMatch(text, *m_skip_unit)) {
    return;
  }
  const int group_count = m_regex->NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(group_count) + 1);
  std::size_t pos = 0;
  while (pos <= text.size() && m_regex->Match(text, pos, text.size(), RE2::UNANCHORED,
                                              groups.data(), static_cast<int>(groups.size()))) {
    std::string_view match(groups[0].data(), groups[0].size());
    std::string_view target = match;
    if (m_target_group > 0 && groups[static_cast<std::size_t>(m_target_group)].data()) {
      target = std::string_view(groups[static_cast<std::size_t>(m_target_group)].data(),
                                groups[static_cast<std::size_t>(m_target_group)].size());
    }
    std::size_t target_begin = static_cast<std::size_t>(target.data() - text.data());
    std::size_t match_end = static_cast<std::size_t>(match.data() - text.data()) + match.size();
    std::size_t next = m_target_group > 0 ? target_begin + target.size() : match_end;
    if (!match.empty() && !is_excepted(text, target_begin, target_begin + target.size())) {
      auto lookup = [&](std::string_view name) -> std::string_view {
        if (name == "match") {
          return match;
        }
        if (name == "target") {
          return target;
        }
        int index = 0;
        if (auto it = m_regex->NamedCapturingGroups().find(std::string(name));
            it != m_regex->NamedCapturingGroups().end()) {
          index = it->second;
        } else {
          index = name[0] - '0';
        }
        const auto& group = groups[static_cast<std::size_t>(index)];
        return group.data() ? std::string_view(group.data(), group.size()) : std::string_view();
      };
      Finding& finding =
          sink.add(info(), unit.begin + target_begin, target.size(), m_message.expand(lookup));
      if (m_has_fix) {
        finding.fix =
            Fix{unit.begin + target_begin, target.size(), m_fix.expand(lookup), m_fix_safe};
      }
    }
    if (next <= pos) {
      // An empty match (or an empty target): step over one code point.
      if (pos >= text.size()) {
        break;
      }
      next = pos + doc::utf8_sequence_length(static_cast<unsigned char>(text[pos]));
    }
    pos = next;
  }
}

}  // namespace docqc::kinds
