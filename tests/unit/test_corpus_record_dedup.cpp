#include "corpus/record_dedup.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using docqc::corpus::DedupIndex;
using docqc::corpus::record_prints;

TEST_SUITE_BEGIN("corpus::record_dedup");

namespace {

const std::string k_a =
    "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单。";
const std::string k_b =
    "各街道要加强值班值守，严格执行领导带班和二十四小时值班制度，确保信息畅通。";
const std::string k_c =
    "本办法自发布之日起施行，由市应急管理局负责解释，此前规定与本办法不一致的以本办法为准。";
const std::string k_b_near =
    "各街道要加强值班值守，严格执行领导带班和二十四小时值班制度，确保信息畅通无阻。";

docqc::doc::Document document(const std::string& text) {
  return {"<record>", text};
}

const std::vector<bool> k_all = {true, true, true, true};

}  // namespace

TEST_CASE("items: the document, then its long paragraphs") {
  auto items = record_prints(document(k_a + "\n\n短段\n\n" + k_b + "\n"), {});
  REQUIRE(items.size() == 3);
  CHECK(items[0].index == 0);
  CHECK(items[1].index == 1);
  CHECK(items[2].index == 2);
  CHECK(items[2].location.line == 5);
  CHECK(items[2].location.byte_offset == k_a.size() + 2 + 6 + 2);
  CHECK(record_prints(document("短"), {}).empty());
}

TEST_CASE("an exact duplicate document names the earlier record; its own record never") {
  DedupIndex index;
  const auto first = record_prints(document(k_a + "\n\n" + k_b), {});
  CHECK(index.add(1, "one", first).empty());
  const auto second = record_prints(document(k_a + "\n\n" + k_b), {});
  auto matches = index.add(2, "two", second);
  REQUIRE_FALSE(matches.empty());
  CHECK(matches[0].item == 0);
  CHECK(matches[0].exact);
  CHECK(matches[0].other_line == 1);
  CHECK(matches[0].other_id == "one");
  // A document match hides the paragraph matches.
  auto findings =
      docqc::corpus::duplicate_findings(document(k_a + "\n\n" + k_b), second, matches, k_all);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].located.rule == "duplicate-document");
  CHECK(findings[0].other->id == "one");
  // Twice the same paragraph in one record is not a cross-record duplicate.
  DedupIndex fresh;
  CHECK(fresh.add(1, 1, record_prints(document(k_a + "\n\n" + k_a), {})).empty());
}

TEST_CASE("paragraphs repeated exactly or nearly in a later record") {
  DedupIndex index;
  index.add(1, "one", record_prints(document(k_a + "\n\n" + k_b), {}));
  const std::string text = k_c + "\n\n" + k_a + "\n\n" + k_b_near;
  const auto items = record_prints(document(text), {});
  auto matches = index.add(2, "two", items);
  auto findings = docqc::corpus::duplicate_findings(document(text), items, matches, k_all);
  std::vector<std::string> rules;
  for (const auto& f : findings) {
    rules.push_back(f.located.rule);
  }
  CHECK(rules == std::vector<std::string>{"cross-record-duplicate", "cross-record-near-duplicate"});
  CHECK(findings[0].located.line == 3);
  CHECK(findings[0].located.related[0].line == 1);
  CHECK(findings[1].located.related[0].line == 3);
  CHECK(findings[1].located.message.find("similarity 0.") != std::string::npos);
  // Disabled rules report nothing.
  CHECK(
      docqc::corpus::duplicate_findings(document(text), items, matches, {true, true, false, false})
          .empty());
}

TEST_CASE("matches read back give the same findings; bad entries are located errors") {
  DedupIndex index;
  index.add(1, "one", record_prints(document(k_a + "\n\n" + k_b), {}));
  const std::string text = k_c + "\n\n" + k_a;
  const auto items = record_prints(document(text), {});
  auto matches = index.add(2, "two", items);
  REQUIRE(matches.size() == 1);
  const auto path = std::filesystem::temp_directory_path() / "docqc-matches.jsonl";
  {
    std::ofstream out(path);
    const auto& m = matches[0];
    nlohmann::ordered_json row = {{"line", 2},
                                  {"item", m.item},
                                  {"exact", m.exact},
                                  {"similarity", m.similarity},
                                  {"other_line", m.other_line},
                                  {"other_id", m.other_id},
                                  {"other_item", m.other_item},
                                  {"other_loc",
                                   {m.other_location.line, m.other_location.column,
                                    m.other_location.byte_offset, m.other_location.byte_length}}};
    out << row.dump() << "\n";
  }
  auto read = docqc::corpus::read_matches(path.string());
  auto a = docqc::corpus::duplicate_findings(document(text), items, matches, k_all);
  auto b = docqc::corpus::duplicate_findings(document(text), items, read.at(2), k_all);
  REQUIRE(a.size() == b.size());
  CHECK(docqc::report::record_finding_json(a[0]) == docqc::report::record_finding_json(b[0]));
  std::ofstream(path) << "{\"line\": 1}\n";
  CHECK_THROWS_WITH_AS(docqc::corpus::read_matches(path.string()),
                       doctest::Contains(":1: bad match"), std::runtime_error);
}

TEST_CASE("band key lines: one per item, stable") {
  const auto items = record_prints(document(k_a + "\n\n" + k_b), {});
  const std::string lines = docqc::corpus::band_key_lines(4, "x", items);
  CHECK(lines ==
        docqc::corpus::band_key_lines(4, "x", record_prints(document(k_a + "\n\n" + k_b), {})));
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 3);
  auto row = nlohmann::json::parse(lines.substr(0, lines.find('\n')));
  CHECK(row["line"] == 4);
  CHECK(row["bands"].size() == 16);
  CHECK(row["sig"].get<std::string>().size() == 64 * 8);
}
