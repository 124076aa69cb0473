#include "kinds/outline_markers.h"

#include <algorithm>
#include <memory>
#include <string>

#include "kinds/outline_line.h"

namespace docqc::kinds {

namespace outline {

namespace {

constexpr std::size_t k_set_window = 96;     // bytes of a candidate the level set reads
constexpr std::size_t k_follow_window = 48;  // bytes after a marker for not_followed_by

using text::NumeralSystem;

bool has_at(std::string_view s, std::size_t pos, std::string_view what) {
  return s.size() >= pos + what.size() && s.compare(pos, what.size(), what) == 0;
}

}  // namespace

MarkerMatcher::MarkerMatcher(const OutlineConfig& config, std::string_view text)
    : m_config(config), m_text(text), m_groups(static_cast<std::size_t>(config.max_groups)) {}

std::optional<Candidate> MarkerMatcher::match(std::size_t pos, std::size_t end, bool at_line_start,
                                              const PreferredSystem& preferred) {
  const RE2::Set* set = at_line_start ? m_config.line_start_set.get() : m_config.inline_set.get();
  if (!set) {
    return std::nullopt;
  }
  const std::string_view window = m_text.substr(pos, std::min(end - pos, k_set_window));
  m_matched.clear();
  if (!set->Match(window, &m_matched)) {
    return std::nullopt;
  }
  std::sort(m_matched.begin(), m_matched.end());
  const std::string_view rest = m_text.substr(pos, end - pos);
  const auto& refs = at_line_start ? m_config.line_start_markers : m_config.inline_markers;
  for (const int index : m_matched) {
    const OutlineConfig::MarkerRef& ref = refs[static_cast<std::size_t>(index)];
    const std::size_t level_index = ref.level;
    const OutlineLevel& level = m_config.levels[level_index];
    const int group = ref.num_group;
    if (!ref.regex->Match(rest, 0, rest.size(), RE2::ANCHOR_START, m_groups.data(), group + 1)) {
      continue;
    }
    const re2::StringPiece whole = m_groups[0];
    const re2::StringPiece num = m_groups[static_cast<std::size_t>(group)];
    if (num.data() == nullptr || num.empty() || whole.empty()) {
      continue;
    }
    Candidate c;
    c.level = level_index;
    c.begin = pos;
    c.end = trim_end(m_text, pos, pos + whole.size());
    c.num_begin = static_cast<std::size_t>(num.data() - m_text.data());
    c.num_end = c.num_begin + num.size();
    if (level.not_followed_by) {
      const std::size_t follow_end = std::min(end, c.end + k_follow_window);
      const std::string_view follow = m_text.substr(c.end, follow_end - c.end);
      if (level.not_followed_by->Match(follow, 0, follow.size(), RE2::ANCHOR_START, nullptr, 0)) {
        continue;
      }
    }
    if (!parse_value(level, level_index, std::string_view(num.data(), num.size()), preferred, c)) {
      continue;
    }
    return c;
  }
  return std::nullopt;
}

bool MarkerMatcher::parse_value(const OutlineLevel& level, std::size_t level_index,
                                std::string_view num, const PreferredSystem& preferred,
                                Candidate& out) const {
  if (level.decimal) {
    std::size_t depth = 0;
    std::size_t start = 0;
    std::size_t last_start = 0;
    long last = 0;
    for (std::size_t i = 0; i <= num.size(); ++i) {
      std::size_t sep = 0;
      if (i == num.size()) {
        sep = 1;
      } else if (num[i] == '.') {
        sep = 1;
      } else if (has_at(num, i, "．")) {
        sep = 3;
      }
      if (sep == 0) {
        continue;
      }
      const std::string_view part = num.substr(start, i - start);
      auto value = text::parse_numeral(part, NumeralSystem::arabic);
      if (!value) {
        value = text::parse_numeral(part, NumeralSystem::arabic_fullwidth);
      }
      if (!value || ++depth >= k_max_depth) {
        return false;
      }
      last = *value;
      last_start = start;
      start = i + sep;
      i += sep - 1;
    }
    if (depth < 2) {
      return false;
    }
    out.depth = depth;
    out.value = last;
    out.system = NumeralSystem::arabic;
    out.prefix_end = out.num_begin + last_start;
    return true;
  }
  // Prefer the system the level's current sequence uses ("i" after "h" is a letter).
  if (const std::optional<NumeralSystem> system = preferred(level_index)) {
    if (std::find(level.numerals.begin(), level.numerals.end(), *system) != level.numerals.end()) {
      if (auto value = text::parse_numeral(num, *system)) {
        out.value = *value;
        out.system = *system;
        return true;
      }
    }
  }
  for (const NumeralSystem system : level.numerals) {
    if (auto value = text::parse_numeral(num, system)) {
      out.value = *value;
      out.system = system;
      return true;
    }
  }
  return false;
}

}  // namespace outline

std::string OutlineConfig::prepare() {
  resets.assign(levels.size(), {});
  line_start_markers.clear();
  inline_markers.clear();
  max_groups = 1;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  line_start_set = std::make_unique<RE2::Set>(options, RE2::ANCHOR_START);
  inline_set = std::make_unique<RE2::Set>(options, RE2::ANCHOR_START);
  std::string error;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const OutlineLevel& level = levels[i];
    if (level.markers.empty()) {
      return "level " + level.name + ": no marker";
    }
    if (!level.decimal && level.numerals.empty()) {
      return "level " + level.name + ": no numeral system";
    }
    for (const std::size_t parent : level.parents) {
      if (parent >= levels.size() || parent == i) {
        return "level " + level.name + ": invalid parent";
      }
    }
    for (const auto& marker : level.markers) {
      if (!marker || !marker->ok()) {
        return "level " + level.name + ": invalid marker regex";
      }
      const auto& groups = marker->NamedCapturingGroups();
      const auto it = groups.find("num");
      if (it == groups.end()) {
        return "level " + level.name + ": a marker needs a group (?P<num>...)";
      }
      const MarkerRef ref{i, marker.get(), it->second};
      max_groups = std::max(max_groups, it->second + 1);
      if (line_start_set->Add(marker->pattern(), &error) < 0) {
        return "level " + level.name + ": " + error;
      }
      line_start_markers.push_back(ref);
      if (level.inline_allowed) {
        if (inline_set->Add(marker->pattern(), &error) < 0) {
          return "level " + level.name + ": " + error;
        }
        inline_markers.push_back(ref);
      }
    }
  }
  // Descendants: the transitive closure of `parents`, refusing cycles.
  for (std::size_t i = 0; i < levels.size(); ++i) {
    std::vector<std::size_t> stack = {i};
    std::vector<bool> seen(levels.size(), false);
    while (!stack.empty()) {
      const std::size_t current = stack.back();
      stack.pop_back();
      for (std::size_t child = 0; child < levels.size(); ++child) {
        const auto& parents = levels[child].parents;
        if (std::find(parents.begin(), parents.end(), current) == parents.end() || seen[child]) {
          continue;
        }
        if (child == i) {
          return "level " + levels[i].name + ": its parents form a cycle";
        }
        seen[child] = true;
        resets[i].push_back(child);
        stack.push_back(child);
      }
    }
    std::sort(resets[i].begin(), resets[i].end());
  }
  if (!line_start_set->Compile()) {
    return "the marker regexes need too much memory";
  }
  if (inline_markers.empty()) {
    inline_set.reset();
  } else if (!inline_set->Compile()) {
    return "the marker regexes need too much memory";
  }
  break_set.reset();
  if (!document_breaks.empty() || toc_title) {
    break_set = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
    for (const auto& regex : document_breaks) {
      if (break_set->Add(regex->pattern(), &error) < 0) {
        return "document break: " + error;
      }
    }
    if (toc_title && break_set->Add(toc_title->pattern(), &error) < 0) {
      return "toc title: " + error;
    }
    if (!break_set->Compile()) {
      return "the document break regexes need too much memory";
    }
  }
  return {};
}

}  // namespace docqc::kinds
