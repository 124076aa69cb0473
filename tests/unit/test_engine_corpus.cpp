#include "engine/corpus.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "input/file_set.h"
#include "kinds_test_support.h"

TEST_SUITE_BEGIN("engine::corpus");

namespace {

const char* const k_rule = R"(
rules:
  - id: cross
    kind: duplicate
    detect: cross-file
    category: duplicate
    severity: warning
    scope: document
    message: "repeats {file}:{line}"
    description: test
)";

const char* const k_shared =
    "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单。";

}  // namespace

TEST_CASE("corpus findings are located in the later file and sorted with its findings") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "docqc-test-engine-corpus";
  fs::create_directories(dir);
  const std::string a = (dir / "a.txt").string();
  const std::string b = (dir / "b.txt").string();
  std::ofstream(a) << "关于开展夏季防汛检查的通知\n\n" << k_shared << "\n";
  // b is stored with a BOM: byte offsets in the report are those of the file on disk
  std::ofstream(b) << "\xEF\xBB\xBF关于加强汛期安全生产工作的通知\n\n各企业要开展隐患排查。\n\n"
                   << k_shared << "\n";

  auto rules = docqc::testing::load(k_rule);
  CHECK(docqc::engine::is_corpus_rule(*rules[0]));
  docqc::engine::Engine engine({rules[0].get()});
  docqc::engine::CheckOptions options;
  std::vector<docqc::report::FileReport> reports;
  // the order in which files are checked does not matter
  reports.push_back(docqc::engine::check_file({b, false}, engine, options));
  reports.push_back(docqc::engine::check_file({a, false}, engine, options));
  CHECK(reports[0].findings.empty());
  docqc::engine::add_corpus_findings(engine, options, reports);
  CHECK(reports[1].findings.empty());
  REQUIRE(reports[0].findings.size() == 1);
  const auto& finding = reports[0].findings[0];
  CHECK(finding.file == b);
  CHECK(finding.line == 5);
  CHECK(finding.column == 1);
  CHECK(finding.byte_offset > 3);  // after the BOM
  CHECK(finding.message == "repeats " + a + ":3");
  REQUIRE(finding.related.size() == 1);
  CHECK(finding.related[0].file == a);
  CHECK(finding.related[0].line == 3);
  CHECK(finding.related[0].column == 1);
  fs::remove_all(dir);
}

TEST_CASE("other rules are not corpus rules") {
  auto rule = docqc::testing::default_rule("duplicate-paragraph");
  CHECK_FALSE(docqc::engine::is_corpus_rule(*rule));
}

TEST_SUITE_END();
