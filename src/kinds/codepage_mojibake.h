// kind: codepage-mojibake — Chinese text decoded with the wrong code page (GBK bytes read as
// Big5, Big5 read as GBK, UTF-8 read as GBK ...): valid but meaningless Han characters
// (壽衾荂楷毞踩庈懈 is 关于印发天津 as GBK, read as Big5). Category garbled.
//
// Rare characters are not evidence: poetry (騧骊骃), chemistry (吡啶、嘧啶) and medicine (黄芪、
// 茯苓) are full of them. They only nominate candidates cheaply: a window of `window` (8) Han
// characters of which `min_rare` (5) have a surprisal of at least `rare` (140, tenths of a bit,
// rules/data/han-frequency.txt). The evidence is the round trip: the candidate run is encoded
// back with the code page it was read with and decoded with the one it was written in, for each
// of `decodings` ("GBK read as Big5" ...; ICU converter names). A finding needs a decoding
// that gives at least `min_characters` (6) Han characters, almost no undecodable bytes, a mean
// surprisal of at most `common` (125: ordinary prose is 95-105) and at least `min_gain` (50)
// below the run's own. Text that reads no better in any other code page stays quiet, however
// rare its characters. The span grows over neighbouring characters that read as common ones
// in the same decoding (code pages of two bytes a character only, where characters line up).
// ICU is only called on candidates, never per character of the text.
//
// Fix: the decoded text, unsafe (bytes lost in the first decoding cannot come back). Scope:
// paragraph. Variables: {text}, {fixed}, {source} (the code page the text was written in),
// {seen} (the one it was read with), {count} (Han characters in the run).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class CodepageMojibakeRule : public rules::Rule {
 public:
  // One hypothesis: text written in `source`, decoded as `seen` (ICU converter names).
  struct Decoding {
    std::string source;
    std::string seen;
  };

  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit CodepageMojibakeRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  struct Verdict {
    const Decoding* decoding = nullptr;
    std::string fixed;
    bool lossless = false;
  };
  // The best decoding of `run`, or none when none reads as common text.
  Verdict judge(std::string_view run) const;
  // Reports the run [begin, end) (or the wider run around it) when a decoding reads it;
  // returns the end of the reported span, or 0.
  std::size_t report(std::string_view all, std::size_t begin, std::size_t end, doc::TextRange unit,
                     rules::FindingSink& sink) const;

  rules::MessageTemplate m_message;
  std::vector<Decoding> m_decodings;
  std::size_t m_window = 8;
  std::size_t m_min_rare = 5;
  unsigned m_rare = 140;
  std::size_t m_min_characters = 6;
  unsigned m_common = 125;
  unsigned m_min_gain = 50;
};

}  // namespace docqc::kinds
