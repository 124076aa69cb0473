#include "kinds/compatibility_ideograph.h"

#include <unicode/uchar.h>

#include <optional>
#include <stdexcept>

#include "doc/utf8.h"
#include "text/normalize.h"

namespace docqc::kinds {

std::unique_ptr<rules::Rule> CompatibilityIdeographRule::create(rules::RuleInfo info,
                                                                rules::OptionReader& options) {
  std::unique_ptr<CompatibilityIdeographRule> rule(new CompatibilityIdeographRule(std::move(info)));
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, {"text", "fixed"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void CompatibilityIdeographRule::check(const doc::Document& document, doc::TextRange unit,
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
    const std::optional<char32_t> unified = text::nfkc_single(static_cast<char32_t>(c));
    if (!unified || !u_hasBinaryProperty(static_cast<UChar32>(*unified), UCHAR_UNIFIED_IDEOGRAPH)) {
      continue;
    }
    if (fixed.empty() || start != run_end) {
      flush();
      run_begin = start;
    }
    doc::append_utf8(fixed, *unified);
    run_end = pos;
  }
  flush();
}

}  // namespace docqc::kinds
