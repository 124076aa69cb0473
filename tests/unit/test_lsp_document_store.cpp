#include "lsp/document_store.h"

#include <doctest/doctest.h>

using docqc::lsp::apply_change;
using docqc::lsp::LspPosition;
using docqc::lsp::offset_of;
using docqc::lsp::position_of;

TEST_SUITE_BEGIN("lsp::document_store");

TEST_CASE("positions count UTF-16 units: CJK is one, astral characters two") {
  std::string text = "中文a\r\n𠀀b\rc\nd";
  CHECK(offset_of(text, {0, 0}) == 0);
  CHECK(offset_of(text, {0, 1}) == 3);
  CHECK(offset_of(text, {0, 3}) == 7);
  CHECK(offset_of(text, {0, 99}) == 7);  // clamped to the end of the line, before CR LF
  CHECK(offset_of(text, {1, 0}) == 9);
  CHECK(offset_of(text, {1, 1}) == 9);  // inside the surrogate pair: the code point's start
  CHECK(offset_of(text, {1, 2}) == 13);
  CHECK(offset_of(text, {2, 0}) == 15);  // after a lone CR
  CHECK(offset_of(text, {3, 1}) == 18);
  CHECK(offset_of(text, {9, 0}) == text.size());
  for (std::size_t offset : {0, 3, 7, 9, 13, 15, 17, 18}) {
    CHECK(offset_of(text, position_of(text, offset)) == offset);
  }
  CHECK(position_of(text, 13) == LspPosition{1, 2});
  CHECK(position_of(text, 8) == LspPosition{0, 3});  // between CR and LF
}

TEST_CASE("changes: whole text, ranges, and bad ranges refused") {
  std::string text = "第一条\n第二条";
  CHECK(apply_change(text, {{"text", "一\n二"}}));
  CHECK(text == "一\n二");
  nlohmann::json edit = {
      {"range",
       {{"start", {{"line", 1}, {"character", 0}}}, {"end", {{"line", 1}, {"character", 1}}}}},
      {"text", "三"}};
  CHECK(apply_change(text, edit));
  CHECK(text == "一\n三");
  nlohmann::json insert = {
      {"range",
       {{"start", {{"line", 0}, {"character", 1}}}, {"end", {{"line", 0}, {"character", 1}}}}},
      {"text", "，"}};
  CHECK(apply_change(text, insert));
  CHECK(text == "一，\n三");
  nlohmann::json backwards = edit;
  backwards["range"]["start"] = {{"line", 1}, {"character", 1}};
  backwards["range"]["end"] = {{"line", 0}, {"character", 0}};
  CHECK_FALSE(apply_change(text, backwards));
  CHECK_FALSE(apply_change(text, {{"range", 3}, {"text", "x"}}));
  CHECK_FALSE(apply_change(text, {{"text", 3}}));
  nlohmann::json negative = edit;
  negative["range"]["end"]["character"] = -1;
  CHECK_FALSE(apply_change(text, negative));
  CHECK(text == "一，\n三");
}

TEST_CASE("file URIs and paths") {
  CHECK(docqc::lsp::path_of_uri("file:///tmp/a%20b/%E4%B8%AD.md") == "/tmp/a b/中.md");
  CHECK(docqc::lsp::path_of_uri("file://localhost/x") == "/x");
  CHECK(!docqc::lsp::path_of_uri("untitled:Untitled-1"));
  CHECK(!docqc::lsp::path_of_uri("file://server/share"));
  CHECK(docqc::lsp::uri_of_path("/tmp/a b/中.md") == "file:///tmp/a%20b/%E4%B8%AD.md");
  docqc::lsp::DocumentStore store;
  auto& opened = store.open("untitled:1", "x", 3, "plaintext");
  CHECK(opened.path == "untitled:1");
  CHECK(store.find("untitled:1")->version == 3);
  store.close("untitled:1");
  CHECK(store.find("untitled:1") == nullptr);
}

TEST_SUITE_END();
