#include "kinds/script.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <vector>

#include "doc/utf8.h"
#include "text/char_class.h"
#include "text/confusables.h"

namespace docqc::kinds {

namespace {

using text::HanVariant;

std::string_view variant_name(HanVariant variant) {
  return variant == HanVariant::simplified ? "simplified" : "traditional";
}

HanVariant other(HanVariant variant) {
  return variant == HanVariant::simplified ? HanVariant::traditional : HanVariant::simplified;
}

// The variant `share` of the distinctive characters agree on, when there are at least
// `min_evidence` of them; neutral otherwise.
HanVariant majority_of(std::size_t simplified, std::size_t traditional, std::size_t min_evidence,
                       double share) {
  const std::size_t total = simplified + traditional;
  if (total == 0 || total < min_evidence) {
    return HanVariant::neutral;
  }
  if (static_cast<double>(simplified) >= share * static_cast<double>(total)) {
    return HanVariant::simplified;
  }
  if (static_cast<double>(traditional) >= share * static_cast<double>(total)) {
    return HanVariant::traditional;
  }
  return HanVariant::neutral;
}

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    throw std::runtime_error("ICU has no NFKC data");
  }
  return *normalizer;
}

// The single code point NFKC maps `c` to, or U_SENTINEL when it maps to nothing else.
UChar32 nfkc_single(UChar32 c) {
  icu::UnicodeString decomposition;
  if (!nfkc().getDecomposition(c, decomposition) || decomposition.countChar32() != 1) {
    return U_SENTINEL;
  }
  return decomposition.char32At(0);
}

// Full-width ASCII letters and digits (U+FF10..U+FF5A) and their ASCII forms, from ICU's
// NFKC data.
class FullwidthAscii {
 public:
  static const FullwidthAscii& instance() {
    static const FullwidthAscii k_instance;
    return k_instance;
  }
  // The ASCII letter or digit a full-width character stands for, or 0.
  char ascii(char32_t c) const { return c >= k_first && c <= k_last ? m_ascii[c - k_first] : 0; }

 private:
  static constexpr char32_t k_first = 0xFF01;
  static constexpr char32_t k_last = 0xFF5E;
  FullwidthAscii() {
    for (char32_t c = k_first; c <= k_last; ++c) {
      const UChar32 base = nfkc_single(static_cast<UChar32>(c));
      if ((text::CharClass::instance().flags(c) & text::k_fullwidth) && base >= 0 && base < 128 &&
          u_isalnum(base)) {
        m_ascii[c - k_first] = static_cast<char>(base);
      }
    }
  }
  std::array<char, k_last - k_first + 1> m_ascii{};
};

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

std::unique_ptr<rules::Rule> ScriptRule::create(rules::RuleInfo info,
                                                rules::OptionReader& options) {
  std::unique_ptr<ScriptRule> rule(new ScriptRule(std::move(info)));
  const std::string check = options.required_string("check");
  std::vector<std::string> variables = {"text", "fixed"};
  if (check == "variant") {
    rule->m_check = Check::variant;
    const std::string report = options.required_string("report");
    if (report == "traditional") {
      rule->m_report = HanVariant::traditional;
    } else if (report == "simplified") {
      rule->m_report = HanVariant::simplified;
    } else {
      options.fail("report",
                   fmt::format("unknown variant '{}' (known: traditional, simplified)", report));
    }
    rule->m_exempt_titles = options.boolean("exempt_titles", false);
    rule->m_exempt_quotes = options.boolean("exempt_quotes", false);
    const std::string ignore = options.optional_string("ignore").value_or("");
    for (std::size_t pos = 0; pos < ignore.size();) {
      rule->m_ignore.push_back(doc::next_code_point(ignore, pos));
    }
    rule->m_min_evidence = static_cast<std::size_t>(options.integer("min_evidence", 4, 1, 1000));
    rule->m_majority = options.number("majority", 0.75, 0.5, 1.0);
    rule->m_paragraphs = options.boolean("paragraphs", false);
    variables.insert(variables.end(), {"found", "expected"});
    // Fail at load time, not at the first document, if the tables are broken.
    text::HanTables::builtin();
  } else if (check == "homoglyph") {
    rule->m_check = Check::homoglyph;
    variables.push_back("script");
    // Letters of two scripts side by side, or a lower-case letter that passes for a capital
    // (l for I, from ICU's confusables) between capitals.
    std::string lookalikes;
    for (char c = 'a'; c <= 'z'; ++c) {
      if (text::Confusables::instance().capital_lookalike(c) >= 0) {
        lookalikes += c;
      }
    }
    rule->m_homoglyph_trigger =
        R"(\p{Latin}[\p{Greek}\p{Cyrillic}]|[\p{Greek}\p{Cyrillic}]\p{Latin}|)"
        R"(\p{Greek}\p{Cyrillic}|\p{Cyrillic}\p{Greek})";
    if (!lookalikes.empty()) {
      rule->m_homoglyph_trigger += "|[A-Z][" + lookalikes + "][A-Z]";
    }
  } else if (check == "compatibility") {
    rule->m_check = Check::compatibility;
  } else if (check == "width") {
    rule->m_check = Check::width;
    variables.insert(variables.end(), {"found", "expected", "class", "count", "expected_count"});
  } else {
    options.fail("check", fmt::format("unknown check '{}' (known: variant, homoglyph, "
                                      "compatibility, width)",
                                      check));
  }
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, variables);
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

std::string ScriptRule::trigger() const {
  switch (m_check) {
    case Check::variant:
      return {};
    case Check::homoglyph:
      return m_homoglyph_trigger;
    case Check::compatibility:
      return R"([\x{2E80}-\x{2FDF}\x{F900}-\x{FAFF}\x{2F800}-\x{2FA1F}])";
    case Check::width:
      return {};  // check_width's own memchr prefilter is cheaper than a pass of the set
  }
  return {};
}

void ScriptRule::check(const doc::Document& document, doc::TextRange unit,
                       rules::FindingSink& sink) const {
  switch (m_check) {
    case Check::variant:
      check_variant(document, unit, sink);
      break;
    case Check::homoglyph:
      check_homoglyph(document, unit, sink);
      break;
    case Check::compatibility:
      check_compatibility(document, unit, sink);
      break;
    case Check::width:
      check_width(document, unit, sink);
      break;
  }
}

namespace {

// Every variant-only character of a unit's paragraphs, found in one pass that both variant
// rules share (FindingSink::memo): where it is, whether only Han characters stand between it
// and the previous one, and whether it is inside 《》 or quotes. Each rule then applies its own
// options (ignore, exempt_titles, exempt_quotes) to the list.
struct VariantScan {
  struct Mark {
    std::uint32_t offset;
    std::uint8_t length;
    HanVariant variant;
    bool joined;  // only Han characters since the previous mark of this paragraph
    bool in_title;
    bool in_quote;
  };
  std::vector<Mark> marks;
  std::vector<std::pair<std::size_t, std::size_t>> paragraphs;  // [first, end) into marks
};

const char k_variant_scan_key = 0;
// Kana characters that make a paragraph Japanese.
constexpr int k_japanese_kana = 3;

VariantScan scan_variants(const doc::Document& document, doc::TextRange unit) {
  const text::HanTables& tables = text::HanTables::builtin();
  const std::string_view all = document.text();
  VariantScan scan;
  for (const auto& paragraph : document.paragraphs()) {
    const doc::TextRange range = paragraph.range;
    if (range.begin < unit.begin || range.end > unit.end) {
      continue;
    }
    const std::size_t first = scan.marks.size();
    bool joined = false;
    int titles = 0;
    int quotes = 0;
    int kana = 0;
    std::size_t pos = range.begin;
    while (pos < range.end) {
      if (static_cast<unsigned char>(all[pos]) < 0x80) {
        ++pos;
        joined = false;
        continue;
      }
      const std::size_t start = pos;
      const char32_t c = doc::next_code_point(all, pos);
      kana += (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FA);
      const text::HanClass han_class = tables.classify(c);
      if (han_class == text::HanClass::neutral) {
        continue;
      }
      if (han_class != text::HanClass::other) {
        scan.marks.push_back({static_cast<std::uint32_t>(start),
                              static_cast<std::uint8_t>(pos - start),
                              han_class == text::HanClass::simplified ? HanVariant::simplified
                                                                      : HanVariant::traditional,
                              joined, titles > 0, quotes > 0});
        joined = true;
        continue;
      }
      joined = false;
      switch (c) {
        case U'《':
          ++titles;
          break;
        case U'》':
          titles -= titles > 0;
          break;
        case U'“':
        case U'「':
        case U'『':
          ++quotes;
          break;
        case U'”':
        case U'」':
        case U'』':
          quotes -= quotes > 0;
          break;
        default:
          break;
      }
    }
    // A Japanese paragraph (kana in it; one stray katakana is an OCR look-alike, not a
    // language) writes kanji: neither simplified nor traditional Chinese.
    if (kana >= k_japanese_kana) {
      scan.marks.resize(first);
    }
    scan.paragraphs.emplace_back(first, scan.marks.size());
  }
  return scan;
}

}  // namespace

void ScriptRule::check_variant(const doc::Document& document, doc::TextRange unit,
                               rules::FindingSink& sink) const {
  const text::HanTables& tables = text::HanTables::builtin();
  const std::string_view all = document.text();
  VariantScan local;
  const bool whole = unit.begin == 0 && unit.end == all.size();
  if (!whole) {
    local = scan_variants(document, unit);
  }
  const VariantScan& scan =
      whole ? sink.memo<VariantScan>(&k_variant_scan_key,
                                     [&] { return scan_variants(document, unit); })
            : local;

  // This rule's view of the marks: exempt ones break runs like any non-Han character,
  // ignored ones are neutral Han characters.
  struct Mark {
    std::uint32_t offset;
    std::uint8_t length;
    HanVariant variant;
    bool joined;
  };
  struct ParagraphMarks {
    std::size_t first;
    std::size_t end;
    std::size_t simplified;
    std::size_t traditional;
  };
  std::vector<Mark> marks;
  marks.reserve(scan.marks.size());
  std::vector<ParagraphMarks> paragraphs;
  paragraphs.reserve(scan.paragraphs.size());
  std::size_t total_simplified = 0;
  std::size_t total_traditional = 0;
  for (const auto& [first, end] : scan.paragraphs) {
    ParagraphMarks counts{marks.size(), 0, 0, 0};
    bool chain = false;  // a kept mark before, and only Han characters since
    for (std::size_t i = first; i < end; ++i) {
      const VariantScan::Mark& mark = scan.marks[i];
      if ((m_exempt_titles && mark.in_title) || (m_exempt_quotes && mark.in_quote)) {
        chain = false;
        continue;
      }
      chain = chain && mark.joined;
      if (!m_ignore.empty()) {
        std::size_t pos = mark.offset;
        const char32_t c = doc::next_code_point(all, pos);
        if (std::find(m_ignore.begin(), m_ignore.end(), c) != m_ignore.end()) {
          continue;
        }
      }
      marks.push_back({mark.offset, mark.length, mark.variant, chain});
      ++(mark.variant == HanVariant::simplified ? counts.simplified : counts.traditional);
      chain = true;
    }
    counts.end = marks.size();
    total_simplified += counts.simplified;
    total_traditional += counts.traditional;
    paragraphs.push_back(counts);
  }

  // The document's variant is the plain majority; a paragraph needs a clear one of its own.
  const HanVariant document_majority = total_simplified > total_traditional ? HanVariant::simplified
                                       : total_traditional > total_simplified
                                           ? HanVariant::traditional
                                           : HanVariant::neutral;
  const HanVariant expected = other(m_report);
  // A traditional paragraph in a traditional document is fine however simplified one of its
  // neighbours is: report only where the variant loses both locally and overall.
  if (document_majority == m_report) {
    return;
  }
  std::string fixed;
  auto convert = [&](std::size_t from, std::size_t to, std::size_t begin) {
    fixed.clear();
    std::size_t copied = begin;
    for (std::size_t m = from; m < to; ++m) {
      if (marks[m].variant != m_report) {
        continue;
      }
      fixed.append(all.substr(copied, marks[m].offset - copied));
      std::size_t pos = marks[m].offset;
      fixed.append(tables.counterpart(doc::next_code_point(all, pos)));
      copied = pos;
    }
    return copied;
  };
  auto lookup = [&](std::string_view original) {
    return [this, original, &fixed, expected](std::string_view name) -> std::string_view {
      if (name == "text") {
        return original;
      }
      if (name == "fixed") {
        return fixed;
      }
      return variant_name(name == "found" ? m_report : expected);
    };
  };
  const std::size_t total_report =
      m_report == HanVariant::simplified ? total_simplified : total_traditional;
  const std::size_t total_expected = total_simplified + total_traditional - total_report;
  for (const ParagraphMarks& paragraph : paragraphs) {
    HanVariant reference =
        majority_of(paragraph.simplified, paragraph.traditional, m_min_evidence, m_majority);
    if (m_paragraphs) {
      // A paragraph converted as a whole: its own clear majority is the variant the rest of
      // the document, just as clearly, does not use. One finding for the paragraph.
      const std::size_t own_report =
          m_report == HanVariant::simplified ? paragraph.simplified : paragraph.traditional;
      const std::size_t own_expected = paragraph.simplified + paragraph.traditional - own_report;
      const std::size_t rest_expected = total_expected - own_expected;
      const std::size_t rest_report = total_report - own_report;
      if (reference != m_report || rest_expected < m_min_evidence ||
          static_cast<double>(rest_expected) <
              m_majority * static_cast<double>(rest_expected + rest_report)) {
        continue;
      }
      std::size_t first = paragraph.first;
      while (marks[first].variant != m_report) {
        ++first;
      }
      std::size_t last = paragraph.end;
      while (marks[last - 1].variant != m_report) {
        --last;
      }
      const std::size_t begin = marks[first].offset;
      const std::size_t end = marks[last - 1].offset + marks[last - 1].length;
      const std::size_t copied = convert(first, last, begin);
      fixed.append(all.substr(copied, end - copied));
      const std::string_view original = all.substr(begin, end - begin);
      Finding& finding = sink.add(info(), begin, end - begin, m_message.expand(lookup(original)));
      finding.fix = Fix{begin, end - begin, fixed, false};
      continue;
    }
    if (reference == HanVariant::neutral) {
      reference = document_majority;
    }
    if (reference != expected) {
      continue;
    }
    std::size_t k = paragraph.first;
    while (k < paragraph.end) {
      if (marks[k].variant != m_report) {
        ++k;
        continue;
      }
      std::size_t run_end = k + 1;
      while (run_end < paragraph.end && marks[run_end].variant == m_report &&
             marks[run_end].joined) {
        ++run_end;
      }
      const std::size_t begin = marks[k].offset;
      const std::size_t end = marks[run_end - 1].offset + marks[run_end - 1].length;
      convert(k, run_end, begin);
      const std::string_view original = all.substr(begin, end - begin);
      Finding& finding = sink.add(info(), begin, end - begin, m_message.expand(lookup(original)));
      finding.fix = Fix{begin, end - begin, fixed, false};
      k = run_end;
    }
  }
}

void ScriptRule::check_homoglyph(const doc::Document& document, doc::TextRange unit,
                                 rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const text::Confusables& confusables = text::Confusables::instance();
  const std::string_view all = document.text();
  std::string fixed;
  std::string_view script_name;
  auto report = [&](std::size_t begin, std::size_t end, bool safe) {
    const std::string_view word = all.substr(begin, end - begin);
    auto lookup = [&](std::string_view name) -> std::string_view {
      return name == "text" ? word : name == "fixed" ? std::string_view(fixed) : script_name;
    };
    Finding& finding = sink.add(info(), begin, end - begin, m_message.expand(lookup));
    finding.fix = Fix{begin, end - begin, fixed, safe};
  };

  std::size_t pos = unit.begin;
  while (pos < unit.end) {
    const std::size_t begin = pos;
    const char32_t first = doc::next_code_point(all, pos);
    if ((classes.flags(first) & text::k_letter) == 0) {
      continue;
    }
    bool ascii = first < 0x80;
    std::size_t end = pos;
    while (end < unit.end) {
      std::size_t next = end;
      const char32_t c = doc::next_code_point(all, next);
      if ((classes.flags(c) & (text::k_letter | text::k_combining)) == 0) {
        break;
      }
      ascii &= c < 0x80;
      end = next;
    }
    pos = end;
    const std::string_view word = all.substr(begin, end - begin);
    if (ascii) {
      // COVlD: capitals with a lower-case letter inside that passes for another capital.
      std::size_t capitals = 0;
      std::size_t lookalikes = 0;
      std::size_t others = 0;
      for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c >= 'A' && c <= 'Z') {
          ++capitals;
        } else if (i > 0 && i + 1 < word.size() && confusables.capital_lookalike(c) >= 0) {
          ++lookalikes;
        } else {
          ++others;
        }
      }
      if (lookalikes == 0 || others != 0 || capitals < 3) {
        continue;
      }
      fixed.assign(word);
      for (char& c : fixed) {
        if (c < 'A' || c > 'Z') {
          c = static_cast<char>(confusables.capital_lookalike(c));
        }
      }
      script_name = "Latin";
      report(begin, end, false);
      continue;
    }
    if (!confusables.mixes_scripts(word)) {
      continue;
    }
    std::size_t counts[3] = {0, 0, 0};  // Latin, Greek, Cyrillic
    constexpr UScriptCode k_scripts[3] = {USCRIPT_LATIN, USCRIPT_GREEK, USCRIPT_CYRILLIC};
    auto script_index = [&](char32_t c) -> int {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
      for (int i = 0; i < 3; ++i) {
        if (script == k_scripts[i]) {
          return i;
        }
      }
      return -1;
    };
    for (std::size_t i = 0; i < word.size();) {
      const int index = script_index(doc::next_code_point(word, i));
      if (index >= 0) {
        ++counts[index];
      }
    }
    int majority = 0;
    for (int i = 1; i < 3; ++i) {
      if (counts[i] > counts[majority]) {
        majority = i;
      }
    }
    if (counts[0] + counts[1] + counts[2] == counts[majority]) {
      continue;  // ICU objects to another mix (Latin with Hangul, say): not a homoglyph
    }
    fixed.clear();
    bool all_lookalikes = true;
    for (std::size_t i = 0; i < word.size() && all_lookalikes;) {
      const char32_t c = doc::next_code_point(word, i);
      const int index = script_index(c);
      if (index < 0 || index == majority) {
        doc::append_utf8(fixed, c);
        continue;
      }
      const UChar32 lookalike = confusables.lookalike(static_cast<UChar32>(c), k_scripts[majority]);
      all_lookalikes = lookalike >= 0;
      if (all_lookalikes) {
        doc::append_utf8(fixed, static_cast<char32_t>(lookalike));
      }
    }
    if (!all_lookalikes) {
      continue;
    }
    script_name = uscript_getName(k_scripts[majority]);
    report(begin, end, true);
  }
}

void ScriptRule::check_compatibility(const doc::Document& document, doc::TextRange unit,
                                     rules::FindingSink& sink) const {
  const std::string_view all = document.text();
  std::size_t run_begin = 0;
  std::size_t run_end = 0;
  std::string fixed;
  auto flush = [&] {
    if (fixed.empty()) {
      return;
    }
    const std::string_view original = all.substr(run_begin, run_end - run_begin);
    auto lookup = [&](std::string_view name) -> std::string_view {
      return name == "text" ? original : std::string_view(fixed);
    };
    Finding& finding = sink.add(info(), run_begin, run_end - run_begin, m_message.expand(lookup));
    finding.fix = Fix{run_begin, run_end - run_begin, fixed, true};
    fixed.clear();
  };
  std::size_t pos = unit.begin;
  while (pos < unit.end) {
    const auto lead = static_cast<unsigned char>(all[pos]);
    if (lead != 0xE2 && lead != 0xEF && lead != 0xF0) {
      pos += doc::utf8_sequence_length(lead);
      continue;
    }
    const std::size_t start = pos;
    const auto c = static_cast<UChar32>(doc::next_code_point(all, pos));
    const UBlockCode block = ublock_getCode(c);
    if (block != UBLOCK_KANGXI_RADICALS && block != UBLOCK_CJK_RADICALS_SUPPLEMENT &&
        block != UBLOCK_CJK_COMPATIBILITY_IDEOGRAPHS &&
        block != UBLOCK_CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT) {
      continue;
    }
    const UChar32 unified = nfkc_single(c);
    if (unified < 0 || !u_hasBinaryProperty(unified, UCHAR_UNIFIED_IDEOGRAPH)) {
      continue;
    }
    if (fixed.empty() || start != run_end) {
      flush();
      run_begin = start;
    }
    doc::append_utf8(fixed, static_cast<char32_t>(unified));
    run_end = pos;
  }
  flush();
}

void ScriptRule::check_width(const doc::Document& document, doc::TextRange unit,
                             rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const FullwidthAscii& fullwidth = FullwidthAscii::instance();
  const std::string_view all = document.text();
  struct Token {
    std::uint32_t begin;
    std::uint32_t end;
    bool full;
    bool digit;
    bool next_to_cjk;
  };
  // Without a single full-width letter or digit there is nothing to mix: look for one by
  // its UTF-8 lead byte first.
  bool any_fullwidth = false;
  for (std::size_t pos = all.find('\xEF', unit.begin); pos < unit.end && !any_fullwidth;
       pos = all.find('\xEF', pos + 1)) {
    std::size_t next = pos;
    any_fullwidth = fullwidth.ascii(doc::next_code_point(all, next)) != 0;
  }
  if (!any_fullwidth) {
    return;
  }
  std::vector<Token> tokens;
  std::size_t counts[2][2] = {{0, 0}, {0, 0}};  // [digit][full]
  // ASCII letter or digit, full or half width, and which class; 0 when neither.
  auto classify = [&](char32_t c, bool& full) -> char {
    if (c < 0x80) {
      full = false;
      return is_ascii_alnum(c) ? static_cast<char>(c) : 0;
    }
    full = true;
    return fullwidth.ascii(c);
  };
  char32_t previous = 0;
  std::size_t pos = unit.begin;
  while (pos < unit.end) {
    const std::size_t begin = pos;
    const char32_t c = doc::next_code_point(all, pos);
    bool full = false;
    const char base = classify(c, full);
    if (base == 0) {
      previous = c;
      continue;
    }
    const bool digit = base >= '0' && base <= '9';
    std::size_t end = pos;
    char32_t next = 0;
    while (end < unit.end) {
      std::size_t after = end;
      next = doc::next_code_point(all, after);
      bool next_full = false;
      const char next_base = classify(next, next_full);
      if (next_base == 0 || next_full != full || (next_base >= '0' && next_base <= '9') != digit) {
        break;
      }
      next = 0;
      end = after;
    }
    const bool next_to_cjk =
        (previous != 0 && classes.is_cjk(previous)) || (next != 0 && classes.is_cjk(next));
    tokens.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), full,
                      digit, next_to_cjk});
    ++counts[digit][full];
    pos = end;
    previous = 0;
  }
  for (const Token& token : tokens) {
    const std::size_t count = counts[token.digit][token.full];
    const std::size_t expected_count = counts[token.digit][!token.full];
    // Half-width runs away from Chinese text are English words, URLs, code: left alone.
    if (count >= expected_count || (!token.full && !token.next_to_cjk)) {
      continue;
    }
    const std::string_view original = all.substr(token.begin, token.end - token.begin);
    const std::string fixed = rules::apply_filter(token.full ? "halfwidth" : "fullwidth", original);
    const std::string count_text = std::to_string(count);
    const std::string expected_text = std::to_string(expected_count);
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return original;
      }
      if (name == "fixed") {
        return fixed;
      }
      if (name == "found") {
        return token.full ? "full-width" : "half-width";
      }
      if (name == "expected") {
        return token.full ? "half-width" : "full-width";
      }
      if (name == "class") {
        return token.digit ? "digits" : "letters";
      }
      return name == "count" ? std::string_view(count_text) : std::string_view(expected_text);
    };
    Finding& finding =
        sink.add(info(), token.begin, token.end - token.begin, m_message.expand(lookup));
    finding.fix = Fix{token.begin, token.end - token.begin, fixed, true};
  }
}

}  // namespace docqc::kinds
