// kind: pinyin — toned pinyin syllables that a converter left after characters: 發(fā)展,
// 時(shí)間, 會(huì )議. One finding per annotation, with an unsafe fix that removes it (deleting
// a real gloss would change the text).
//
// An annotation, right after a Han character, is: lower-case syllables of
// rules/data/pinyin-syllables.txt in ASCII or full-width parentheses, apart by single spaces,
// at least one with a tone mark or a tone number, and no more of them than the Han characters
// before (發(fā), 會(huì ), 监督（jiān dū）, 發(fa1)); or one syllable with a tone mark or number
// written right after the character (flattened ruby: 管guǎn理lǐ, 需xu1要yao4). Not
// reported: capitalised or multi-syllable glosses (天津（Tiānjīn）), annotations of rare
// characters (surprisal at or above `max_surprisal`, default 140: a real gloss of 甪(lù)), a
// paragraph that mentions one of `context_words` (拼音, 注音, 读音 ...: language teaching),
// and a line where more than `teaching_density` (0.5) of the Han characters are annotated
// (你(nǐ)好(hǎo)). A converter annotates throughout a document, a writer glosses a word or two
// (重(chóng)庆, 长(zhǎng)辈): nothing is reported unless the scope (the document) holds at least
// `min_annotations` (3) annotations. Scope: document (or paragraph, which then counts per
// paragraph). Variables: {text} (the annotation), {syllable}, {character}.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class PinyinRule : public rules::Rule {
 public:
  struct Annotation {
    std::size_t character;  // offset of the annotated Han character
    std::size_t begin;      // the opening parenthesis
    std::size_t end;        // just after the closing one
    std::size_t syllable_begin;
    std::size_t syllable_end;
  };

  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override;
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit PinyinRule(rules::RuleInfo info) : Rule(std::move(info)) {}
  // The annotations of one paragraph that are not language teaching.
  void collect(const doc::Document& document, doc::TextRange paragraph,
               std::vector<Annotation>& out) const;

  rules::MessageTemplate m_message;
  std::vector<std::string> m_context_words;
  unsigned m_max_surprisal = 140;
  double m_teaching_density = 0.5;
  std::size_t m_min_annotations = 3;
};

}  // namespace docqc::kinds
