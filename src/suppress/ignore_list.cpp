#include "suppress/ignore_list.h"

#include <fstream>
#include <sstream>

#include "input/reader.h"
#include "rules/config_error.h"

namespace docqc::suppress {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

IgnoreList IgnoreList::parse(std::string_view content, const std::string& file) {
  IgnoreList list;
  list.m_file = file;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") {
    pos = 3;
  }
  while (pos <= content.size()) {
    std::size_t nl = content.find('\n', pos);
    std::string_view raw =
        content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line_no;
    std::string_view line = trim(raw);
    if (!line.empty() && line.front() != '#') {
      std::size_t colon = line.find(": ");
      if (colon == std::string_view::npos || colon == 0) {
        std::size_t column = static_cast<std::size_t>(line.data() - raw.data()) + 1;
        throw rules::ConfigError(file, line_no, column,
                                 "expected \"RULE: TEXT\" (a rule id, category or *, then the "
                                 "text of the line to ignore)");
      }
      const std::string_view rule = trim(line.substr(0, colon));
      if (rule.empty()) {
        std::size_t column = static_cast<std::size_t>(line.data() - raw.data()) + 1;
        throw rules::ConfigError(file, line_no, column,
                                 "the rule before ': ' is empty (a rule id, category or *)");
      }
      std::string_view text = trim(line.substr(colon + 2));
      if (text.empty()) {
        std::size_t column = static_cast<std::size_t>(line.data() - raw.data()) + colon + 3;
        throw rules::ConfigError(file, line_no, column, "the text to ignore is empty");
      }
      list.m_entries.push_back({std::string(rule), std::string(text), line_no, false});
    }
    if (nl == std::string_view::npos) {
      break;
    }
    pos = nl + 1;
  }
  return list;
}

std::optional<IgnoreList> IgnoreList::load_for(const std::filesystem::path& document_path) {
  std::filesystem::path sidecar = document_path;
  sidecar += std::string(k_ignore_suffix);
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(sidecar, ec))) {
    return std::nullopt;
  }
  std::string content;
  std::string error;
  input::ReadLimits limits;
  limits.max_bytes = input::k_max_config_size;
  if (!input::read_path(sidecar.string(), limits, content, error)) {
    throw rules::ConfigError(sidecar.string(), 0, 0, "cannot read the ignore list: " + error);
  }
  return parse(content, sidecar.string());
}

bool IgnoreList::ignores(std::string_view rule, std::string_view category,
                         std::string_view line_text) {
  for (auto& entry : m_entries) {
    if ((entry.rule == "*" || entry.rule == rule || entry.rule == category) &&
        line_text.find(entry.text) != std::string_view::npos) {
      entry.used = true;
      return true;
    }
  }
  return false;
}

}  // namespace docqc::suppress
