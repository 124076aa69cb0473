#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::PinyinRule");

namespace {

// min_annotations is 1 unless `extra` sets it: most cases look at one annotation.
std::vector<docqc::Finding> run(const std::string& text, const std::string& extra = "") {
  std::string options = extra.find("min_annotations") == std::string::npos
                            ? extra + "    min_annotations: 1\n"
                            : extra;
  if (options.find("scope:") == std::string::npos) {
    options += "    scope: paragraph\n";
  }
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::rules::load_rules_from_text(R"(rules:
  - id: p
    kind: pinyin
    category: garbled
    message: "{character}{text}={syllable}"
)" + options,
                                                    "r.yaml"));
  std::vector<const docqc::rules::Rule*> rules;
  for (const auto& rule : keep.back()) {
    rules.push_back(rule.get());
  }
  docqc::engine::Engine engine(rules);
  docqc::doc::Document document("t.txt", text);
  nlohmann::json facts;
  return engine.check(document, facts);
}

}  // namespace

TEST_CASE("each annotation is one finding with an unsafe fix that removes it") {
  std::string text = "津政辦發(fā)〔2022〕15號,社會(huì )保障,時(shí)間";
  auto findings = run(text);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].message == "發(fā)=fā");
  CHECK(findings[0].offset == text.find("(fā)"));
  CHECK(findings[0].length == std::string("(fā)").size());
  REQUIRE(findings[0].fix.has_value());
  CHECK(findings[0].fix->replacement.empty());
  CHECK_FALSE(findings[0].fix->safe);  // deleting a real gloss would change the text
  CHECK(findings[1].message == "會(huì )=huì");
  CHECK(findings[2].message == "時(shí)=shí");
}

TEST_CASE("full-width parentheses and decomposed tone marks") {
  CHECK(run("發（fā）展").size() == 1);
  CHECK(run("發(fa\u0304)展").size() == 1);
}

TEST_CASE("real glosses are not annotations") {
  CHECK(run("天津（Tiānjīn）是直辖市").empty());  // capitalised, two syllables
  CHECK(run("天津(tiānjīn)是直辖市").empty());    // two syllables
  CHECK(run("甪(lù)直是古镇").empty());           // a rare character's reading
  CHECK(run("汉语拼音：发(fā)展").empty());       // a text about pronunciation
  CHECK(run("你(nǐ)好(hǎo)").empty());            // most characters annotated
  CHECK(run("图(a)和图(b)").empty());             // no tone mark
  CHECK(run("(fā)展").empty());                   // nothing annotated
  CHECK(run("ABC(fā)").empty());
}

TEST_CASE("options: context_words, max_surprisal, teaching_density") {
  CHECK(run("汉语拼音：发(fā)展", "    context_words: [注音]\n").size() == 1);
  CHECK(run("甪(lù)直是古镇", "    max_surprisal: 300\n").size() == 1);
  CHECK(run("你(nǐ)好(hǎo)", "    teaching_density: 1.0\n").size() == 2);
}

TEST_CASE("every converter form: several syllables, flattened ruby, tone numbers") {
  auto words = run("加强监督（jiān dū）工作");
  REQUIRE(words.size() == 1);
  CHECK(words[0].message == "监督（jiān dū）=jiān dū");
  auto ruby = run("依法管guǎn理lǐ本市事务");
  REQUIRE(ruby.size() == 2);
  CHECK(ruby[0].message == "管guǎn=guǎn");
  CHECK(ruby[0].fix->replacement.empty());
  auto numbers = run("这一过程需xu1要yao4经过");
  REQUIRE(numbers.size() == 2);
  CHECK(numbers[1].message == "要yao4=yao4");
  CHECK(run("發(fa1)展").size() == 1);
  CHECK(run("绿(lv4)色").size() == 1);  // v for ü
  // Not pinyin: words, codes, more syllables than characters, no tone at all.
  CHECK(run("使用ext4文件系统和vfat分区").empty());
  CHECK(run("见（jiān dū）").empty());
  CHECK(run("图(a)和表(b)，的de").empty());
  CHECK(run("天津(Tiān jīn)").empty());
}

// Regression (issue 10): 重(chóng)庆 and 长(zhǎng)辈 are a writer's glosses, not residue.
TEST_CASE("real_pinyin_glosses_stay_quiet: a gloss or two is not converter residue") {
  const std::string glosses = "重(chóng)庆是一座山城，长(zhǎng)辈们都喜欢这里。";
  CHECK(run(glosses, "    min_annotations: 3\n").empty());
  // The default is three annotations in the scope.
  CHECK(run(glosses + "發(fā)展", "    min_annotations: 3\n").size() == 3);
  // In document scope the annotations of every paragraph count together.
  CHECK(run("發(fā)展\n\n時(shí)間\n\n會(huì )議", "    min_annotations: 3\n    scope: document\n")
            .size() == 3);
}

TEST_SUITE_END();
