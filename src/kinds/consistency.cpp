#include "kinds/consistency.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "doc/utf8.h"
#include "kinds/pattern.h"

namespace docqc::kinds {

namespace {

// `pattern` with every group name prefixed by `prefix`: the alternation of all styles may not
// repeat a name.
std::string prefix_group_names(const std::string& pattern, const std::string& prefix) {
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    if (pattern[pos] == '\\' && pos + 1 < pattern.size()) {
      out.append(pattern, pos, 2);
      pos += 2;
      continue;
    }
    if (pattern.compare(pos, 4, "(?P<") == 0) {
      out += "(?P<" + prefix;
      pos += 4;
      continue;
    }
    out += pattern[pos++];
  }
  return out;
}

std::string_view lookup_in(
    const std::vector<std::pair<std::string_view, std::string_view>>& captures,
    std::string_view name) {
  for (const auto& [key, value] : captures) {
    if (key == name) {
      return value;
    }
  }
  return {};
}

}  // namespace

std::unique_ptr<rules::Rule> ConsistencyRule::create(rules::RuleInfo info,
                                                     rules::OptionReader& options) {
  std::unique_ptr<ConsistencyRule> rule(new ConsistencyRule(std::move(info)));
  YAML::Node list = options.node("styles");
  if (!list || !list.IsSequence() || list.size() < 2) {
    options.fail(list ? list : YAML::Node(), "expected a list of at least two styles", "styles");
  }
  std::vector<std::string> replacements;
  std::vector<YAML::Node> replacement_nodes;
  std::string alternation;
  std::optional<std::set<std::string>> common_names;
  for (const auto& item : list) {
    rules::OptionReader style_options(item, options.file());
    Style style;
    style.name = style_options.required_string("name");
    for (const auto& existing : rule->m_styles) {
      if (existing.name == style.name) {
        style_options.fail("name", fmt::format("style '{}' is listed twice", style.name));
      }
    }
    std::vector<std::string> patterns = style_options.string_list("pattern");
    if (patterns.empty()) {
      style_options.fail(item, "a style needs a 'pattern' (a regex or a list of them)", "pattern");
    }
    for (const std::string& pattern : patterns) {
      auto regex = compile_regex(style_options, "pattern", pattern);
      std::set<std::string> names = {"match", "target"};
      for (const auto& [name, index] : regex->NamedCapturingGroups()) {
        names.insert(name);
      }
      if (!common_names) {
        common_names = names;
      } else {
        std::set<std::string> both;
        std::set_intersection(common_names->begin(), common_names->end(), names.begin(),
                              names.end(), std::inserter(both, both.begin()));
        common_names = std::move(both);
      }
      const std::string prefix = fmt::format("a{}_", rule->m_alternatives.size());
      alternation += fmt::format("{}(?P<a{}>{})", alternation.empty() ? "" : "|",
                                 rule->m_alternatives.size(), prefix_group_names(pattern, prefix));
      rule->m_alternatives.push_back({rule->m_styles.size(), 0, {}});
    }
    if (auto not_after = style_options.optional_string("not_after")) {
      style.not_after = compile_regex(style_options, "not_after", "(?:" + *not_after + ")$");
    }
    if (auto not_before = style_options.optional_string("not_before")) {
      style.not_before = compile_regex(style_options, "not_before", "^(?:" + *not_before + ")");
    }
    replacements.push_back(style_options.required_string("replacement"));
    replacement_nodes.push_back(item["replacement"]);
    style_options.finish("in a style (known: name, pattern, replacement, not_after, not_before)");
    rule->m_styles.push_back(std::move(style));
  }
  // Every style's replacement may only use names that every pattern captures.
  const std::vector<std::string> names(common_names->begin(), common_names->end());
  for (std::size_t i = 0; i < rule->m_styles.size(); ++i) {
    try {
      rule->m_styles[i].replacement = rules::MessageTemplate::parse(replacements[i], names);
    } catch (const std::invalid_argument& error) {
      options.fail(replacement_nodes[i],
                   fmt::format("{} (a replacement may use the groups every style's pattern "
                               "captures)",
                               error.what()),
                   "styles");
    }
  }
  rule->m_locator = compile_regex(options, "styles", alternation);
  // Where each alternative's groups ended up in the alternation.
  for (const auto& [name, index] : rule->m_locator->NamedCapturingGroups()) {
    const std::size_t underscore = name.find('_');
    const std::size_t k = std::stoul(name.substr(1, underscore));
    if (underscore == std::string::npos) {
      rule->m_alternatives[k].group = index;
    } else {
      rule->m_alternatives[k].names.emplace_back(name.substr(underscore + 1), index);
    }
  }
  rule->m_reported.assign(rule->m_styles.size(), !options.has("report"));
  if (options.has("report")) {
    for (const std::string& name : options.string_list("report")) {
      bool found = false;
      for (std::size_t i = 0; i < rule->m_styles.size(); ++i) {
        if (rule->m_styles[i].name == name) {
          rule->m_reported[i] = true;
          found = true;
        }
      }
      if (!found) {
        options.fail("report", fmt::format("'{}' is not one of the styles", name));
      }
    }
  }
  rule->m_safe_count = static_cast<std::size_t>(options.integer("safe_count", 10, 0, 1000000));
  rule->m_safe_share = options.number("safe_share", 0.9, 0.5, 1.0);
  const std::vector<std::string> variables = {"text",     "fixed", "style",
                                              "expected", "count", "expected_count"};
  if (auto prefer = options.optional_string("prefer")) {
    for (std::size_t i = 0; i < rule->m_styles.size(); ++i) {
      if (rule->m_styles[i].name == *prefer) {
        rule->m_prefer = i;
      }
    }
    if (!rule->m_prefer) {
      options.fail("prefer", fmt::format("'{}' is not one of the styles", *prefer));
    }
    try {
      rule->m_document_message =
          rules::MessageTemplate::parse(options.required_string("document_message"), variables);
    } catch (const std::invalid_argument& error) {
      options.fail("document_message", error.what());
    }
  }
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, variables);
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void ConsistencyRule::collect(std::string_view text, std::size_t base,
                              std::vector<Occurrence>& out) const {
  // One unanchored search finds the next occurrence of any style; the alternative whose
  // group took part says which style it is and where its own groups are.
  std::vector<re2::StringPiece> groups(
      static_cast<std::size_t>(m_locator->NumberOfCapturingGroups()) + 1);
  std::size_t pos = 0;
  while (pos <= text.size() && m_locator->Match(text, pos, text.size(), RE2::UNANCHORED,
                                                groups.data(), static_cast<int>(groups.size()))) {
    const std::string_view match(groups[0].data(), groups[0].size());
    const auto match_begin = static_cast<std::size_t>(match.data() - text.data());
    std::size_t next = match_begin + match.size();
    const Alternative* alternative = nullptr;
    for (const Alternative& candidate : m_alternatives) {
      if (groups[static_cast<std::size_t>(candidate.group)].data() != nullptr) {
        alternative = &candidate;
        break;
      }
    }
    const Style* style = alternative ? &m_styles[alternative->style] : nullptr;
    const bool dropped =
        !style ||
        (style->not_after && RE2::PartialMatch(text.substr(0, match_begin), *style->not_after)) ||
        (style->not_before && RE2::PartialMatch(text.substr(next), *style->not_before));
    if (dropped) {
      // A match may still start inside this one.
      next = match_begin +
             (match_begin < text.size()
                  ? doc::utf8_sequence_length(static_cast<unsigned char>(text[match_begin]))
                  : 1);
    } else {
      Occurrence occurrence{alternative->style, 0, 0, {}};
      occurrence.captures.reserve(alternative->names.size() + 2);
      std::string_view target = match;
      bool has_target = false;
      for (const auto& [name, index] : alternative->names) {
        const auto& group = groups[static_cast<std::size_t>(index)];
        const std::string_view value =
            group.data() ? std::string_view(group.data(), group.size()) : std::string_view();
        if (name == "target" && group.data()) {
          target = value;
          has_target = true;
        }
        occurrence.captures.emplace_back(name, value);
      }
      occurrence.captures.emplace_back("match", match);
      if (!has_target) {
        occurrence.captures.emplace_back("target", match);
      }
      const auto target_begin = static_cast<std::size_t>(target.data() - text.data());
      occurrence.begin = base + target_begin;
      occurrence.end = occurrence.begin + target.size();
      out.push_back(std::move(occurrence));
      // Resume after the target, so that adjacent occurrences can share context.
      if (has_target) {
        next = target_begin + target.size();
      }
    }
    if (next <= pos) {
      if (pos >= text.size()) {
        break;
      }
      next = pos + doc::utf8_sequence_length(static_cast<unsigned char>(text[pos]));
    }
    pos = next;
  }
}

std::string ConsistencyRule::rewrite(const Occurrence& occurrence, std::size_t style) const {
  return m_styles[style].replacement.expand(
      [&](std::string_view name) { return lookup_in(occurrence.captures, name); });
}

void ConsistencyRule::check(const doc::Document& document, doc::TextRange unit,
                            rules::FindingSink& sink) const {
  std::vector<Occurrence> occurrences;
  collect(document.slice(unit), unit.begin, occurrences);
  if (occurrences.empty()) {
    return;
  }
  std::vector<std::size_t> counts(m_styles.size(), 0);
  for (const auto& occurrence : occurrences) {
    ++counts[occurrence.style];
  }
  const auto most =
      static_cast<std::size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  const bool tie = std::count(counts.begin(), counts.end(), counts[most]) > 1;
  const std::string_view all = document.text();

  auto expand = [&](const rules::MessageTemplate& message, const Occurrence& occurrence,
                    std::size_t expected, const std::string& fixed) {
    const std::string count = std::to_string(counts[occurrence.style]);
    const std::string expected_count = std::to_string(counts[expected]);
    return message.expand([&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return all.substr(occurrence.begin, occurrence.end - occurrence.begin);
      }
      if (name == "fixed") {
        return fixed;
      }
      if (name == "style") {
        return m_styles[occurrence.style].name;
      }
      if (name == "expected") {
        return m_styles[expected].name;
      }
      return name == "count" ? std::string_view(count) : std::string_view(expected_count);
    });
  };

  if (m_prefer && counts[most] > counts[*m_prefer]) {
    // The document consistently uses a style the pack disfavours: one finding, one fix.
    const std::size_t prefer = *m_prefer;
    const Occurrence* first = nullptr;
    Finding* finding = nullptr;
    for (const auto& occurrence : occurrences) {
      if (occurrence.style == prefer) {
        continue;
      }
      // A preference of the pack, not of the document: never safe.
      Fix edit{occurrence.begin, occurrence.end - occurrence.begin, rewrite(occurrence, prefer),
               false};
      if (!first) {
        first = &occurrence;
        finding = &sink.add(info(), occurrence.begin, occurrence.end - occurrence.begin, "");
        finding->severity = Severity::info;
        finding->message = expand(m_document_message, occurrence, prefer, edit.replacement);
        finding->fix = std::move(edit);
      } else {
        finding->extra_edits.push_back(std::move(edit));
      }
    }
    return;
  }
  std::size_t expected = most;
  if (m_prefer) {
    expected = *m_prefer;
  } else if (tie) {
    return;
  }
  // The fix is safe only when the document is unambiguous: the expected style has at least
  // `safe_count` occurrences and `safe_share` of them all.
  const bool safe = counts[expected] >= m_safe_count &&
                    static_cast<double>(counts[expected]) >=
                        m_safe_share * static_cast<double>(occurrences.size());
  for (const auto& occurrence : occurrences) {
    if (occurrence.style == expected || !m_reported[occurrence.style]) {
      continue;
    }
    const std::string fixed = rewrite(occurrence, expected);
    Finding& finding = sink.add(info(), occurrence.begin, occurrence.end - occurrence.begin,
                                expand(m_message, occurrence, expected, fixed));
    finding.fix = Fix{occurrence.begin, occurrence.end - occurrence.begin, fixed, safe};
  }
}

}  // namespace docqc::kinds
