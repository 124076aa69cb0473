#include "kinds/duplicate.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <unordered_map>

#include "kinds/break_evidence.h"
#include "kinds/paragraph_prints.h"
#include "text/near_duplicate.h"

namespace docqc::kinds {

namespace {

rules::MessageTemplate parse_message(rules::OptionReader& options, const std::string& text,
                                     const std::vector<std::string>& names) {
  try {
    return rules::MessageTemplate::parse(text, names);
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
}

struct Variables {
  std::string line;
  std::string end_line;
  std::string chars;
  std::string similarity;
  std::string count;
  std::string file;

  std::string_view operator()(std::string_view name) const {
    if (name == "line") {
      return line;
    }
    if (name == "end_line") {
      return end_line;
    }
    if (name == "chars") {
      return chars;
    }
    if (name == "similarity") {
      return similarity;
    }
    if (name == "count") {
      return count;
    }
    return file;
  }
};

// [begin of paragraphs[first], begin of the paragraph after `last`) or the end of the text:
// deleting it removes the paragraphs and the blank lines after them.
Fix deletion(const doc::Document& document, std::size_t first, std::size_t last) {
  const auto& paragraphs = document.paragraphs();
  const std::size_t begin = paragraphs[first].range.begin;
  const std::size_t end =
      last + 1 < paragraphs.size() ? paragraphs[last + 1].range.begin : document.text().size();
  return Fix{begin, end - begin, "", false};
}

Related first_copy(const doc::Document& document, std::size_t first, std::size_t last,
                   std::string message) {
  const auto& paragraphs = document.paragraphs();
  const std::size_t begin = paragraphs[first].range.begin;
  return Related{{}, begin, paragraphs[last].range.end - begin, std::move(message)};
}

}  // namespace

DuplicateRule::DuplicateRule(rules::RuleInfo info) : Rule(std::move(info)) {}

std::unique_ptr<rules::Rule> DuplicateRule::create(rules::RuleInfo info,
                                                   rules::OptionReader& options) {
  if (info.scope != rules::Scope::document) {
    options.fail("scope", "a duplicate rule compares paragraphs: use `scope: document`");
  }
  const std::string detect = options.required_string("detect");
  std::unique_ptr<DuplicateRule> rule(detect == "cross-file"
                                          ? new CrossFileDuplicateRule(std::move(info))
                                          : new DuplicateRule(std::move(info)));
  if (detect == "paragraph") {
    rule->m_detect = Detect::paragraph;
  } else if (detect == "near") {
    rule->m_detect = Detect::near;
  } else if (detect == "resplit") {
    rule->m_detect = Detect::resplit;
  } else if (detect == "lines") {
    rule->m_detect = Detect::lines;
  } else if (detect == "cross-file") {
    rule->m_detect = Detect::cross_file;
  } else {
    options.fail("detect", fmt::format("unknown check `{}`: expected paragraph, near, resplit, "
                                       "lines or cross-file",
                                       detect));
  }
  rule->m_allow = RegexList::read(options, "allow");
  rule->m_min_chars = static_cast<std::size_t>(options.integer("min_chars", 20, 1, 1000000));
  if (rule->m_detect == Detect::paragraph || rule->m_detect == Detect::near) {
    rule->m_alone_chars = static_cast<std::size_t>(options.integer("alone_chars", 0, 0, 1000000));
    rule->m_unique = RegexList::read(options, "unique");
  }
  if (rule->m_detect == Detect::near) {
    rule->m_threshold = options.number("threshold", 0.8, 0.1, 1.0);
    rule->m_shingle = static_cast<int>(options.integer("shingle", 5, 1, 16));
  }
  if (rule->m_detect == Detect::lines) {
    rule->m_min_paragraphs =
        static_cast<std::size_t>(options.integer("min_paragraphs", 3, 2, 1000));
    rule->m_short_chars = static_cast<std::size_t>(options.integer("short_chars", 20, 1, 1000000));
  }
  rule->m_message = parse_message(options, rule->info().message,
                                  {"line", "end_line", "chars", "similarity", "count", "file"});
  if (rule->m_detect == Detect::cross_file) {
    static_cast<CrossFileDuplicateRule&>(*rule).read_file_options(options);
  }
  return rule;
}

bool DuplicateRule::allowed(const doc::Document& document, std::size_t paragraph) const {
  return m_allow.matches(document.slice(document.paragraphs()[paragraph].range));
}

bool DuplicateRule::line_of_block(const doc::Document& document, std::size_t paragraph) {
  const auto& paragraphs = document.paragraphs();
  const doc::Paragraph& p = paragraphs[paragraph];
  return (paragraph > 0 && paragraphs[paragraph - 1].last_line + 1 == p.first_line) ||
         (paragraph + 1 < paragraphs.size() &&
          p.last_line + 1 == paragraphs[paragraph + 1].first_line);
}

bool DuplicateRule::may_stand_alone(const doc::Document& document, std::size_t paragraph,
                                    std::size_t chars, bool newline_is_wrap) const {
  const std::string_view text = document.slice(document.paragraphs()[paragraph].range);
  if (m_unique.matches(text)) {
    return true;
  }
  return chars >= m_alone_chars && !(newline_is_wrap && line_of_block(document, paragraph));
}

void DuplicateRule::check(const doc::Document& document, doc::TextRange /*unit*/,
                          rules::FindingSink& sink) const {
  switch (m_detect) {
    case Detect::paragraph:
      check_exact(document, sink);
      break;
    case Detect::near:
      check_near(document, sink);
      break;
    case Detect::resplit:
      check_resplit(document, sink);
      break;
    case Detect::lines:
      check_lines(document, sink);
      break;
    case Detect::cross_file:
      break;  // CrossFileDuplicateRule::check
  }
}

void DuplicateRule::check_exact(const doc::Document& document, rules::FindingSink& sink) const {
  const ParagraphPrints& prints = ParagraphPrints::of(document, sink);
  const auto& paragraphs = document.paragraphs();
  const bool newline_is_wrap = line_break_style(document).newline_is_wrap;
  // copy_of[i]: the first copy of paragraph i when i is a later copy worth counting.
  constexpr std::size_t k_none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> copy_of(paragraphs.size(), k_none);
  std::unordered_map<std::uint64_t, std::size_t> first_seen;
  first_seen.reserve(paragraphs.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const ParagraphPrint& print = prints.paragraphs()[i];
    if (print.chars < m_min_chars) {
      continue;
    }
    auto [it, inserted] = first_seen.try_emplace(print.hash.key(), i);
    if (inserted || prints.normalized(it->second) != prints.normalized(i) || allowed(document, i)) {
      continue;
    }
    copy_of[i] = it->second;
  }
  // A later copy whose neighbour copies the first copy's neighbour belongs to a block pasted
  // again; one that stands alone must be worth it (may_stand_alone).
  auto in_run = [&](std::size_t i) {
    const std::size_t first = copy_of[i];
    return (i > 0 && first > 0 && copy_of[i - 1] == first - 1) ||
           (i + 1 < paragraphs.size() && copy_of[i + 1] != k_none && copy_of[i + 1] == first + 1);
  };
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (copy_of[i] == k_none ||
        !(in_run(i) ||
          may_stand_alone(document, i, prints.paragraphs()[i].chars, newline_is_wrap))) {
      continue;
    }
    const ParagraphPrint& print = prints.paragraphs()[i];
    const std::size_t first = copy_of[i];
    Variables variables;
    variables.line = std::to_string(paragraphs[first].first_line);
    variables.chars = std::to_string(print.chars);
    Finding& finding = sink.add(info(), paragraphs[i].range.begin, paragraphs[i].range.size(),
                                m_message.expand(variables));
    finding.related.push_back(first_copy(document, first, first, "first copy"));
    finding.fix = deletion(document, i, i);
  }
}

void DuplicateRule::check_near(const doc::Document& document, rules::FindingSink& sink) const {
  const ParagraphPrints& prints = ParagraphPrints::of(document, sink);
  const auto& paragraphs = document.paragraphs();
  text::NearDuplicateOptions options;
  options.threshold = m_threshold;
  options.shingle_width = m_shingle;
  text::NearDuplicateFinder finder(options);
  const bool newline_is_wrap = line_break_style(document).newline_is_wrap;
  std::vector<std::size_t> paragraph_of;  // finder item -> paragraph
  std::unordered_map<std::uint64_t, std::size_t> first_seen;
  first_seen.reserve(paragraphs.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const ParagraphPrint& print = prints.paragraphs()[i];
    if (print.chars < m_min_chars) {
      continue;
    }
    auto [it, inserted] = first_seen.try_emplace(print.hash.key(), i);
    if (!inserted && prints.normalized(it->second) == prints.normalized(i)) {
      continue;  // an exact copy: the `paragraph` check reports it
    }
    paragraph_of.push_back(i);
    const auto match = finder.add(prints.normalized(i));
    if (!match) {
      continue;
    }
    const std::size_t first = paragraph_of[match->id];
    if (allowed(document, i) || allowed(document, first) ||
        !may_stand_alone(document, i, print.chars, newline_is_wrap)) {
      continue;
    }
    Variables variables;
    variables.line = std::to_string(paragraphs[first].first_line);
    variables.chars = std::to_string(print.chars);
    variables.similarity = fmt::format("{:.2f}", match->similarity);
    Finding& finding = sink.add(info(), paragraphs[i].range.begin, paragraphs[i].range.size(),
                                m_message.expand(variables));
    finding.related.push_back(first_copy(
        document, first, first, fmt::format("similar paragraph ({:.2f})", match->similarity)));
  }
}

void DuplicateRule::check_resplit(const doc::Document& document, rules::FindingSink& sink) const {
  const ParagraphPrints& prints = ParagraphPrints::of(document, sink);
  const auto& paragraphs = document.paragraphs();
  const auto& print = prints.paragraphs();
  // Normalized text of paragraphs i and i + 1 joined, compared without building it.
  auto pair_equals = [&](std::size_t i, std::size_t single) {
    const std::string_view whole = prints.normalized(single);
    const std::string_view left = prints.normalized(i);
    const std::string_view right = prints.normalized(i + 1);
    return whole.size() == left.size() + right.size() && whole.substr(0, left.size()) == left &&
           whole.substr(left.size()) == right;
  };
  // Where newlines are line breaks (break_evidence.h), two lines of one block are one
  // paragraph wrapped, not one split: the halves of a split are apart.
  const bool newline_is_wrap = line_break_style(document).newline_is_wrap;
  auto split_pair = [&](std::size_t i) {
    return !newline_is_wrap || paragraphs[i].last_line + 1 < paragraphs[i + 1].first_line;
  };
  std::unordered_map<std::uint64_t, std::size_t> singles;  // key -> first paragraph
  std::unordered_map<std::uint64_t, std::size_t> pairs;    // key -> first i of (i, i + 1)
  singles.reserve(paragraphs.size());
  pairs.reserve(paragraphs.size());
  for (std::size_t j = 0; j < paragraphs.size(); ++j) {
    if (print[j].chars == 0) {
      continue;
    }
    // (a) paragraphs j - 1 and j joined repeat an earlier single paragraph.
    if (j > 0 && print[j - 1].chars > 0 && print[j - 1].chars + print[j].chars >= m_min_chars) {
      const std::uint64_t key = text::PolyHash::concat(print[j - 1].hash, print[j].hash).key();
      if (auto it = singles.find(key); it != singles.end() && it->second + 1 < j &&
                                       pair_equals(j - 1, it->second) && split_pair(j - 1) &&
                                       !allowed(document, j - 1) && !allowed(document, j)) {
        const std::size_t first = it->second;
        Variables variables;
        variables.line = std::to_string(paragraphs[first].first_line);
        variables.end_line = std::to_string(paragraphs[first].last_line);
        variables.chars = std::to_string(print[first].chars);
        const std::size_t begin = paragraphs[j - 1].range.begin;
        Finding& finding =
            sink.add(info(), begin, paragraphs[j].range.end - begin, m_message.expand(variables));
        finding.related.push_back(
            first_copy(document, first, first, "first copy, in one paragraph"));
        finding.fix = deletion(document, j - 1, j);
      } else if (!pairs.contains(key)) {
        pairs.emplace(key, j - 1);
      }
    }
    // (b) paragraph j repeats two earlier consecutive paragraphs joined.
    if (print[j].chars >= m_min_chars) {
      const std::uint64_t key = print[j].hash.key();
      if (auto it = pairs.find(key); it != pairs.end() && it->second + 1 < j &&
                                     pair_equals(it->second, j) && split_pair(it->second) &&
                                     !allowed(document, j)) {
        const std::size_t first = it->second;
        Variables variables;
        variables.line = std::to_string(paragraphs[first].first_line);
        variables.end_line = std::to_string(paragraphs[first + 1].last_line);
        variables.chars = std::to_string(print[j].chars);
        Finding& finding = sink.add(info(), paragraphs[j].range.begin, paragraphs[j].range.size(),
                                    m_message.expand(variables));
        finding.related.push_back(
            first_copy(document, first, first + 1, "first copy, split in two paragraphs"));
        finding.fix = deletion(document, j, j);
      }
      singles.try_emplace(key, j);
    }
  }
}

void DuplicateRule::check_lines(const doc::Document& document, rules::FindingSink& sink) const {
  const ParagraphPrints& prints = ParagraphPrints::of(document, sink);
  const auto& paragraphs = document.paragraphs();
  const auto& print = prints.paragraphs();
  const std::size_t count = paragraphs.size();
  const std::size_t window = m_min_paragraphs;
  if (count < 2 * window) {
    return;
  }
  auto same = [&](std::size_t a, std::size_t b) {
    return print[a].hash == print[b].hash && prints.normalized(a) == prints.normalized(b);
  };
  auto window_key = [&](std::size_t start) {
    std::uint64_t key = 0x6a09e667f3bcc909ULL;
    for (std::size_t k = start; k < start + window; ++k) {
      key = text::mix64(key ^ print[k].hash.key());
    }
    return key;
  };
  std::unordered_map<std::uint64_t, std::size_t> first_window;
  first_window.reserve(count);
  std::size_t j = 0;
  while (j + window <= count) {
    bool empty = false;
    for (std::size_t k = j; k < j + window; ++k) {
      empty = empty || print[k].chars == 0;
    }
    if (empty) {
      ++j;
      continue;
    }
    const std::uint64_t key = window_key(j);
    auto [it, inserted] = first_window.try_emplace(key, j);
    const std::size_t i = it->second;
    if (inserted || i + window > j) {
      ++j;
      continue;
    }
    std::size_t length = 0;
    while (j + length < count && i + length < j && same(i + length, j + length)) {
      ++length;
    }
    if (length < window) {
      ++j;
      continue;
    }
    std::size_t chars = 0;
    bool has_short = false;
    std::size_t counted = 0;  // lines that are not `allow`ed
    for (std::size_t k = j; k < j + length; ++k) {
      chars += print[k].chars;
      has_short = has_short || print[k].chars < m_short_chars;
      counted += allowed(document, k) ? 0 : 1;
    }
    if (chars >= m_min_chars && has_short && counted >= window) {
      Variables variables;
      variables.line = std::to_string(paragraphs[i].first_line);
      variables.end_line = std::to_string(paragraphs[i + length - 1].last_line);
      variables.chars = std::to_string(chars);
      variables.count = std::to_string(length);
      const std::size_t begin = paragraphs[j].range.begin;
      Finding& finding = sink.add(info(), begin, paragraphs[j + length - 1].range.end - begin,
                                  m_message.expand(variables));
      finding.related.push_back(first_copy(document, i, i + length - 1, "first copy"));
      finding.fix = deletion(document, j, j + length - 1);
    }
    j += length;
  }
}

}  // namespace docqc::kinds
