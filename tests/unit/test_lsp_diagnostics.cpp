#include "lsp/diagnostics.h"

#include <doctest/doctest.h>

using docqc::report::LocatedFinding;
using docqc::report::LocatedFix;

TEST_SUITE_BEGIN("lsp::diagnostics");

namespace {

LocatedFinding finding(std::string rule, std::size_t offset, std::size_t length,
                       std::optional<LocatedFix> fix = {}) {
  LocatedFinding f;
  f.rule = std::move(rule);
  f.message = "found it";
  f.byte_offset = offset;
  f.byte_length = length;
  f.text.push_back('x');  // not = "x": GCC 12 -O3 gives a false -Wrestrict (PR 105329)
  f.fix = std::move(fix);
  return f;
}

LocatedFix fix(std::size_t offset, std::size_t length, std::string replacement, bool safe) {
  LocatedFix f;
  f.byte_offset = offset;
  f.byte_length = length;
  f.replacement = std::move(replacement);
  f.safe = safe;
  return f;
}

}  // namespace

TEST_CASE("a diagnostic has UTF-16 ranges, severity, code, link and related places") {
  std::string text = "𠀀中，，\r\n第二行";
  docqc::doc::LineIndex lines(text);
  auto f = finding("doubled-punctuation", 7, 6);
  f.severity = docqc::Severity::error;
  f.related.push_back({"", 0, 0, 0, 4, "first here"});
  f.related.push_back({"other.txt", 1, 1, 0, 4, "elsewhere"});
  auto d = docqc::lsp::to_diagnostic(f, 3, lines, "file:///a.txt",
                                     [](const std::string& id) { return "https://x/" + id; });
  CHECK(d["range"]["start"] == nlohmann::json({{"line", 0}, {"character", 3}}));
  CHECK(d["range"]["end"] == nlohmann::json({{"line", 0}, {"character", 5}}));
  CHECK(d["severity"] == 1);
  CHECK(d["code"] == "doubled-punctuation");
  CHECK(d["source"] == "docqc");
  CHECK(d["codeDescription"]["href"] == "https://x/doubled-punctuation");
  CHECK(d["data"]["index"] == 3);
  REQUIRE(d["relatedInformation"].size() == 1);
  CHECK(d["relatedInformation"][0]["location"]["range"]["end"]["character"] == 2);
  // A place in another file: where other_file says it is (the server asks that document).
  auto with_other = docqc::lsp::to_diagnostic(
      f, 3, lines, "file:///a.txt", {}, [](const docqc::report::LocatedRelated& place) {
        CHECK(place.file == "other.txt");
        CHECK(place.byte_length == 4);
        return nlohmann::json{{"uri", "file:///other.txt"}, {"range", {{"line", 7}}}};
      });
  REQUIRE(with_other["relatedInformation"].size() == 2);
  CHECK(with_other["relatedInformation"][1]["location"]["uri"] == "file:///other.txt");
  CHECK(with_other["relatedInformation"][1]["message"] == "elsewhere");
  // null: left out.
  auto left_out = docqc::lsp::to_diagnostic(
      f, 3, lines, "file:///a.txt", {},
      [](const docqc::report::LocatedRelated&) { return nlohmann::json(); });
  CHECK(left_out["relatedInformation"].size() == 1);
  // The second line, after CR LF.
  auto second = docqc::lsp::to_diagnostic(finding("r", 15, 3), 0, lines, "u", {});
  CHECK(second["range"]["start"] == nlohmann::json({{"line", 1}, {"character", 0}}));
  CHECK(second["severity"] == 2);
  CHECK_FALSE(second.contains("codeDescription"));
}

TEST_CASE("code actions: each fix, fix-all-safe without overlaps, ignore for Markdown") {
  std::string text = "ab，，cd\nef";
  docqc::doc::LineIndex lines(text);
  std::vector<LocatedFinding> findings = {
      finding("doubled-punctuation", 2, 6, fix(2, 6, "，", true)),
      finding("overlapping", 5, 3, fix(5, 3, "", true)),
      finding("unsafe-one", 8, 2, fix(8, 2, "CD", false)),
      finding("no-fix", 11, 2),
  };
  docqc::lsp::CodeActionRequest request{"file:///a.md", text, true, 0, 0};
  auto actions = docqc::lsp::code_actions(request, findings, lines, {});
  std::vector<std::string> titles;
  for (const auto& action : actions) {
    titles.push_back(action["title"]);
  }
  CHECK(titles ==
        std::vector<std::string>{
            "Replace 'x' with '，' (doubled-punctuation)",
            "Ignore doubled-punctuation on this line", "Delete 'x' (overlapping)",
            "Ignore overlapping on this line", "Replace 'x' with 'CD' (unsafe-one, unsafe)",
            "Ignore unsafe-one on this line", "Fix all safe problems in this file (docqc)"});
  CHECK(actions[0]["isPreferred"] == true);
  CHECK(actions[4]["isPreferred"] == false);
  CHECK(actions[0]["edit"]["changes"]["file:///a.md"][0]["newText"] == "，");
  auto ignore = actions[1]["edit"]["changes"]["file:///a.md"][0];
  CHECK(ignore["newText"] == " <!-- docqc-disable-line doubled-punctuation -->");
  CHECK(ignore["range"]["start"] == nlohmann::json({{"line", 0}, {"character", 6}}));
  // Fix all: the safe, non-overlapping ones only.
  auto all = actions.back()["edit"]["changes"]["file:///a.md"];
  REQUIRE(all.size() == 1);
  CHECK(all[0]["newText"] == "，");
  // Plain text: no ignore actions; the second line's finding is not in range.
  request.markdown = false;
  auto plain = docqc::lsp::code_actions(request, findings, lines, {});
  CHECK(plain.size() == 4);
  request.first_line = request.last_line = 1;
  auto second = docqc::lsp::code_actions(request, findings, lines, {});
  REQUIRE(second.size() == 1);
  CHECK(second[0]["kind"] == "source.fixAll.docqc");
}

TEST_CASE("a fix with several edits is offered and applied as one") {
  std::string text = "甲乙丙";
  docqc::doc::LineIndex lines(text);
  auto f = finding("consistency", 0, 3, fix(0, 3, "A", true));
  f.fix->extra_edits.push_back({"C", 6, 3});
  auto edits = docqc::lsp::safe_fix_edits({f}, lines);
  REQUIRE(edits.size() == 2);
  CHECK(edits[1]["range"]["start"]["character"] == 2);
}

TEST_SUITE_END();
