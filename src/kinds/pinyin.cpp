#include "kinds/pinyin.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "doc/utf8.h"
#include "text/char_class.h"
#include "text/han_tables.h"

namespace docqc::kinds {

namespace {

constexpr std::size_t k_max_annotation_bytes = 32;

bool is_open(std::string_view text, std::size_t pos) {
  return text[pos] == '(' || text.substr(pos, 3) == "\xEF\xBC\x88";  // （
}

// True when `syllable` is a toned syllable, also when it is not in NFC.
bool is_syllable(const text::HanTables& tables, std::string_view syllable) {
  if (tables.is_toned_syllable(syllable)) {
    return true;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(syllable.data(), static_cast<int32_t>(syllable.size())));
  if (U_FAILURE(status) || nfc->isNormalized(unicode, status)) {
    return false;
  }
  std::string normalized;
  nfc->normalize(unicode, status).toUTF8String(normalized);
  return U_SUCCESS(status) && tables.is_toned_syllable(normalized);
}

// Parses "(fā)" or "（huì ）" at `open`; false unless it holds exactly one toned syllable.
bool parse(const text::HanTables& tables, std::string_view text, std::size_t open,
           std::size_t limit, PinyinRule::Annotation& annotation) {
  const text::CharClass& classes = text::CharClass::instance();
  std::size_t pos = open + (text[open] == '(' ? 1 : 3);
  std::size_t first = std::string_view::npos;
  std::size_t last = 0;
  bool ascii = true;
  while (pos < limit && pos - open <= k_max_annotation_bytes) {
    const std::size_t start = pos;
    const char32_t c = doc::next_code_point(text, pos);
    if (c == ')' || c == U'）') {
      if (first == std::string_view::npos || ascii) {
        return false;  // empty, or without a tone mark
      }
      annotation.begin = open;
      annotation.end = pos;
      annotation.syllable_begin = first;
      annotation.syllable_end = last;
      return is_syllable(tables, text.substr(first, last - first));
    }
    if (c == ' ') {
      continue;
    }
    if ((classes.flags(c) & (text::k_lower | text::k_combining)) == 0) {
      return false;  // a capital, a digit, Han ...: not a converter's annotation
    }
    if (first == std::string_view::npos) {
      first = start;
    } else if (last != start) {
      return false;  // a space inside: two words
    }
    ascii &= c < 0x80;
    last = pos;
  }
  return false;
}

}  // namespace

std::unique_ptr<rules::Rule> PinyinRule::create(rules::RuleInfo info,
                                                rules::OptionReader& options) {
  std::unique_ptr<PinyinRule> rule(new PinyinRule(std::move(info)));
  if (options.has("context_words")) {
    rule->m_context_words = options.string_list("context_words");
  } else {
    rule->m_context_words = {"拼音", "注音", "读音", "讀音", "发音", "發音", "读作", "讀作"};
  }
  rule->m_max_surprisal = static_cast<unsigned>(
      options.integer("max_surprisal", 140, 0, text::HanTables::k_unknown_surprisal));
  rule->m_teaching_density = options.number("teaching_density", 0.5, 0.0, 1.0);
  rule->m_min_annotations =
      static_cast<std::size_t>(options.integer("min_annotations", 3, 1, 1000000));
  try {
    rule->m_message =
        rules::MessageTemplate::parse(rule->info().message, {"text", "syllable", "character"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  text::HanTables::builtin();
  return rule;
}

std::string PinyinRule::trigger() const {
  // A Han character, a parenthesis, lower-case letters with at least one non-ASCII one.
  return R"(\p{Han}[(（] *[a-z]*[^\x00-\x7F\p{Han}][^()（）]{0,16}[)）])";
}

void PinyinRule::collect(const doc::Document& document, doc::TextRange unit,
                         std::vector<Annotation>& out) const {
  const text::HanTables& tables = text::HanTables::builtin();
  const text::CharClass& classes = text::CharClass::instance();
  const std::string_view all = document.text();
  const std::string_view body = document.slice(unit);
  for (const auto& word : m_context_words) {
    if (body.find(word) != std::string_view::npos) {
      return;  // a text about pronunciation
    }
  }
  std::vector<Annotation> found;
  for (std::size_t pos = unit.begin; pos < unit.end;) {
    const auto byte = static_cast<unsigned char>(all[pos]);
    if (byte != '(' && byte != 0xEF) {
      ++pos;
      continue;
    }
    if (pos == unit.begin || !is_open(all, pos)) {
      ++pos;
      continue;
    }
    std::size_t character = pos;
    const char32_t c = doc::previous_code_point(all, character);
    Annotation annotation{};
    if (classes.is_han(c) && tables.surprisal(c) < m_max_surprisal &&
        parse(tables, all, pos, unit.end, annotation)) {
      annotation.character = character;
      found.push_back(annotation);
      pos = annotation.end;
    } else {
      pos += byte == '(' ? 1 : 3;
    }
  }
  // Language teaching annotates most characters of a line: 你(nǐ)好(hǎo).
  std::size_t k = 0;
  while (k < found.size()) {
    std::size_t line_begin = all.rfind('\n', found[k].begin);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    std::size_t line_end = all.find('\n', found[k].begin);
    line_end = line_end == std::string_view::npos ? all.size() : line_end;
    std::size_t n = k;
    while (n < found.size() && found[n].begin < line_end) {
      ++n;
    }
    std::size_t han = 0;
    if (n - k >= 2) {
      for (std::size_t pos = line_begin; pos < line_end;) {
        han += classes.is_han(doc::next_code_point(all, pos));
      }
    }
    if (n - k >= 2 && static_cast<double>(n - k) > m_teaching_density * static_cast<double>(han)) {
      k = n;
      continue;
    }
    out.insert(out.end(), found.begin() + static_cast<std::ptrdiff_t>(k),
               found.begin() + static_cast<std::ptrdiff_t>(n));
    k = n;
  }
}

void PinyinRule::check(const doc::Document& document, doc::TextRange unit,
                       rules::FindingSink& sink) const {
  const std::string_view all = document.text();
  std::vector<Annotation> found;
  for (const doc::Paragraph& paragraph : document.paragraphs()) {
    if (paragraph.range.end <= unit.begin || paragraph.range.begin >= unit.end) {
      continue;
    }
    collect(document,
            {std::max(paragraph.range.begin, unit.begin), std::min(paragraph.range.end, unit.end)},
            found);
  }
  // A converter annotates throughout; a writer glosses a word or two: 重(chóng)庆.
  if (found.size() < m_min_annotations) {
    return;
  }
  for (const Annotation& a : found) {
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return all.substr(a.begin, a.end - a.begin);
      }
      if (name == "syllable") {
        return all.substr(a.syllable_begin, a.syllable_end - a.syllable_begin);
      }
      return all.substr(a.character, a.begin - a.character);
    };
    Finding& finding = sink.add(info(), a.begin, a.end - a.begin, m_message.expand(lookup));
    // Deleting a gloss changes the text: never safe.
    finding.fix = Fix{a.begin, a.end - a.begin, "", false};
  }
}

}  // namespace docqc::kinds
