#include "kinds/question_mark_run.h"

#include <stdexcept>

#include "doc/utf8.h"
#include "text/char_class.h"

namespace docqc::kinds {

std::unique_ptr<rules::Rule> QuestionMarkRunRule::create(rules::RuleInfo info,
                                                         rules::OptionReader& options) {
  std::unique_ptr<QuestionMarkRunRule> rule(new QuestionMarkRunRule(std::move(info)));
  rule->m_min_run = static_cast<std::size_t>(options.integer("min_run", 4, 2, 100));
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, {"text", "count"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void QuestionMarkRunRule::check(const doc::Document& document, doc::TextRange unit,
                                rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const std::string_view all = document.text();
  const std::string_view scope = all.substr(0, unit.end);
  std::size_t pos = unit.begin;
  while ((pos = scope.find("??", pos)) != std::string_view::npos) {
    std::size_t end = pos;
    while (end < unit.end && all[end] == '?') {
      ++end;
    }
    std::size_t before = pos;
    std::size_t after = end;
    const bool han_before =
        pos > unit.begin && classes.is_han(doc::previous_code_point(all, before));
    const bool han_after = end < unit.end && classes.is_han(doc::next_code_point(all, after));
    const std::size_t count = end - pos;
    if ((han_before && han_after) || (count >= m_min_run && (han_before || han_after))) {
      const std::string count_text = std::to_string(count);
      const std::string_view original = all.substr(pos, count);
      auto lookup = [&](std::string_view name) -> std::string_view {
        return name == "text" ? original : std::string_view(count_text);
      };
      sink.add(info(), pos, count, m_message.expand(lookup));
    }
    pos = end;
  }
}

}  // namespace docqc::kinds
