#include "suppress/inline_directives.h"

#include <algorithm>
#include <limits>
#include <map>

namespace docqc::suppress {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string> split_ids(std::string_view s) {
  std::vector<std::string> ids;
  std::size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == ',' || s[pos] == '\t')) {
      ++pos;
    }
    std::size_t start = pos;
    while (pos < s.size() && s[pos] != ' ' && s[pos] != ',' && s[pos] != '\t') {
      ++pos;
    }
    if (pos > start) {
      ids.emplace_back(s.substr(start, pos - start));
    }
  }
  return ids;
}

constexpr std::size_t k_end_of_file = std::numeric_limits<std::size_t>::max();
const std::string k_all = "*";

}  // namespace

InlineDirectives InlineDirectives::parse(std::string_view text, const doc::LineIndex& lines) {
  InlineDirectives result;
  std::map<std::string, std::size_t> open;  // id (or "*") -> first line
  std::size_t pos = 0;
  while ((pos = text.find("<!--", pos)) != std::string_view::npos) {
    std::size_t close = text.find("-->", pos + 4);
    if (close == std::string_view::npos) {
      break;
    }
    std::string_view body = trim(text.substr(pos + 4, close - pos - 4));
    std::size_t line = lines.line_of(pos);
    pos = close + 3;
    if (body.substr(0, 6) != "docqc-") {
      continue;
    }
    std::size_t word_end = std::min(body.find_first_of(" \t\r\n"), body.size());
    std::string_view word = body.substr(0, word_end);
    auto ids = split_ids(body.substr(word_end));
    if (word == "docqc-disable-next-line" || word == "docqc-disable-line") {
      std::size_t target = word == "docqc-disable-line" ? line : lines.line_of(close) + 1;
      result.m_ranges.push_back({target, target, ids});
    } else if (word == "docqc-disable") {
      if (ids.empty()) {
        ids.push_back(k_all);
      }
      for (auto& id : ids) {
        open.emplace(id, line);  // a second disable of an open id changes nothing
      }
    } else if (word == "docqc-enable") {
      auto close_one = [&](std::map<std::string, std::size_t>::iterator it) {
        std::vector<std::string> range_ids;
        if (it->first != k_all) {
          range_ids.push_back(it->first);
        }
        result.m_ranges.push_back({it->second, line, std::move(range_ids)});
        return open.erase(it);
      };
      if (ids.empty()) {
        for (auto it = open.begin(); it != open.end();) {
          it = close_one(it);
        }
      } else {
        for (const auto& id : ids) {
          auto it = open.find(id);
          if (it != open.end()) {
            close_one(it);
          }
        }
      }
    } else {
      result.m_unknown.push_back({line, std::string(word)});
    }
  }
  for (const auto& [id, first] : open) {
    std::vector<std::string> range_ids;
    if (id != k_all) {
      range_ids.push_back(id);
    }
    result.m_ranges.push_back({first, k_end_of_file, std::move(range_ids)});
  }
  return result;
}

bool InlineDirectives::suppresses(std::string_view rule, std::string_view category,
                                  std::size_t line) const {
  for (const auto& range : m_ranges) {
    if (line < range.first_line || line > range.last_line) {
      continue;
    }
    if (range.ids.empty()) {
      return true;
    }
    for (const auto& id : range.ids) {
      if (id == rule || id == category) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace docqc::suppress
