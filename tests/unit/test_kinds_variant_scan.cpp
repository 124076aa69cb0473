#include "kinds/variant_scan.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_SUITE_BEGIN("kinds::variant_scan");

namespace {

using docqc::doc::Document;
using docqc::doc::TextRange;
using docqc::kinds::majority_of;
using docqc::kinds::VariantOptions;
using docqc::kinds::VariantScan;
using docqc::kinds::VariantView;
using docqc::text::HanVariant;

VariantScan scan_all(const Document& document) {
  return VariantScan::scan(document, TextRange{0, document.text().size()});
}

}  // namespace

TEST_CASE("marks: variant-only characters, joined across neutral Han characters only") {
  const std::string text = "服務業发展，發";
  const Document document("t.txt", text);
  const VariantScan scan = scan_all(document);
  REQUIRE(scan.marks.size() == 4);
  CHECK(scan.marks[0].offset == text.find("務"));
  CHECK(scan.marks[0].length == 3);
  CHECK(scan.marks[0].variant == HanVariant::traditional);
  CHECK_FALSE(scan.marks[0].joined);
  CHECK(scan.marks[1].joined);  // 業 right after 務
  CHECK(scan.marks[2].variant == HanVariant::simplified);
  CHECK(scan.marks[2].joined);        // 发: only Han characters since 業
  CHECK_FALSE(scan.marks[3].joined);  // 發: after a comma
  REQUIRE(scan.paragraphs.size() == 1);
  CHECK(scan.paragraphs[0] == std::pair<std::size_t, std::size_t>{0, 4});
}

TEST_CASE("marks know whether they stand in a title or a quotation") {
  const Document document("t.txt", "《發展》“規劃”「劃」發");
  const VariantScan scan = scan_all(document);
  REQUIRE(scan.marks.size() == 5);  // 發 規 劃 劃 發
  CHECK(scan.marks[0].in_title);
  CHECK_FALSE(scan.marks[0].in_quote);
  CHECK(scan.marks[1].in_quote);
  CHECK(scan.marks[2].in_quote);
  CHECK(scan.marks[3].in_quote);
  CHECK_FALSE(scan.marks[4].in_title);
  CHECK_FALSE(scan.marks[4].in_quote);
}

TEST_CASE("a Japanese paragraph has no marks; one katakana look-alike does not make one") {
  const Document document("t.txt", "日々私たちが過ごしている。\n\n服務エ作");
  const VariantScan scan = scan_all(document);
  REQUIRE(scan.paragraphs.size() == 2);
  CHECK(scan.paragraphs[0].first == scan.paragraphs[0].second);
  CHECK(scan.paragraphs[1].second - scan.paragraphs[1].first == 1);  // 務
}

TEST_CASE("a unit holds only the paragraphs inside it") {
  const std::string text = "發展\n\n规则";
  const Document document("t.txt", text);
  const VariantScan second = VariantScan::scan(document, TextRange{text.find("规"), text.size()});
  REQUIRE(second.marks.size() == 2);
  CHECK(second.marks[0].variant == HanVariant::simplified);
}

TEST_CASE("a rule's view: exempt marks break runs, ignored ones are neutral, counts") {
  const std::string text = "發《規》劃，机構";
  const Document document("t.txt", text);
  const VariantScan scan = scan_all(document);
  VariantOptions options;
  const VariantView all(scan, text, options);
  CHECK(all.traditional == 4);
  CHECK(all.simplified == 1);
  CHECK(all.document_majority() == HanVariant::traditional);
  options.exempt_titles = true;
  options.ignore = {U'机'};
  const VariantView view(scan, text, options);
  REQUIRE(view.marks.size() == 3);    // 發 劃 構
  CHECK_FALSE(view.marks[1].joined);  // 劃 after the exempt 規
  CHECK(view.simplified == 0);
  CHECK(view.traditional == 3);
  REQUIRE(view.paragraphs.size() == 1);
  CHECK(view.paragraphs[0].traditional == 3);
}

TEST_CASE("convert writes the reported marks in the other variant") {
  const std::string text = "服務業发展";
  const Document document("t.txt", text);
  const VariantView view(scan_all(document), text, VariantOptions{});
  std::string out;
  const std::size_t copied =
      view.convert(text, 0, view.marks.size(), 0, HanVariant::traditional, out);
  CHECK(out == "服务业");
  CHECK(copied == text.find("发"));
}

TEST_CASE("majority_of needs evidence and a share") {
  CHECK(majority_of(4, 0, 4, 0.75) == HanVariant::simplified);
  CHECK(majority_of(3, 0, 4, 0.75) == HanVariant::neutral);
  CHECK(majority_of(1, 3, 4, 0.75) == HanVariant::traditional);
  CHECK(majority_of(2, 3, 4, 0.75) == HanVariant::neutral);
  CHECK(majority_of(0, 0, 1, 0.5) == HanVariant::neutral);
}

TEST_SUITE_END();
