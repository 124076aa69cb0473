#include "suppress/pipeline.h"

#include <fmt/format.h>

#include <filesystem>

#include "suppress/inline_directives.h"

namespace docqc::suppress {

void IgnoreLists::load_for(const std::string& document_path) {
  if (auto list = IgnoreList::load_for(document_path)) {
    m_lists.insert_or_assign(document_path, std::move(*list));
  }
}

IgnoreList* IgnoreLists::find(const std::string& document_path) {
  auto it = m_lists.find(document_path);
  return it == m_lists.end() ? nullptr : &it->second;
}

void IgnoreLists::report_unused(std::ostream& out) const {
  for (const auto& [path, list] : m_lists) {
    for (const auto& entry : list.entries()) {
      if (!entry.used) {
        out << fmt::format("{}:{}:1: note: this ignore entry matched nothing [{}]\n", list.file(),
                           entry.line, entry.rule);
      }
    }
  }
}

bool is_markdown(const std::string& path) {
  auto extension = std::filesystem::path(path).extension().string();
  return extension == ".md" || extension == ".markdown";
}

void filter_findings(const config::Config& config, IgnoreLists& ignore_lists,
                     const doc::Document& document, std::vector<Finding>& findings) {
  if (findings.empty()) {
    return;
  }
  config::FileSettings settings = config::settings_for(config, document.path());
  std::erase_if(findings,
                [&](const Finding& f) { return !config::enabled(settings, f.rule, f.category); });
  for (auto& f : findings) {
    f.severity = config::effective_severity(settings, f.rule, f.category, f.severity);
  }
  if (is_markdown(document.path())) {
    auto directives = InlineDirectives::parse(document.text(), document.lines());
    if (!directives.empty()) {
      std::erase_if(findings, [&](const Finding& f) {
        return directives.suppresses(f.rule, to_string(f.category),
                                     document.lines().line_of(f.offset));
      });
    }
  }
  if (IgnoreList* list = ignore_lists.find(document.path())) {
    std::erase_if(findings, [&](const Finding& f) {
      return list->ignores(f.rule, to_string(f.category),
                           document.line_text(document.lines().line_of(f.offset)));
    });
  }
}

}  // namespace docqc::suppress
