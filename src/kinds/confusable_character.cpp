#include "kinds/confusable_character.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <vector>

#include "doc/utf8.h"
#include "rules/embedded_files.h"
#include "text/char_class.h"
#include "text/han_tables.h"

namespace docqc::kinds {

namespace {

using text::ConfusionTable;

std::string_view embedded(const char* path) {
  auto content = rules::embedded_file(path);
  if (!content) {
    throw std::runtime_error(std::string(path) + " is not embedded in this build");
  }
  return *content;
}

// The character surprisal of han-frequency.txt counts every occurrence, inside words too;
// as the cost of a one-character word it errs on the cheap side, which keeps the rule quiet.
// 7 tenths: jieba's character occurrences outnumber its word occurrences by 2^0.7.
constexpr unsigned k_surprisal_offset = 7;

// A paragraph needs this many characters with look-alikes before `max_unworded` applies to
// it; a document, this many (its lines may be short: verse, sayings).
constexpr std::size_t k_min_confusable_for_gate = 8;
constexpr std::size_t k_min_confusable_for_document_gate = 30;

struct Scorer {
  const ConfusionTable& table;
  const text::HanTables& han;

  unsigned single(char32_t c) const {
    const std::uint16_t own = table.cost(&c, 1);
    return own != ConfusionTable::k_absent ? own : han.surprisal(c) + k_surprisal_offset;
  }

  // The cost of the cheapest segmentation of chars[0, n).
  unsigned segment(const char32_t* chars, std::size_t n) const {
    unsigned best[2 * 8 + 2];
    best[0] = 0;
    for (std::size_t k = 1; k <= n; ++k) {
      unsigned cost = best[k - 1] + single(chars[k - 1]);
      for (std::size_t len = 2; len <= ConfusionTable::k_max_word && len <= k; ++len) {
        const std::uint16_t word = table.cost(chars + k - len, len);
        if (word != ConfusionTable::k_absent) {
          cost = std::min(cost, best[k - len] + word);
        }
      }
      best[k] = cost;
    }
    return best[n];
  }

  // True when some word of 2..4 characters of the table covers chars[i].
  bool in_word(const char32_t* chars, std::size_t n, std::size_t i,
               std::uint16_t max_cost = ConfusionTable::k_absent - 1,
               std::size_t* found_begin = nullptr, std::size_t* found_len = nullptr) const {
    std::uint16_t best = ConfusionTable::k_absent;
    for (std::size_t len = 2; len <= ConfusionTable::k_max_word && len <= n; ++len) {
      const std::size_t first = i + 1 >= len ? i + 1 - len : 0;
      for (std::size_t begin = first; begin <= i && begin + len <= n; ++begin) {
        const std::uint16_t cost = table.cost(chars + begin, len);
        if (cost <= max_cost && cost < best) {
          best = cost;
          if (found_begin == nullptr) {
            return true;
          }
          *found_begin = begin;
          *found_len = len;
        }
      }
    }
    return best != ConfusionTable::k_absent;
  }

  // True when a word of 2..4 characters of the text as written covers chars[k] but not
  // chars[i] and reaches outside [begin, end): the look-alike's word [begin, end) would take
  // chars[k] away from it (入数据 read as 人数: 数 belongs to 数据).
  bool breaks_word(const char32_t* chars, std::size_t n, std::size_t k, std::size_t i,
                   std::size_t begin, std::size_t end) const {
    for (std::size_t len = 2; len <= ConfusionTable::k_max_word && len <= n; ++len) {
      const std::size_t first = k + 1 >= len ? k + 1 - len : 0;
      for (std::size_t b = first; b <= k && b + len <= n; ++b) {
        const bool holds_i = b <= i && i < b + len;
        const bool reaches_out = b < begin || b + len > end;
        if (!holds_i && reaches_out && table.cost(chars + b, len) != ConfusionTable::k_absent) {
          return true;
        }
      }
    }
    return false;
  }
};

}  // namespace

const text::ConfusionTable& ConfusableCharacterRule::builtin_table() {
  static const ConfusionTable k_table(ConfusionTable::Sources{
      embedded("rules/data/confusable-chars.txt"), embedded("rules/data/confusable-words.txt")});
  return k_table;
}

std::unique_ptr<rules::Rule> ConfusableCharacterRule::create(rules::RuleInfo info,
                                                             rules::OptionReader& options) {
  std::unique_ptr<ConfusableCharacterRule> rule(new ConfusableCharacterRule(std::move(info)));
  rule->m_window = static_cast<std::size_t>(options.integer("window", 4, 1, 8));
  rule->m_max_word_cost =
      static_cast<unsigned>(options.number("max_word_cost", 20.0, 1.0, 6000.0) * 10 + 0.5);
  rule->m_min_gain = static_cast<unsigned>(options.number("min_gain", 8.0, 0.0, 6000.0) * 10 + 0.5);
  rule->m_max_unworded = options.number("max_unworded", 0.4, 0.0, 1.0);
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message,
                                                    {"text", "word", "char", "replacement"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  // The tables are built on the first check() (thread-safe statics): 37 M instructions of
  // start-up that a run without Chinese text, or one that checks nothing, never pays.
  return rule;
}

namespace {

// A thread's scratch vector keeps its capacity between documents, up to a bound: one huge
// document must not pin its buffers for the rest of the run.
template <typename T>
void release_if_large(std::vector<T>& scratch) {
  constexpr std::size_t k_keep_bytes = std::size_t{1} << 20;
  if (scratch.capacity() * sizeof(T) > k_keep_bytes) {
    std::vector<T>().swap(scratch);
  }
}

}  // namespace

void ConfusableCharacterRule::check(const doc::Document& document, doc::TextRange unit,
                                    rules::FindingSink& sink) const {
  const std::string_view all = document.text();
  // No Han character without a UTF-8 lead byte of U+3000 or above: such a text (empty,
  // Latin, ...) has nothing to check, and the tables are not built for it.
  const std::string_view span = all.substr(unit.begin, unit.end - unit.begin);
  if (std::none_of(span.begin(), span.end(),
                   [](char byte) { return static_cast<unsigned char>(byte) >= 0xE3; })) {
    return;
  }
  const ConfusionTable& table = builtin_table();
  const Scorer scorer{table, text::HanTables::builtin()};
  // Runs of Han characters, paragraph by paragraph; a line break inside a paragraph (hard
  // wrapping, with its indentation) does not end a run. Scratch buffers are reused.
  struct Run {
    std::size_t begin;  // index into chars
    std::size_t end;
  };
  struct Candidate {
    std::size_t run;
    std::size_t i;  // index into chars
  };
  thread_local std::vector<char32_t> chars;
  thread_local std::vector<std::size_t> at;  // byte offset of each character
  thread_local std::vector<Run> runs;
  thread_local std::vector<Candidate> candidates;
  chars.clear();
  at.clear();
  runs.clear();
  candidates.clear();
  const text::HanTables& han = text::HanTables::builtin();
  // Classical Chinese, verse and word lists use characters on their own: no evidence there.
  auto unworded = [&](std::size_t alone, std::size_t confusable, std::size_t at_least) {
    return confusable >= at_least &&
           static_cast<double>(alone) > m_max_unworded * static_cast<double>(confusable);
  };
  std::size_t doc_confusable = 0;
  std::size_t doc_unworded = 0;
  std::size_t traditional = 0;
  std::size_t simplified = 0;
  // Blocks of non-blank lines: a Chinese document's paragraphs are often single lines, but a
  // hard-wrapped paragraph (or a stanza) is a block, and words run across its line breaks.
  thread_local std::vector<doc::TextRange> blocks;
  blocks.clear();
  struct ReleaseScratch {
    ~ReleaseScratch() {
      release_if_large(chars);
      release_if_large(at);
      release_if_large(runs);
      release_if_large(candidates);
      release_if_large(blocks);
    }
  } release_scratch;
  const doc::LineIndex& lines = document.lines();
  for (std::size_t line = lines.line_count() == 0 ? 1 : lines.line_of(unit.begin);
       line <= lines.line_count(); ++line) {
    const doc::LineRange range = lines.line(line);
    if (range.begin >= unit.end) {
      break;
    }
    if (doc::is_blank(document.line_text(line))) {
      blocks.push_back({range.begin, range.begin});  // a separator, empty
      continue;
    }
    if (!blocks.empty() && blocks.back().size() > 0) {
      blocks.back().end = range.end;
    } else {
      blocks.push_back({range.begin, range.end});
    }
  }
  for (const doc::TextRange& block : blocks) {
    const std::size_t from = std::max(block.begin, unit.begin);
    const std::size_t to = std::min(block.end, unit.end);
    if (from >= to) {
      continue;
    }
    const std::size_t first_run = runs.size();
    const std::size_t first_candidate = candidates.size();
    const std::size_t first_char = chars.size();
    std::size_t run_begin = chars.size();
    bool broken = false;  // a line break since the run's last character (a space alone ends it)
    auto close = [&] {
      if (chars.size() - run_begin >= 2) {
        runs.push_back({run_begin, chars.size()});
        run_begin = chars.size();
      } else {
        chars.resize(run_begin);
        at.resize(run_begin);
      }
    };
    std::size_t last_end = from;
    for (std::size_t pos = from; pos < to;) {
      const std::size_t start = pos;
      const char32_t c = doc::next_code_point(all, pos);
      const text::HanClass kind = han.classify(c);
      if (kind != text::HanClass::other) {
        traditional += kind == text::HanClass::traditional;
        simplified += kind == text::HanClass::simplified;
        if (chars.size() > run_begin && start != last_end && !broken) {
          close();
        }
        chars.push_back(c);
        at.push_back(start);
        last_end = pos;
        broken = false;
      } else if (c == '\n' || c == '\r') {
        broken = true;
      } else if (c != ' ' && c != '\t' && c != U'\u3000') {
        if (chars.size() > run_begin) {  // most non-Han characters follow non-Han ones
          close();
        }
        broken = false;
      }
    }
    close();
    std::size_t confusable = 0;
    for (std::size_t r = first_run; r < runs.size(); ++r) {
      const Run& run = runs[r];
      for (std::size_t i = run.begin; i < run.end; ++i) {
        if (table.is_confusable(chars[i])) {
          ++confusable;
          if (!scorer.in_word(chars.data() + run.begin, run.end - run.begin, i - run.begin)) {
            candidates.push_back({r, i});
          }
        }
      }
    }
    doc_confusable += confusable;
    doc_unworded += candidates.size() - first_candidate;
    if (unworded(candidates.size() - first_candidate, confusable, k_min_confusable_for_gate)) {
      candidates.resize(first_candidate);  // this paragraph gives no evidence
    }
    if (candidates.size() == first_candidate) {
      // Nothing to score in this block: its runs are not kept (on a 30 MB document they
      // held 12 bytes per Han character, over 200 MB with the vectors' doubling).
      runs.resize(first_run);
      chars.resize(first_char);
      at.resize(first_char);
    }
  }
  // The dictionary is simplified Chinese; a traditional document gives no evidence.
  if (traditional > simplified ||
      unworded(doc_unworded, doc_confusable, k_min_confusable_for_document_gate)) {
    return;
  }
  for (const Candidate& candidate : candidates) {
    char32_t* run = chars.data() + runs[candidate.run].begin;
    const std::size_t* offsets = at.data() + runs[candidate.run].begin;
    const std::size_t n = runs[candidate.run].end - runs[candidate.run].begin;
    const std::size_t i = candidate.i - runs[candidate.run].begin;
    const char32_t c = run[i];
    // Numerals make compounds no dictionary lists (双万计划, 三个八进制数): no evidence.
    if (u_getNumericValue(static_cast<UChar32>(c)) != U_NO_NUMERIC_VALUE) {
      continue;
    }
    const std::size_t lo = i >= m_window ? i - m_window : 0;
    const std::size_t hi = std::min(n, i + m_window + 1);
    const unsigned as_written = scorer.segment(run + lo, hi - lo);
    unsigned best_gain = 0;
    char32_t best = 0;
    std::size_t word_begin = 0;
    std::size_t word_len = 0;
    for (const char16_t alternative : table.alternatives(c)) {
      run[i] = alternative;
      std::size_t begin = 0;
      std::size_t len = 0;
      if (scorer.in_word(run, n, i, static_cast<std::uint16_t>(m_max_word_cost), &begin, &len)) {
        const unsigned replaced = scorer.segment(run + lo, hi - lo);
        if (replaced < as_written && as_written - replaced > best_gain) {
          best_gain = as_written - replaced;
          best = alternative;
          word_begin = begin;
          word_len = len;
        }
      }
      run[i] = c;
    }
    if (best == 0 || best_gain < m_min_gain) {
      continue;
    }
    // The look-alike's word must not break up a word of the text as written.
    bool breaks = false;
    for (std::size_t k = word_begin; k < word_begin + word_len && !breaks; ++k) {
      breaks = k != i && scorer.breaks_word(run, n, k, i, word_begin, word_begin + word_len);
    }
    if (breaks) {
      continue;
    }
    std::string text;
    std::string word;
    for (std::size_t k = word_begin; k < word_begin + word_len; ++k) {
      doc::append_utf8(text, run[k]);
      doc::append_utf8(word, k == i ? best : run[k]);
    }
    std::string replacement;
    doc::append_utf8(replacement, best);
    std::string original_text;
    doc::append_utf8(original_text, c);
    const std::string_view original = all.substr(offsets[i], original_text.size());
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return text;
      }
      if (name == "word") {
        return word;
      }
      if (name == "char") {
        return original;
      }
      return replacement;
    };
    Finding& finding = sink.add(info(), offsets[i], original.size(), m_message.expand(lookup));
    finding.fix = Fix{offsets[i], original.size(), replacement, false};
  }
}

}  // namespace docqc::kinds
