#include "suppress/pipeline.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

docqc::Finding finding(const std::string& rule, docqc::Category category, std::size_t offset) {
  docqc::Finding f;
  f.rule = rule;
  f.category = category;
  f.offset = offset;
  f.length = 1;
  return f;
}

}  // namespace

TEST_SUITE_BEGIN("suppress::pipeline");

TEST_CASE("config, inline directives and the ignore list each remove their findings") {
  auto dir = std::filesystem::temp_directory_path() /
             ("docqc-pipeline-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / "a.md").string();
  std::string text = "甲 乙\n<!-- docqc-disable-next-line spacing -->\n丙 丁\n戊 己\n";
  std::ofstream(path + ".docqc-ignore") << "space-between-cjk: 戊 己\n";
  docqc::suppress::IgnoreLists lists;
  lists.load_for(path);
  auto config = docqc::config::parse_config("ignore: [boilerplate]\n", ".docqc.yaml");
  docqc::doc::Document document(path, text);
  std::vector<docqc::Finding> findings = {
      finding("space-between-cjk", docqc::Category::spacing, 0),                // kept
      finding("web-chrome", docqc::Category::boilerplate, 0),                   // config ignore
      finding("space-between-cjk", docqc::Category::spacing, text.find("丙")),  // directive
      finding("space-between-cjk", docqc::Category::spacing, text.find("戊")),  // ignore list
  };
  docqc::suppress::filter_findings(config, lists, document, findings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].offset == 0);
  std::ostringstream unused;
  lists.report_unused(unused);
  CHECK(unused.str().empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("is_markdown knows .md and .markdown") {
  CHECK(docqc::suppress::is_markdown("a/b.md"));
  CHECK(docqc::suppress::is_markdown("b.markdown"));
  CHECK_FALSE(docqc::suppress::is_markdown("b.txt"));
}

TEST_SUITE_END();
