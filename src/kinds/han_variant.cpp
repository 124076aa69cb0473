#include "kinds/han_variant.h"

#include <string>

namespace docqc::kinds {

using text::HanVariant;

std::unique_ptr<rules::Rule> HanVariantRule::create(rules::RuleInfo info,
                                                    rules::OptionReader& options) {
  return std::unique_ptr<rules::Rule>(new HanVariantRule(std::move(info), options));
}

void HanVariantRule::check(const doc::Document& document, doc::TextRange unit,
                           rules::FindingSink& sink) const {
  const std::string_view all = document.text();
  VariantScan local;
  const VariantView view(VariantScan::of(document, unit, sink, local), all, m_options);
  const HanVariant report = m_options.report;
  const HanVariant expected = other_variant(report);
  const HanVariant document_majority = view.document_majority();
  // A traditional paragraph in a traditional document is fine however simplified one of its
  // neighbours is: report only where the variant loses both locally and overall.
  if (document_majority == report) {
    return;
  }
  std::string fixed;
  for (const VariantView::Paragraph& paragraph : view.paragraphs) {
    HanVariant reference = majority_of(paragraph.simplified, paragraph.traditional,
                                       m_options.min_evidence, m_options.majority);
    if (reference == HanVariant::neutral) {
      reference = document_majority;
    }
    if (reference != expected) {
      continue;
    }
    std::size_t k = paragraph.first;
    while (k < paragraph.end) {
      if (view.marks[k].variant != report) {
        ++k;
        continue;
      }
      std::size_t run_end = k + 1;
      while (run_end < paragraph.end && view.marks[run_end].variant == report &&
             view.marks[run_end].joined) {
        ++run_end;
      }
      const std::size_t begin = view.marks[k].offset;
      const std::size_t end = view.marks[run_end - 1].offset + view.marks[run_end - 1].length;
      view.convert(all, k, run_end, begin, report, fixed);
      const std::string_view original = all.substr(begin, end - begin);
      const std::string said = message(original, fixed);
      Finding& finding = sink.add(info(), begin, end - begin, said);
      finding.fix = Fix{begin, end - begin, fixed, false};
      k = run_end;
    }
  }
}

}  // namespace docqc::kinds
