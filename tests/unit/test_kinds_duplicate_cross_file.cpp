#include <doctest/doctest.h>

#include <algorithm>

#include "kinds/duplicate.h"
#include "kinds_test_support.h"
#include "rules/config_error.h"

using docqc::testing::load;
using docqc::testing::run;

TEST_SUITE_BEGIN("kinds::CrossFileDuplicateRule");

namespace {

std::string rule_yaml(const std::string& extra = {}) {
  return R"(
rules:
  - id: cross
    kind: duplicate
    category: duplicate
    severity: warning
    scope: document
    message: "paragraph: file {file} line {line} chars {chars}"
    description: test
    detect: cross-file
)" + extra;
}

// Paragraphs long enough to count, each different.
std::string paragraph(int n) {
  return "第" + std::to_string(n) +
         "条 区人民政府应当按照每百户不低于三十平方米的标准配置社区综合服务设施。";
}

std::string document(const std::vector<int>& numbers, const std::string& title = "标题") {
  std::string text = title + "\n\n";
  for (int n : numbers) {
    text += paragraph(n) + "\n\n";
  }
  return text;
}

using Corpus = std::map<std::string, std::vector<docqc::Finding>>;

// Checks `texts` as files a.txt, b.txt, ... in the given order of visits and returns the
// corpus findings.
Corpus cross(const docqc::rules::Rule& rule, const std::vector<std::string>& texts,
             bool reversed = false) {
  const auto& corpus = dynamic_cast<const docqc::rules::CorpusRule&>(rule);
  corpus.reset_corpus();
  for (std::size_t k = 0; k < texts.size(); ++k) {
    const std::size_t i = reversed ? texts.size() - 1 - k : k;
    run(rule, texts[i], std::string(1, static_cast<char>('a' + i)) + ".txt");
  }
  return corpus.corpus_findings();
}

std::vector<int> range(int from, int to) {
  std::vector<int> numbers;
  for (int n = from; n <= to; ++n) {
    numbers.push_back(n);
  }
  return numbers;
}

}  // namespace

TEST_CASE("cross-file duplicates do not depend on the order documents are seen") {
  auto rules = load(rule_yaml());
  const std::string shared =
      "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单。";
  const std::string a = "关于开展夏季防汛检查的通知\n\n" + shared + "\n";
  const std::string b =
      "关于加强汛期安全生产工作的通知\n\n各企业要开展隐患排查。\n\n" + shared + "\n";
  Corpus forward = cross(*rules[0], {a, b});
  Corpus backward = cross(*rules[0], {a, b}, true);
  REQUIRE(forward.size() == 1);
  REQUIRE(forward.count("b.txt") == 1);
  REQUIRE(forward["b.txt"].size() == 1);
  const docqc::Finding& finding = forward["b.txt"][0];
  CHECK(finding.message == "paragraph: file a.txt line 3 chars 42");
  REQUIRE(finding.related.size() == 1);
  CHECK(finding.related[0].file == "a.txt");
  CHECK(finding.related[0].line == 3);
  REQUIRE(backward.count("b.txt") == 1);
  CHECK(backward["b.txt"][0].offset == finding.offset);
  // only the cross-file check compares documents
  auto paragraph_rule = load(R"(
rules:
  - id: dup
    kind: duplicate
    category: duplicate
    severity: warning
    scope: document
    message: "m"
    description: test
    detect: paragraph
)");
  CHECK(dynamic_cast<const docqc::rules::CorpusRule*>(paragraph_rule[0].get()) == nullptr);
}

TEST_CASE("an identical copy of a file is one finding with every copied paragraph related") {
  auto rules = load(rule_yaml());
  const std::string text = document(range(1, 6));
  for (bool reversed : {false, true}) {
    Corpus found = cross(*rules[0], {text, text}, reversed);
    REQUIRE(found.size() == 1);
    REQUIRE(found.count("b.txt") == 1);
    REQUIRE(found["b.txt"].size() == 1);
    const docqc::Finding& finding = found["b.txt"][0];
    CHECK(finding.message ==
          "this file duplicates a.txt (6 of its 6 paragraphs); expected one copy");
    // at the first copied paragraph (line 3, after the title)
    CHECK(finding.offset == text.find(paragraph(1)));
    CHECK(finding.length == paragraph(1).size());
    REQUIRE(finding.related.size() == 6);
    for (std::size_t k = 0; k < 6; ++k) {
      CHECK(finding.related[k].file == "a.txt");
      CHECK(finding.related[k].line == 3 + 2 * k);
      CHECK(finding.related[k].message == "first copy of line " + std::to_string(3 + 2 * k));
    }
  }
}

TEST_CASE("a near-identical copy (90% of the paragraphs, in order) is one finding") {
  auto rules = load(rule_yaml());
  std::vector<int> edited = range(1, 10);
  edited[4] = 99;  // one paragraph of ten rewritten
  Corpus found = cross(*rules[0], {document(range(1, 10)), document(edited, "另一个标题")});
  REQUIRE(found["b.txt"].size() == 1);
  CHECK(found["b.txt"][0].message.find("(9 of its 10 paragraphs)") != std::string::npos);
  CHECK(found["b.txt"][0].related.size() == 9);
  // two of ten rewritten: 80%, each copied paragraph is its own finding
  edited[5] = 98;
  found = cross(*rules[0], {document(range(1, 10)), document(edited)});
  CHECK(found["b.txt"].size() == 8);
  // the share is an option
  auto lenient = load(
      rule_yaml("    file_share: 0.8\n    file_message: \"{count}/{total} of {file}:{line}\"\n"));
  found = cross(*lenient[0], {document(range(1, 10)), document(edited)});
  REQUIRE(found["b.txt"].size() == 1);
  CHECK(found["b.txt"][0].message == "8/10 of a.txt:3");
}

TEST_CASE("partial overlap keeps one finding per paragraph") {
  auto rules = load(rule_yaml());
  // b holds three of a's eight paragraphs
  Corpus found = cross(*rules[0], {document(range(1, 8)), document({2, 3, 4, 20, 21})});
  CHECK(found["b.txt"].size() == 3);
  // b holds all of a and as much again: a is spliced into b, b is not a copy of a
  found = cross(*rules[0], {document(range(1, 4)), document(range(1, 8))});
  CHECK(found["b.txt"].size() == 4);
  // b holds the first half of a: b is not a copy of the whole of a
  found = cross(*rules[0], {document(range(1, 8)), document(range(1, 4))});
  CHECK(found["b.txt"].size() == 4);
  // the same paragraphs in another order are not a copy of the file
  found = cross(*rules[0], {document({1, 2, 3, 4, 5, 6}), document({6, 5, 4, 3, 2, 1})});
  CHECK(found["b.txt"].size() == 6);
  // one shared paragraph is not grouped
  found = cross(*rules[0], {document({1}), document({1})});
  REQUIRE(found["b.txt"].size() == 1);
  CHECK(found["b.txt"][0].message.starts_with("paragraph:"));
}

TEST_CASE("three copies: each later file duplicates the first") {
  auto rules = load(rule_yaml());
  const std::string text = document(range(1, 5));
  Corpus found = cross(*rules[0], {text, text, text});
  REQUIRE(found["b.txt"].size() == 1);
  REQUIRE(found["c.txt"].size() == 1);
  CHECK(found["c.txt"][0].related[0].file == "a.txt");
  CHECK(found.count("a.txt") == 0);
}

TEST_CASE("paragraphs the copied file shares with a third, earlier file count for the copy") {
  auto rules = load(rule_yaml());
  // a footer of two paragraphs that every page of a site repeats; a.txt sorts first
  std::vector<int> page = range(1, 8);
  page.push_back(90);
  page.push_back(91);
  Corpus found = cross(*rules[0], {document({50, 51, 90, 91}), document(page), document(page)});
  // c.txt copies b.txt as a whole, footer included, though the footer's first copy is in a.txt
  REQUIRE(found["c.txt"].size() == 1);
  CHECK(found["c.txt"][0].message.find("duplicates b.txt (10 of its 10") != std::string::npos);
  REQUIRE(found["c.txt"][0].related.size() == 10);
  CHECK(found["c.txt"][0].related[9].file == "b.txt");
  // b.txt repeats a.txt's footer, paragraph by paragraph
  REQUIRE(found["b.txt"].size() == 2);
  CHECK(found["b.txt"][0].related[0].file == "a.txt");
}

TEST_CASE("file options are checked") {
  CHECK_THROWS_WITH_AS(load(rule_yaml("    file_share: 0.3\n")), doctest::Contains("file_share"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(load(rule_yaml("    file_message: \"{chars}\"\n")),
                       doctest::Contains("file_message"), docqc::rules::ConfigError);
}

TEST_SUITE_END();
