#include "kinds/page_furniture.h"

#include <fmt/format.h>

#include <stdexcept>

#include "kinds/page_layout.h"

namespace docqc::kinds {

namespace {

std::string_view role_name(FurnitureRole role) {
  switch (role) {
    case FurnitureRole::header:
      return "running header";
    case FurnitureRole::footer:
      return "running footer";
    case FurnitureRole::page_number:
      break;
  }
  return "page number";
}

std::string_view trimmed(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r'; };
  while (!s.empty() && space(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && space(s.back())) {
    s.remove_suffix(1);
  }
  // U+3000 IDEOGRAPHIC SPACE
  while (s.size() >= 3 && s.substr(0, 3) == "\xE3\x80\x80") {
    s.remove_prefix(3);
  }
  while (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") {
    s.remove_suffix(3);
  }
  return s;
}

}  // namespace

std::unique_ptr<rules::Rule> PageFurnitureRule::create(rules::RuleInfo info,
                                                       rules::OptionReader& options) {
  std::unique_ptr<PageFurnitureRule> rule(new PageFurnitureRule(std::move(info)));
  rule->m_max_findings = static_cast<std::size_t>(options.integer("max_findings", 10, 0, 1000000));
  rule->m_fix_safe = options.boolean("fix_safe", false);
  const std::string document_message = options.optional_string("document_message")
                                           .value_or(
                                               "{count} page furniture lines on {pages} "
                                               "pages; the fix removes them all");
  try {
    rule->m_message =
        rules::MessageTemplate::parse(rule->info().message, {"text", "role", "pages"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  try {
    rule->m_document_message = rules::MessageTemplate::parse(document_message, {"count", "pages"});
  } catch (const std::invalid_argument& error) {
    options.fail("document_message", error.what());
  }
  return rule;
}

void PageFurnitureRule::check(const doc::Document& document, doc::TextRange /*unit*/,
                              rules::FindingSink& sink) const {
  const PageLayout& layout = PageLayout::of(document, sink);
  const auto& furniture = layout.furniture();
  if (furniture.empty()) {
    return;
  }
  if (furniture.size() > m_max_findings) {
    const std::string count = std::to_string(furniture.size());
    const std::string pages = std::to_string(layout.page_starts().size());
    const std::string message = m_document_message.expand(
        [&](std::string_view name) -> std::string_view { return name == "count" ? count : pages; });
    const FurnitureLine& first = furniture.front();
    Finding& finding = sink.add(info(), first.range.begin, first.range.size(), message);
    finding.fix = Fix{first.deletion.begin, first.deletion.size(), "", m_fix_safe};
    for (std::size_t k = 1; k < furniture.size(); ++k) {
      const FurnitureLine& f = furniture[k];
      finding.extra_edits.push_back(Fix{f.deletion.begin, f.deletion.size(), "", m_fix_safe});
      finding.related.push_back(
          Related{"", f.range.begin, f.range.size(), std::string(role_name(f.role)), 0, 0});
    }
    return;
  }
  for (const FurnitureLine& f : furniture) {
    const std::string_view text = trimmed(document.slice(f.range));
    const std::string pages = std::to_string(f.repeats);
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return text;
      }
      if (name == "role") {
        return role_name(f.role);
      }
      return pages;
    };
    Finding& finding = sink.add(info(), f.range.begin, f.range.size(), m_message.expand(lookup));
    finding.fix = Fix{f.deletion.begin, f.deletion.size(), "", m_fix_safe};
  }
}

}  // namespace docqc::kinds
