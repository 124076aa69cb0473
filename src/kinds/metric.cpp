#include "kinds/metric.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "doc/utf8.h"
#include "kinds/paragraph_prints.h"
#include "text/hash.h"

namespace docqc::kinds {

namespace {

enum Figure : std::size_t {
  k_duplicate_lines,
  k_duplicate_paragraph_chars,
  k_top_ngram_chars,
  k_no_terminal_lines,
  k_symbols,
  k_garbled,
};

bool is_space(char32_t c) {
  return is_score_space(c);
}

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t pos = begin;
    if (!is_space(doc::next_code_point(text, pos))) {
      break;
    }
    begin = pos;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t pos = end;
    if (!is_space(doc::previous_code_point(text, pos))) {
      break;
    }
    end = pos;
  }
  return text.substr(begin, end - begin);
}

bool ends_with_terminal(std::string_view line) {
  std::size_t pos = line.size();
  while (pos > 0) {
    const char32_t c = doc::previous_code_point(line, pos);
    switch (c) {
      case U'”':
      case U'’':
      case U'」':
      case U'』':
      case U'》':
      case U'】':
      case U'"':
      case U'\'':
        continue;
      case U'）':  // a closing annotation: （市教委负责）
      case U')':
      case U'。':
      case U'！':
      case U'？':
      case U'…':
      case U'.':
      case U'!':
      case U'?':
        return true;
      default:
        return false;
    }
  }
  return false;
}

bool is_symbol(char32_t c) {
  if (c < 0x80) {
    return c == '#' || c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
           c == '`' || c == '|' || c == '~';
  }
  if (doc::is_cjk_ideograph(c)) {
    return false;
  }
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

bool is_garbled(char32_t c) {
  if (c < 0x80) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v';
  }
  if (doc::is_cjk_ideograph(c)) {
    return false;
  }
  if (c == 0xFFFD) {
    return true;
  }
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_CONTROL_CHAR:
    case U_SURROGATE:
      return true;
    default:
      return false;
  }
}

// The classes above and "letter or digit" for every BMP code point, computed once: the
// per-character loops are table look-ups, not ICU calls.
constexpr std::uint8_t k_class_symbol = 1;
constexpr std::uint8_t k_class_garbled = 2;
constexpr std::uint8_t k_class_word = 4;

bool is_word(char32_t c) {
  return c < 0x80 ? ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                  : (doc::is_cjk_ideograph(c) || u_isalnum(static_cast<UChar32>(c)));
}

std::uint8_t char_class(char32_t c) {
  static const std::vector<std::uint8_t> k_table = [] {
    std::vector<std::uint8_t> table(0x10000);
    for (char32_t code = 0; code < 0x10000; ++code) {
      table[code] = static_cast<std::uint8_t>((is_symbol(code) ? k_class_symbol : 0) |
                                              (is_garbled(code) ? k_class_garbled : 0) |
                                              (is_word(code) ? k_class_word : 0));
    }
    return table;
  }();
  if (c < 0x10000) {
    return k_table[c];
  }
  return static_cast<std::uint8_t>((is_symbol(c) ? k_class_symbol : 0) |
                                   (is_garbled(c) ? k_class_garbled : 0) |
                                   (is_word(c) ? k_class_word : 0));
}

// Characters of the classic decoding-garbage runs (GBK bytes of U+FFFD, MSVC fill bytes).
std::size_t garbage_run_chars(std::string_view text) {
  std::size_t count = 0;
  for (std::string_view run :
       {std::string_view("锟斤拷"), std::string_view("烫烫"), std::string_view("屯屯")}) {
    std::size_t chars = doc::count_code_points(run);
    for (std::size_t pos = text.find(run); pos != std::string_view::npos;
         pos = text.find(run, pos + run.size())) {
      count += chars;
    }
  }
  return count;
}

// Hashes of the n-grams of the letters and digits of `text` (Han, Latin, digits...), in one
// rolling pass: n-grams of punctuation and rules (-----, ……) say nothing about repetitive
// wording. Calls visit(hash) for each.
template <typename Visit>
void word_ngrams(std::string_view text, int n, Visit&& visit) {
  constexpr std::uint64_t k_base = 0x9e3779b97f4a7c15ULL | 1;
  std::uint64_t top_power = 1;
  for (int i = 1; i < n; ++i) {
    top_power *= k_base;
  }
  std::array<std::uint64_t, 16> window{};
  const auto width = static_cast<std::size_t>(n);
  std::size_t filled = 0;
  std::size_t position = 0;
  std::uint64_t rolling = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = doc::next_code_point(text, pos);
    const bool keep =
        c < 0x80 ? ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                 : (doc::is_cjk_ideograph(c) || u_isalnum(static_cast<UChar32>(c)));
    if (!keep) {
      continue;
    }
    const std::size_t slot = position;
    position = position + 1 == width ? 0 : position + 1;
    if (filled == width) {
      rolling -= window[slot] * top_power;
    } else {
      ++filled;
    }
    rolling = rolling * k_base + c + 1;
    window[slot] = c + 1;
    if (filled == width) {
      visit(text::mix64(rolling) | 1);
    }
  }
}

double ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : std::min(1.0, static_cast<double>(part) / static_cast<double>(whole));
}

}  // namespace

DocumentMetrics DocumentMetrics::compute(const doc::Document& document,
                                         const ParagraphPrints& prints, int ngram) {
  DocumentMetrics metrics;
  // Lines: duplicates and terminal punctuation.
  std::unordered_set<std::uint64_t> seen_lines;
  std::size_t duplicate_lines = 0;
  std::size_t open_lines = 0;
  const std::size_t line_count = document.text().empty() ? 0 : document.lines().line_count();
  seen_lines.reserve(line_count);
  for (std::size_t line = 1; line <= line_count; ++line) {
    const std::string_view text = trim(document.line_text(line));
    if (text.empty()) {
      continue;
    }
    ++metrics.lines;
    if (!seen_lines.insert(text::hash_bytes(text)).second) {
      ++duplicate_lines;
    }
    if (!ends_with_terminal(text)) {
      ++open_lines;
    }
  }
  metrics.values[k_duplicate_lines] = ratio(duplicate_lines, metrics.lines);
  metrics.values[k_no_terminal_lines] = ratio(open_lines, metrics.lines);

  // Characters: symbols and garbage.
  const std::string_view text = document.text();
  std::size_t symbols = 0;
  std::size_t garbled = garbage_run_chars(text);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = doc::next_code_point(text, pos);
    if (is_space(c)) {
      continue;
    }
    ++metrics.characters;
    const std::uint8_t classes = char_class(c);
    symbols += (classes & k_class_symbol) != 0 ? 1 : 0;
    garbled += (classes & k_class_garbled) != 0 ? 1 : 0;
  }
  metrics.values[k_symbols] = ratio(symbols, metrics.characters);
  metrics.values[k_garbled] = ratio(garbled, metrics.characters);

  // Paragraphs: duplicates and the most frequent n-gram, on the normalized text.
  std::unordered_map<std::uint64_t, std::size_t> first_seen;
  first_seen.reserve(prints.paragraphs().size());
  std::size_t duplicate_chars = 0;
  // The most frequent n-gram in two passes over a fixed table: count n-grams per bucket of
  // their hash, then count exactly the n-grams of the fullest buckets. Exact whenever the top
  // n-gram stands out of the background of its bucket (any figure that matters does);
  // linear, 16 KiB of memory whatever the document.
  constexpr std::size_t k_buckets = 4096;
  constexpr std::size_t k_top_buckets = 4;
  std::vector<std::uint32_t> buckets(k_buckets, 0);
  for (std::size_t i = 0; i < prints.paragraphs().size(); ++i) {
    const ParagraphPrint& print = prints.paragraphs()[i];
    if (print.chars == 0) {
      continue;
    }
    auto [it, inserted] = first_seen.try_emplace(print.hash.key(), i);
    if (!inserted && prints.normalized(it->second) == prints.normalized(i)) {
      duplicate_chars += print.chars;
    }
    word_ngrams(prints.normalized(i), ngram,
                [&](std::uint64_t hash) { ++buckets[hash & (k_buckets - 1)]; });
  }
  metrics.values[k_duplicate_paragraph_chars] = ratio(duplicate_chars, prints.total_chars());
  std::array<std::size_t, k_top_buckets> top_buckets{};
  std::vector<std::size_t> order(k_buckets);
  for (std::size_t b = 0; b < k_buckets; ++b) {
    order[b] = b;
  }
  std::partial_sort(order.begin(), order.begin() + k_top_buckets, order.end(),
                    [&](std::size_t a, std::size_t b) {
                      return buckets[a] != buckets[b] ? buckets[a] > buckets[b] : a < b;
                    });
  std::copy(order.begin(), order.begin() + k_top_buckets, top_buckets.begin());
  std::unordered_map<std::uint64_t, std::size_t> exact;
  std::size_t top = 0;
  if (buckets[top_buckets[0]] > 0) {
    for (std::size_t i = 0; i < prints.paragraphs().size(); ++i) {
      word_ngrams(prints.normalized(i), ngram, [&](std::uint64_t hash) {
        const std::size_t bucket = hash & (k_buckets - 1);
        if (std::find(top_buckets.begin(), top_buckets.end(), bucket) != top_buckets.end()) {
          top = std::max(top, ++exact[hash]);
        }
      });
    }
  }
  metrics.values[k_top_ngram_chars] =
      ratio(top * static_cast<std::size_t>(ngram), prints.total_chars());
  return metrics;
}

int quality_score(const DocumentMetrics& metrics, const MetricLimits& limits) {
  double score = 100.0;
  for (std::size_t i = 0; i < DocumentMetrics::k_count; ++i) {
    const MetricLimit& limit = limits[i];
    if (!limit.enabled) {
      continue;
    }
    const double span = limit.max - limit.ok;
    double penalty = span > 0 ? (metrics.values[i] - limit.ok) / span
                              : (metrics.values[i] > limit.ok ? 1.0 : 0.0);
    penalty = std::clamp(penalty, 0.0, 1.0);
    score *= 1.0 - limit.weight * penalty;
  }
  return static_cast<int>(std::lround(score));
}

MetricRule::MetricRule(rules::RuleInfo info) : Rule(std::move(info)) {}

std::unique_ptr<rules::Rule> MetricRule::create(rules::RuleInfo info,
                                                rules::OptionReader& options) {
  if (info.scope != rules::Scope::document) {
    options.fail("scope", "a metric rule measures the whole document: use `scope: document`");
  }
  std::unique_ptr<MetricRule> rule(new MetricRule(std::move(info)));
  rule->m_ngram = static_cast<int>(options.integer("ngram", 4, 1, 16));
  rule->m_min_chars = static_cast<std::size_t>(options.integer("min_chars", 200, 0, 1 << 30));
  YAML::Node figures = options.node("figures");
  if (figures && !figures.IsMap()) {
    options.fail(figures, "expected a mapping of figure names to {ok, max, weight}", "figures");
  }
  if (figures) {
    for (const auto& entry : figures) {
      const std::string name = entry.first.Scalar();
      auto found =
          std::find(DocumentMetrics::k_names.begin(), DocumentMetrics::k_names.end(), name);
      if (found == DocumentMetrics::k_names.end()) {
        options.fail(entry.first, fmt::format("unknown figure '{}'", name), "figures");
      }
      rules::OptionReader limit_options(entry.second, options.file());
      MetricLimit& limit =
          rule->m_limits[static_cast<std::size_t>(found - DocumentMetrics::k_names.begin())];
      limit.enabled = true;
      limit.ok = limit_options.number("ok", 0.0, 0.0, 1.0);
      limit.max = limit_options.number("max", 1.0, 0.0, 1.0);
      limit.weight = limit_options.number("weight", 0.5, 0.0, 1.0);
      if (limit.max < limit.ok) {
        limit_options.fail("max", "max must not be below ok");
      }
      limit_options.finish(fmt::format("in figure '{}' (expected ok, max, weight)", name));
    }
  }
  if (YAML::Node score = options.node("score")) {
    rules::OptionReader score_options(score, options.file());
    DamageWeights& weights = rule->m_weights;
    weights.error = score_options.number("error", weights.error, 0.0, 1000.0);
    weights.warning = score_options.number("warning", weights.warning, 0.0, 1000.0);
    weights.info = score_options.number("info", weights.info, 0.0, 1000.0);
    weights.min_chars =
        static_cast<std::size_t>(score_options.integer("min_chars", 500, 1, 1 << 30));
    weights.scale = score_options.number("scale", weights.scale, 0.001, 1e6);
    score_options.finish("in score (expected error, warning, info, min_chars, scale)");
  }
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, {"score", "figures"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void MetricRule::check(const doc::Document& document, doc::TextRange /*unit*/,
                       rules::FindingSink& sink) const {
  const DocumentMetrics metrics =
      DocumentMetrics::compute(document, ParagraphPrints::of(document, sink), m_ngram);
  const int score = quality_score(metrics, m_limits);
  nlohmann::json facts = nlohmann::json::object();
  for (std::size_t i = 0; i < DocumentMetrics::k_count; ++i) {
    facts[std::string(DocumentMetrics::k_names[i])] = std::round(metrics.values[i] * 1e4) / 1e4;
  }
  facts["characters"] = metrics.characters;
  sink.facts()["metrics"] = std::move(facts);

  if (metrics.characters < m_min_chars) {
    return;
  }
  std::string over;
  for (std::size_t i = 0; i < DocumentMetrics::k_count; ++i) {
    const MetricLimit& limit = m_limits[i];
    if (limit.enabled && metrics.values[i] >= limit.max) {
      over += fmt::format("{}{} {:.2f} (max {:.2f})", over.empty() ? "" : ", ",
                          DocumentMetrics::k_names[i], metrics.values[i], limit.max);
    }
  }
  if (over.empty()) {
    return;
  }
  const std::string score_text = std::to_string(score);
  auto lookup = [&](std::string_view name) -> std::string_view {
    return name == "score" ? std::string_view(score_text) : std::string_view(over);
  };
  const doc::TextRange first_line =
      document.text().empty() ? doc::TextRange{0, 0} : document.line_range(1);
  sink.add(info(), first_line.begin, first_line.size(), m_message.expand(lookup));
}

void MetricRule::score(const doc::Document& document, const std::vector<Finding>& findings,
                       nlohmann::json& facts) const {
  auto metrics = facts.find("metrics");
  if (metrics == facts.end() || !metrics->is_object()) {
    return;  // check() did not run on this document
  }
  const std::size_t characters = metrics->value("characters", std::size_t{0});
  const DamageScore damage =
      damage_score(document.text(), findings, characters, m_weights, info().id);
  (*metrics)["damage"] = std::round(damage.damage * 100) / 100;
  (*metrics)["damage_density"] = std::round(damage.density * 1e4) / 1e4;
  (*metrics)["quality"] = damage.quality;
}

}  // namespace docqc::kinds
