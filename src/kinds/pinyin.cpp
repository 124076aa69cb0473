#include "kinds/pinyin.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
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

enum class Tone { marked, numbered, none, invalid };

// What `token` is: a toned syllable (fā, also decomposed), a syllable with a tone number
// (fa1, lv4), a syllable without tone (le), or no syllable at all.
Tone classify_token(const text::HanTables& tables, std::string_view token) {
  if (token.empty()) {
    return Tone::invalid;
  }
  const char last = token.back();
  if (last >= '1' && last <= '5') {
    std::string base(token.substr(0, token.size() - 1));
    for (std::size_t pos = 0; (pos = base.find('v', pos)) != std::string::npos;) {
      base.replace(pos, 1, "ü");
    }
    return tables.is_base_syllable(base) ? Tone::numbered : Tone::invalid;
  }
  if (is_syllable(tables, token)) {
    return Tone::marked;
  }
  return tables.is_base_syllable(token) ? Tone::none : Tone::invalid;
}

// The end of the run of pinyin letters (lower case, tone marks, ü) and an optional tone
// number that starts at `pos`.
std::size_t token_end(std::string_view text, std::size_t pos, std::size_t limit) {
  const text::CharClass& classes = text::CharClass::instance();
  while (pos < limit) {
    std::size_t next = pos;
    const char32_t c = doc::next_code_point(text, next);
    if ((classes.flags(c) & (text::k_lower | text::k_combining)) == 0 || c > 0x24F) {
      if ((classes.flags(c) & text::k_combining) == 0) {
        break;
      }
    }
    pos = next;
  }
  if (pos < limit && text[pos] >= '1' && text[pos] <= '5') {
    ++pos;
  }
  return pos;
}

// Parses "(fā)", "（huì ）", "(fa1)" or "（jiān dū）" at `open`: lower-case syllables apart
// by single spaces, at least one with a tone, and no more of them than the `han_before`
// characters they annotate.
bool parse_parenthesized(const text::HanTables& tables, std::string_view text, std::size_t open,
                         std::size_t limit, std::size_t han_before,
                         PinyinRule::Annotation& annotation, std::size_t& tokens) {
  std::size_t pos = open + (text[open] == '(' ? 1 : 3);
  std::size_t first = std::string_view::npos;
  std::size_t last = 0;
  tokens = 0;
  bool toned = false;
  while (pos < limit && pos - open <= k_max_annotation_bytes) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    std::size_t close = pos;
    const char32_t c = doc::next_code_point(text, close);
    if (c == ')' || c == U'）') {
      if (first == std::string_view::npos || !toned ||
          tokens > std::max<std::size_t>(han_before, 1)) {
        return false;
      }
      annotation.begin = open;
      annotation.end = close;
      annotation.syllable_begin = first;
      annotation.syllable_end = last;
      return true;
    }
    const std::size_t end = token_end(text, pos, limit);
    const Tone tone =
        end == pos ? Tone::invalid : classify_token(tables, text.substr(pos, end - pos));
    if (tone == Tone::invalid) {
      return false;  // a capital, a word, Han ...: not a converter's annotation
    }
    toned |= tone != Tone::none;
    ++tokens;
    if (first == std::string_view::npos) {
      first = pos;
    }
    last = end;
    pos = end;
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
  // A Han character and then: a parenthesis with lower-case letters, at least one of them
  // not ASCII (a tone mark) or a tone number; or such a syllable right after it (flattened
  // ruby: 管guǎn, 需xu1).
  return R"(\p{Han}(?:[(（] *[a-z]*(?:[^\x00-\x7F\p{Han}]|[a-z][1-5])[^()（）]{0,40}[)）]|[a-z]*[\x{E0}-\x{1DC}\x{300}-\x{30C}]|[a-z]{1,6}[1-5]))";
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
  std::size_t han_run = 0;  // Han characters right before `pos`
  for (std::size_t pos = unit.begin; pos < unit.end;) {
    const auto byte = static_cast<unsigned char>(all[pos]);
    if (han_run > 0 && (byte == '(' || is_open(all, pos))) {
      Annotation annotation{};
      std::size_t tokens = 0;
      std::size_t character = pos;
      const char32_t c = doc::previous_code_point(all, character);
      if (parse_parenthesized(tables, all, pos, unit.end, han_run, annotation, tokens) &&
          (tokens > 1 || tables.surprisal(c) < m_max_surprisal)) {
        for (std::size_t k = 1; k < tokens; ++k) {
          doc::previous_code_point(all, character);
        }
        annotation.character = character;
        found.push_back(annotation);
        pos = annotation.end;
        han_run = 0;
        continue;
      }
    } else if (han_run > 0 && (std::islower(byte) != 0 || byte >= 0xC3)) {
      // Flattened ruby: a syllable right after the character (管guǎn理lǐ, 需xu1要yao4).
      const std::size_t end = token_end(all, pos, unit.end);
      std::size_t after = end;
      const char32_t next = end < unit.end ? doc::next_code_point(all, after) : 0;
      const bool closed = next == 0 || classes.is_han(next) || (next >= 0x3000 && next < 0x3040) ||
                          (next >= 0xFF00 && next < 0xFF10) || next == ' ' || next == '\n' ||
                          next == '\r' || next == ',' || next == '.';
      const Tone tone =
          end > pos && closed ? classify_token(tables, all.substr(pos, end - pos)) : Tone::invalid;
      if (tone == Tone::marked || tone == Tone::numbered) {
        std::size_t character = pos;
        const char32_t c = doc::previous_code_point(all, character);
        if (tables.surprisal(c) < m_max_surprisal) {
          found.push_back({character, pos, end, pos, end});
          pos = end;
          han_run = 0;
          continue;
        }
      }
    }
    const char32_t c = doc::next_code_point(all, pos);
    han_run = classes.is_han(c) ? han_run + 1 : 0;
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
