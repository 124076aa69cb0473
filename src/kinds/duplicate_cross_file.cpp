// CrossFileDuplicateRule (kinds/duplicate.h): the `detect: cross-file` check, apart from the
// checks that look at one document.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <numeric>
#include <optional>
#include <stdexcept>

#include "kinds/duplicate.h"
#include "kinds/file_copy.h"
#include "kinds/paragraph_prints.h"

namespace docqc::kinds {

void CrossFileDuplicateRule::read_file_options(rules::OptionReader& options) {
  m_file_share = options.number("file_share", 0.9, 0.5, 1.0);
  const std::string message =
      options.optional_string("file_message")
          .value_or(
              "this file duplicates {file} ({count} of its {total} paragraphs); expected "
              "one copy");
  try {
    m_file_message = rules::MessageTemplate::parse(message, {"file", "line", "count", "total"});
  } catch (const std::invalid_argument& error) {
    options.fail("file_message", error.what());
  }
}

void CrossFileDuplicateRule::check(const doc::Document& document, doc::TextRange /*unit*/,
                                   rules::FindingSink& sink) const {
  collect(document, sink);  // the engine's corpus pass reports (engine/corpus.h)
}

void CrossFileDuplicateRule::collect(const doc::Document& document,
                                     rules::FindingSink& sink) const {
  const ParagraphPrints& prints = ParagraphPrints::of(document, sink);
  const auto& paragraphs = document.paragraphs();
  std::vector<CorpusEntry> entries;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const ParagraphPrint& print = prints.paragraphs()[i];
    if (print.chars < m_min_chars || allowed(document, i)) {
      continue;
    }
    CorpusEntry entry;
    entry.key = print.hash.key();
    entry.check = std::hash<std::string_view>{}(prints.normalized(i));
    entry.offset = paragraphs[i].range.begin;
    entry.length = paragraphs[i].range.size();
    const doc::Position at = document.lines().position(entry.offset);
    entry.line = at.line;
    entry.column = at.column;
    entry.original_offset = document.source_map().to_original(entry.offset);
    entry.original_length =
        document.source_map().to_original(paragraphs[i].range.end) - entry.original_offset;
    entry.chars = print.chars;
    entries.push_back(entry);
  }
  std::lock_guard<std::mutex> lock(m_corpus_mutex);
  const auto path = static_cast<std::uint32_t>(m_corpus_paths.size());
  m_corpus_paths.push_back(document.path());
  for (CorpusEntry& entry : entries) {
    entry.path = path;
    m_corpus.push_back(entry);
  }
}

void CrossFileDuplicateRule::reset_corpus() const {
  std::lock_guard<std::mutex> lock(m_corpus_mutex);
  m_corpus_paths.clear();
  m_corpus.clear();
}

Related CrossFileDuplicateRule::first_copy_of(const CorpusEntry& first, std::string message) const {
  Related related;
  related.file = m_corpus_paths[first.path];
  related.offset = first.original_offset;
  related.length = first.original_length;
  related.line = first.line;
  related.column = first.column;
  related.message = std::move(message);
  return related;
}

Finding CrossFileDuplicateRule::paragraph_finding(const CorpusEntry& copy,
                                                  const CorpusEntry& first) const {
  const std::string& path = m_corpus_paths[first.path];
  const std::string line = std::to_string(first.line);
  const std::string chars = std::to_string(copy.chars);
  Finding finding;
  finding.rule = info().id;
  finding.category = info().category;
  finding.severity = info().severity;
  finding.message = m_message.expand([&](std::string_view name) -> std::string_view {
    return name == "file"    ? std::string_view(path)
           : name == "line"  ? std::string_view(line)
           : name == "chars" ? std::string_view(chars)
                             : std::string_view();
  });
  finding.offset = copy.offset;
  finding.length = copy.length;
  finding.related.push_back(first_copy_of(first, "first copy"));
  return finding;
}

// `copies`: (copy, first) indices into m_corpus, in the copy's paragraph order.
Finding CrossFileDuplicateRule::file_finding(
    const std::vector<std::pair<std::size_t, std::size_t>>& copies, std::size_t total) const {
  const CorpusEntry& copy = m_corpus[copies.front().first];
  const CorpusEntry& first = m_corpus[copies.front().second];
  const std::string& path = m_corpus_paths[first.path];
  const std::string line = std::to_string(first.line);
  const std::string count = std::to_string(copies.size());
  const std::string all = std::to_string(total);
  Finding finding;
  finding.rule = info().id;
  finding.category = info().category;
  finding.severity = info().severity;
  finding.message = m_file_message.expand([&](std::string_view name) -> std::string_view {
    return name == "file"    ? std::string_view(path)
           : name == "line"  ? std::string_view(line)
           : name == "count" ? std::string_view(count)
                             : std::string_view(all);
  });
  finding.offset = copy.offset;
  finding.length = copy.length;
  for (const auto& [copy_index, first_index] : copies) {
    finding.related.push_back(first_copy_of(
        m_corpus[first_index], fmt::format("first copy of line {}", m_corpus[copy_index].line)));
  }
  return finding;
}

std::map<std::string, std::vector<Finding>> CrossFileDuplicateRule::corpus_findings() const {
  std::lock_guard<std::mutex> lock(m_corpus_mutex);
  const auto& paths = m_corpus_paths;
  // Each file's counted paragraphs, numbered in its order (collect() adds them in order).
  std::vector<std::size_t> counts(paths.size(), 0);
  std::vector<std::size_t> ordinal(m_corpus.size());
  std::vector<std::vector<std::size_t>> entries_of(paths.size());
  for (std::size_t i = 0; i < m_corpus.size(); ++i) {
    ordinal[i] = counts[m_corpus[i].path]++;
    entries_of[m_corpus[i].path].push_back(i);
  }
  // Groups of equal paragraphs, each in path order then offset order.
  std::vector<std::size_t> order(m_corpus.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const CorpusEntry& a = m_corpus[x];
    const CorpusEntry& b = m_corpus[y];
    if (a.key != b.key) {
      return a.key < b.key;
    }
    if (a.check != b.check) {
      return a.check < b.check;
    }
    if (paths[a.path] != paths[b.path]) {
      return paths[a.path] < paths[b.path];
    }
    return a.offset < b.offset;
  });
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // [begin, end) in `order`
  std::vector<std::size_t> group_of(m_corpus.size());
  // copy's file -> (copy, first copy) pairs of indices into m_corpus
  std::map<std::uint32_t, std::vector<std::pair<std::size_t, std::size_t>>> copies_in;
  std::size_t begin = 0;
  while (begin < order.size()) {
    const CorpusEntry& first = m_corpus[order[begin]];
    std::size_t end = begin + 1;
    while (end < order.size() && m_corpus[order[end]].key == first.key &&
           m_corpus[order[end]].check == first.check) {
      ++end;
    }
    for (std::size_t k = begin; k < end; ++k) {
      group_of[order[k]] = groups.size();
      const CorpusEntry& copy = m_corpus[order[k]];
      if (k > begin && paths[copy.path] != paths[first.path]) {
        copies_in[copy.path].emplace_back(order[k], order[begin]);
      }  // within one file: the `paragraph` check's business
    }
    groups.emplace_back(begin, end);
    begin = end;
  }
  // The first (lowest offset) paragraph of `path` equal to entry `i`, if any.
  auto find_in = [&](std::size_t i, const std::string& path) -> std::optional<std::size_t> {
    const auto [from, to] = groups[group_of[i]];
    auto it = std::lower_bound(order.begin() + static_cast<std::ptrdiff_t>(from),
                               order.begin() + static_cast<std::ptrdiff_t>(to), path,
                               [&](std::size_t entry, const std::string& value) {
                                 return paths[m_corpus[entry].path] < value;
                               });
    if (it == order.begin() + static_cast<std::ptrdiff_t>(to) ||
        paths[m_corpus[*it].path] != path) {
      return std::nullopt;
    }
    return *it;
  };
  std::map<std::string, std::vector<Finding>> result;
  std::vector<bool> covered(m_corpus.size(), false);  // by a whole-file finding
  for (auto& [file, copies] : copies_in) {
    std::sort(copies.begin(), copies.end());  // indices follow the file's paragraph order
    auto& findings = result[paths[file]];
    // The earlier file this one is a copy of, if any: the one holding most first copies
    // (file_share >= 0.5: at most one can pass). Then every paragraph of this file that
    // the candidate holds counts, also those whose first copy is in a third file (a footer
    // that a whole site repeats).
    std::map<std::string, std::pair<std::size_t, std::uint32_t>> first_copies;
    for (const auto& [copy, first] : copies) {
      auto& slot = first_copies[paths[m_corpus[first].path]];
      ++slot.first;
      slot.second = m_corpus[first].path;
    }
    const auto candidate = std::max_element(
        first_copies.begin(), first_copies.end(),
        [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
    const std::string& source = candidate->first;
    std::vector<std::pair<std::size_t, std::size_t>> whole;  // (copy, its paragraph in source)
    std::vector<ParagraphMatch> matches;
    for (std::size_t i : entries_of[file]) {
      if (auto j = find_in(i, source); j && paths[file] != source) {
        whole.emplace_back(i, *j);
        matches.push_back({ordinal[i], ordinal[*j]});
      }
    }
    if (is_file_copy(matches, counts[file], counts[candidate->second.second], m_file_share)) {
      findings.push_back(file_finding(whole, counts[file]));
      for (const auto& pair : whole) {
        covered[pair.first] = true;
      }
    }
    for (const auto& [copy, first] : copies) {
      if (!covered[copy]) {
        findings.push_back(paragraph_finding(m_corpus[copy], m_corpus[first]));
      }
    }
  }
  for (auto& [path, findings] : result) {
    std::sort(findings.begin(), findings.end(),
              [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
  }
  return result;
}

}  // namespace docqc::kinds
