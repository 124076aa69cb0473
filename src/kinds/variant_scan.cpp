#include "kinds/variant_scan.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "doc/utf8.h"

namespace docqc::kinds {

using text::HanVariant;

namespace {

const char k_variant_scan_key = 0;
// Kana characters that make a paragraph Japanese.
constexpr int k_japanese_kana = 3;

}  // namespace

VariantScan VariantScan::scan(const doc::Document& document, doc::TextRange unit) {
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

const VariantScan& VariantScan::of(const doc::Document& document, doc::TextRange unit,
                                   rules::FindingSink& sink, VariantScan& local) {
  if (unit.begin == 0 && unit.end == document.text().size()) {
    return sink.memo<VariantScan>(&k_variant_scan_key, [&] { return scan(document, unit); });
  }
  local = scan(document, unit);
  return local;
}

VariantOptions VariantOptions::read(rules::OptionReader& options) {
  VariantOptions out;
  const std::string report = options.required_string("report");
  if (report == "traditional") {
    out.report = HanVariant::traditional;
  } else if (report == "simplified") {
    out.report = HanVariant::simplified;
  } else {
    options.fail("report",
                 fmt::format("unknown variant '{}' (known: traditional, simplified)", report));
  }
  out.exempt_titles = options.boolean("exempt_titles", false);
  out.exempt_quotes = options.boolean("exempt_quotes", false);
  const std::string ignore = options.optional_string("ignore").value_or("");
  for (std::size_t pos = 0; pos < ignore.size();) {
    out.ignore.push_back(doc::next_code_point(ignore, pos));
  }
  out.min_evidence = static_cast<std::size_t>(options.integer("min_evidence", 4, 1, 1000));
  out.majority = options.number("majority", 0.75, 0.5, 1.0);
  // Fail at load time, not at the first document, if the tables are broken.
  text::HanTables::builtin();
  return out;
}

VariantView::VariantView(const VariantScan& scan, std::string_view text,
                         const VariantOptions& options) {
  marks.reserve(scan.marks.size());
  paragraphs.reserve(scan.paragraphs.size());
  for (const auto& [first, end] : scan.paragraphs) {
    Paragraph counts{marks.size(), 0, 0, 0};
    bool chain = false;  // a kept mark before, and only Han characters since
    for (std::size_t i = first; i < end; ++i) {
      const VariantScan::Mark& mark = scan.marks[i];
      if ((options.exempt_titles && mark.in_title) || (options.exempt_quotes && mark.in_quote)) {
        chain = false;
        continue;
      }
      chain = chain && mark.joined;
      if (!options.ignore.empty()) {
        std::size_t pos = mark.offset;
        const char32_t c = doc::next_code_point(text, pos);
        if (std::find(options.ignore.begin(), options.ignore.end(), c) != options.ignore.end()) {
          continue;
        }
      }
      marks.push_back({mark.offset, mark.length, mark.variant, chain});
      ++(mark.variant == HanVariant::simplified ? counts.simplified : counts.traditional);
      chain = true;
    }
    counts.end = marks.size();
    simplified += counts.simplified;
    traditional += counts.traditional;
    paragraphs.push_back(counts);
  }
}

HanVariant VariantView::document_majority() const {
  return simplified > traditional   ? HanVariant::simplified
         : traditional > simplified ? HanVariant::traditional
                                    : HanVariant::neutral;
}

std::size_t VariantView::convert(std::string_view text, std::size_t from, std::size_t to,
                                 std::size_t begin, HanVariant report, std::string& out) const {
  const text::HanTables& tables = text::HanTables::builtin();
  out.clear();
  std::size_t copied = begin;
  for (std::size_t m = from; m < to; ++m) {
    if (marks[m].variant != report) {
      continue;
    }
    out.append(text.substr(copied, marks[m].offset - copied));
    std::size_t pos = marks[m].offset;
    out.append(tables.counterpart(doc::next_code_point(text, pos)));
    copied = pos;
  }
  return copied;
}

VariantRuleBase::VariantRuleBase(rules::RuleInfo info, rules::OptionReader& options)
    : Rule(std::move(info)), m_options(VariantOptions::read(options)) {
  try {
    m_message =
        rules::MessageTemplate::parse(this->info().message, {"text", "fixed", "found", "expected"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
}

std::string VariantRuleBase::message(std::string_view original, std::string_view fixed) const {
  const HanVariant report = m_options.report;
  return m_message.expand([&](std::string_view name) -> std::string_view {
    if (name == "text") {
      return original;
    }
    if (name == "fixed") {
      return fixed;
    }
    return variant_name(name == "found" ? report : other_variant(report));
  });
}

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

std::string_view variant_name(HanVariant variant) {
  return variant == HanVariant::simplified ? "simplified" : "traditional";
}

HanVariant other_variant(HanVariant variant) {
  return variant == HanVariant::simplified ? HanVariant::traditional : HanVariant::simplified;
}

}  // namespace docqc::kinds
