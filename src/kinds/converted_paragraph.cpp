#include "kinds/converted_paragraph.h"

#include <string>

namespace docqc::kinds {

using text::HanVariant;

std::unique_ptr<rules::Rule> ConvertedParagraphRule::create(rules::RuleInfo info,
                                                            rules::OptionReader& options) {
  return std::unique_ptr<rules::Rule>(new ConvertedParagraphRule(std::move(info), options));
}

void ConvertedParagraphRule::check(const doc::Document& document, doc::TextRange unit,
                                   rules::FindingSink& sink) const {
  const std::string_view all = document.text();
  VariantScan local;
  const VariantView view(VariantScan::of(document, unit, sink, local), all, m_options);
  const HanVariant report = m_options.report;
  if (view.document_majority() == report) {
    return;
  }
  const std::size_t total_report =
      report == HanVariant::simplified ? view.simplified : view.traditional;
  const std::size_t total_expected = view.simplified + view.traditional - total_report;
  std::string fixed;
  for (const VariantView::Paragraph& paragraph : view.paragraphs) {
    const HanVariant reference = majority_of(paragraph.simplified, paragraph.traditional,
                                             m_options.min_evidence, m_options.majority);
    const std::size_t own_report =
        report == HanVariant::simplified ? paragraph.simplified : paragraph.traditional;
    const std::size_t own_expected = paragraph.simplified + paragraph.traditional - own_report;
    const std::size_t rest_expected = total_expected - own_expected;
    const std::size_t rest_report = total_report - own_report;
    if (reference != report || rest_expected < m_options.min_evidence ||
        static_cast<double>(rest_expected) <
            m_options.majority * static_cast<double>(rest_expected + rest_report)) {
      continue;
    }
    std::size_t first = paragraph.first;
    while (view.marks[first].variant != report) {
      ++first;
    }
    std::size_t last = paragraph.end;
    while (view.marks[last - 1].variant != report) {
      --last;
    }
    const std::size_t begin = view.marks[first].offset;
    const std::size_t end = view.marks[last - 1].offset + view.marks[last - 1].length;
    const std::size_t copied = view.convert(all, first, last, begin, report, fixed);
    fixed.append(all.substr(copied, end - copied));
    const std::string_view original = all.substr(begin, end - begin);
    const std::string said = message(original, fixed);
    Finding& finding = sink.add(info(), begin, end - begin, said);
    finding.fix = Fix{begin, end - begin, fixed, false};
  }
}

}  // namespace docqc::kinds
