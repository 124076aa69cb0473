#include "kinds/pair.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "doc/utf8.h"
#include "kinds/pair_marks.h"
#include "text/char_class.h"

namespace docqc::kinds {

using namespace pair_marks;  // NOLINT(google-build-using-namespace): the kind's own helpers

namespace {

// What ends a complete paragraph: sentence punctuation and closing brackets and quotes.
constexpr std::u32string_view k_paragraph_end = U"。！？；：…—.!?;:”’」』）)》〉】]\"'";

// Paragraphs a quotation may run over before its closing quote.
constexpr std::size_t k_max_quote_paragraphs = 4;
// Lines (separated by a line break, no blank line) a quotation may run over.
constexpr std::size_t k_max_quote_lines = 24;

}  // namespace

std::unique_ptr<rules::Rule> PairRule::create(rules::RuleInfo info, rules::OptionReader& options) {
  std::unique_ptr<PairRule> rule(new PairRule(std::move(info)));
  std::vector<std::string> pairs = {"《》", "“”",   "‘’",   "（）", "【】", "「」",
                                    "『』", "〔〕", "〈〉", "()",   "[]"};
  if (options.has("pairs")) {
    pairs = options.string_list("pairs");
  }
  for (const std::string& pair : pairs) {
    std::size_t pos = 0;
    const char32_t open = pair.empty() ? 0 : doc::next_code_point(pair, pos);
    const char32_t close = pos < pair.size() ? doc::next_code_point(pair, pos) : 0;
    if (open == 0 || close == 0 || pos != pair.size() || open == close) {
      options.fail("pairs",
                   fmt::format("'{}' is not two different characters (opener, closer)", pair));
    }
    rule->m_pairs.push_back({open, close, fold_width(close)});
    for (char32_t c : {open, close}) {
      if (c >= rule->m_is_pair_char.size()) {
        options.fail("pairs", fmt::format("'{}': only characters of the BMP can pair", pair));
      }
      rule->m_is_pair_char[c] = true;
    }
  }
  if (options.has("report")) {
    rule->m_report = 0;
    for (const std::string& defect : options.string_list("report")) {
      if (defect == "unmatched") {
        rule->m_report |= k_unmatched;
      } else if (defect == "mixed-width") {
        rule->m_report |= k_mixed_width;
      } else if (defect == "swapped") {
        rule->m_report |= k_swapped;
      } else {
        options.fail("report", fmt::format("unknown defect '{}'; use unmatched, mixed-width or "
                                           "swapped",
                                           defect));
      }
    }
  }
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message,
                                                    {"text", "expected", "reason", "inner"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

int PairRule::find_pair(char32_t c, bool opener) const {
  for (std::size_t i = 0; i < m_pairs.size(); ++i) {
    if ((opener ? m_pairs[i].open : m_pairs[i].close) == c) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

void PairRule::check(const doc::Document& document, doc::TextRange unit,
                     rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const std::string_view all = document.text();
  struct Open {
    int pair;
    std::size_t offset;
    std::size_t length;
    std::size_t carried = 0;  // paragraph ends this opener was carried over
    std::size_t lines = 0;    // line breaks (no blank line) a quotation was carried over
  };
  std::vector<Open> stack;
  auto report = [&](Defect defect, std::size_t offset, std::size_t length, char32_t expected_char,
                    const std::string& reason, std::optional<std::string> fix,
                    std::string_view inner = {}) -> Finding* {
    if ((m_report & defect) == 0 ||
        (defect == k_unmatched && is_code_bracket(all, offset, length))) {
      return nullptr;
    }
    std::string expected;
    doc::append_utf8(expected, expected_char);
    const std::string_view original = all.substr(offset, length);
    auto lookup = [&](std::string_view name) -> std::string_view {
      return name == "text"       ? original
             : name == "expected" ? std::string_view(expected)
             : name == "inner"    ? inner
                                  : std::string_view(reason);
    };
    Finding& finding = sink.add(info(), offset, length, m_message.expand(lookup));
    if (fix) {
      // Which of the two has the wrong width is not known: （试行) or (试行）. Unsafe.
      finding.fix = Fix{offset, length, *fix, false};
    }
    return &finding;
  };
  // Openers already reported as the second half of a swapped pair (”……“): not pushed.
  std::vector<std::size_t> swapped_openers;
  auto text_of = [](char32_t c) {
    std::string s;
    doc::append_utf8(s, c);
    return s;
  };
  // Paragraphs of the unit in turn. An opener left at the end of a paragraph that stops
  // mid-sentence (a page break cut it) may close in the next one: the halves are one. A quote
  // left open before a paragraph that opens the same quote again is a quotation that spans
  // paragraphs (“……。\n\n“……。”): each paragraph opens it, only the last closes it.
  const auto& paragraphs = document.paragraphs();
  for (std::size_t index = 0; index < paragraphs.size(); ++index) {
    const doc::TextRange whole = paragraphs[index].range;
    if (whole.end <= unit.begin || whole.begin >= unit.end) {
      continue;
    }
    const doc::TextRange range{std::max(whole.begin, unit.begin), std::min(whole.end, unit.end)};
    std::size_t pos = range.begin;
    while (pos < range.end) {
      // Fast path: only the characters of the pairs need a closer look.
      const auto lead = static_cast<unsigned char>(all[pos]);
      const std::size_t start = pos;
      char32_t c = lead;
      if (lead < 0x80) {
        ++pos;
      } else {
        c = doc::next_code_point(all, pos);
      }
      if (c >= m_is_pair_char.size() || !m_is_pair_char[c]) {
        continue;
      }
      const int opened = find_pair(c, true);
      const int closed = opened < 0 ? find_pair(c, false) : -1;
      std::size_t before = start;
      const char32_t previous = start > range.begin ? doc::previous_code_point(all, before) : 0;
      // A bracket quoted on its own: “[”, "(".
      if (is_quote_open(previous) && pos < range.end) {
        std::size_t after = pos;
        if (is_quote_close(doc::next_code_point(all, after))) {
          continue;
        }
      }
      if (opened >= 0) {
        const auto swapped = std::find(swapped_openers.begin(), swapped_openers.end(), start);
        if (swapped != swapped_openers.end()) {
          swapped_openers.erase(swapped);
        } else {
          stack.push_back({opened, start, pos - start});
        }
        continue;
      }
      const Pair& pair = m_pairs[static_cast<std::size_t>(closed)];
      if (!stack.empty() && stack.back().pair == closed) {
        stack.pop_back();
        continue;
      }
      if (!stack.empty()) {
        const Pair& open = m_pairs[static_cast<std::size_t>(stack.back().pair)];
        if (open.folded_close == pair.folded_close) {
          report(k_mixed_width, start, pos - start, open.close,
                 fmt::format("closes '{}'; use '{}'", text_of(open.open), text_of(open.close)),
                 text_of(open.close));
          stack.pop_back();
          continue;
        }
      }
      std::size_t depth = stack.size();
      while (depth > 0 && stack[depth - 1].pair != closed) {
        --depth;
      }
      if (depth > 0) {
        for (std::size_t i = depth; i < stack.size(); ++i) {
          const Pair& open = m_pairs[static_cast<std::size_t>(stack[i].pair)];
          report(k_unmatched, stack[i].offset, stack[i].length, open.close,
                 fmt::format("is left open: '{}' closes first", text_of(c)), std::nullopt);
        }
        stack.resize(depth - 1);
        continue;
      }
      const bool apostrophe = c == U'’' && (classes.flags(previous) & text::k_letter) != 0;
      const bool enumerator = fold_width(c) == ')' && closes_enumerator(all, range.begin, start);
      if (apostrophe || enumerator) {
        continue;
      }
      // A quotation the wrong way round: its closer first, then its opener (”好“).
      const std::size_t partner = is_quote_close(c) && c != '"' && c != '\''
                                      ? next_mark(all, pos, range.end, pair.open, pair.close)
                                      : std::string_view::npos;
      std::size_t partner_end = partner;
      if (partner != std::string_view::npos &&
          doc::next_code_point(all, partner_end) == pair.open &&
          alternates_reversed(all, start, range.end, pair.open, pair.close)) {
        swapped_openers.push_back(partner);
        Finding* finding = report(k_swapped, start, partner_end - start, pair.open,
                                  "is a quotation the wrong way round", std::nullopt,
                                  all.substr(pos, partner - pos));
        if (finding != nullptr) {
          finding->fix = Fix{start, pos - start, text_of(pair.open), false};
          finding->extra_edits.push_back(
              Fix{partner, partner_end - partner, text_of(pair.close), false});
        }
        continue;
      }
      // Opened with a straight quote and closed with a curly one ("/etc/”).
      if (c == U'”') {
        const std::vector<std::size_t> straight = straight_quotes(all, range.begin, start);
        if (straight.size() % 2 == 1) {
          report(k_mixed_width, straight.back(), 1, U'“', "opens '”'; use '“'", "“");
          continue;
        }
      }
      report(k_unmatched, start, pos - start, pair.open,
             fmt::format("has no matching '{}' before it in this paragraph", text_of(pair.open)),
             std::nullopt);
    }

    // Curly openers of this paragraph closed by a straight quote (“contrib"): the straight
    // quotes between one “ and the next, an odd number of them, the first closing it.
    for (std::size_t i = 0; i < stack.size();) {
      const Pair& pair = m_pairs[static_cast<std::size_t>(stack[i].pair)];
      if (pair.open != U'“' || stack[i].offset < range.begin) {
        ++i;
        continue;
      }
      const std::size_t after = stack[i].offset + stack[i].length;
      const std::size_t limit = next_mark(all, after, range.end, U'“', U'“');
      const std::vector<std::size_t> straight =
          straight_quotes(all, after, limit == std::string_view::npos ? range.end : limit);
      if (straight.size() % 2 == 1) {
        report(k_mixed_width, straight.front(), 1, U'”', "closes '“'; use '”'", "”");
        stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(i));
        continue;
      }
      ++i;
    }
    const bool has_next =
        index + 1 < paragraphs.size() && paragraphs[index + 1].range.begin < unit.end;
    if (stack.empty() || !has_next) {
      continue;
    }
    const char32_t last = last_visible(all, range);
    const bool cut = last != 0 && k_paragraph_end.find(last) == std::u32string_view::npos;
    const char32_t next_first = first_visible(all, paragraphs[index + 1].range);
    // Verse and hard-wrapped classical prose quote over several lines with no blank line
    // between them: such line breaks count apart, up to k_max_quote_lines.
    const bool line_break_only =
        std::count(all.begin() + static_cast<std::ptrdiff_t>(whole.end),
                   all.begin() + static_cast<std::ptrdiff_t>(paragraphs[index + 1].range.begin),
                   '\n') <= 1;
    std::vector<Open> carried;
    for (Open open : stack) {
      const Pair& pair = m_pairs[static_cast<std::size_t>(open.pair)];
      const bool quote = is_quote_open(pair.open);
      if (quote && pair.open == next_first) {
        continue;  // the next paragraph opens the same quotation again
      }
      // A paragraph cut mid-sentence carries every opener; a quotation may run over a few
      // paragraphs (a dialogue, a letter) before it closes.
      if (quote && line_break_only && open.lines < k_max_quote_lines) {
        ++open.lines;
        carried.push_back(open);
        continue;
      }
      if (cut || (quote && open.carried < k_max_quote_paragraphs)) {
        ++open.carried;
        carried.push_back(open);
        continue;
      }
      report(k_unmatched, open.offset, open.length, pair.close,
             fmt::format("has no matching '{}' after it in this paragraph", text_of(pair.close)),
             std::nullopt);
    }
    stack = std::move(carried);
  }
  for (const Open& open : stack) {
    const Pair& pair = m_pairs[static_cast<std::size_t>(open.pair)];
    report(k_unmatched, open.offset, open.length, pair.close,
           fmt::format("has no matching '{}' after it in this paragraph", text_of(pair.close)),
           std::nullopt);
  }
}

}  // namespace docqc::kinds
