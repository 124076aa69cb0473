// PageLayout: where the pages of an extracted or OCR'd document begin, and which lines are
// page furniture (running headers and footers, page numbers) rather than text. Shared by the
// page-furniture and split-paragraph kinds.
//
// Contract: of() analyses a document once per engine pass (FindingSink::memo) and returns the
// same object to every rule that asks; compute() does it without sharing. The analysis has no
// options, so every rule sees the same pages.
//
// Pages: the text between form feeds when there are any. Without form feeds, pages are
// inferred from page-number lines (a number form alone on its line whose numbers go up by one
// from one occurrence to the next, at least `k_min_page_lines` lines apart).
//
// Furniture: looking from each page's top and bottom edge inwards, up to k_edge_depth
// non-blank lines, while each line is furniture:
//   - its normalized form (white space collapsed, digit runs as '#') is one that occurs at
//     that edge on at least max(3, 30 %) of the pages with text (all of them when there are
//     fewer than four), and has a letter or a Han character: a running header or footer
//     (Debian 参考手册, 第2章 软件包管理, Debian 参考手册 # / #);
//   - or it is a page-number form (3, - 3 -, — 3 —, 3 / 10, 第 3 页, 第3页 共10页, Page 3,
//     xix) whose number fits the page sequence: it differs from the number of another page's
//     edge line of the same form by exactly the distance between the pages.
// A bare number that does not follow the page sequence (a table cell, a list) is not
// furniture, and nothing in the middle of a page ever is.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "doc/document.h"
#include "rules/rule.h"

namespace docqc::kinds {

enum class FurnitureRole { header, footer, page_number };

struct FurnitureLine {
  std::size_t line = 0;     // 1-based
  doc::TextRange range;     // the line's text, without its terminator
  doc::TextRange deletion;  // the line with its terminator (and a form feed before it)
  FurnitureRole role = FurnitureRole::header;
  std::size_t page = 0;     // 0-based
  std::size_t repeats = 0;  // pages whose edge holds the same form
  std::string form;         // the normalized form
};

class PageLayout {
 public:
  static constexpr std::size_t k_edge_depth = 4;
  static constexpr std::size_t k_min_page_lines = 8;

  static const PageLayout& of(const doc::Document& document, rules::FindingSink& sink);
  static PageLayout compute(const doc::Document& document);

  // Byte offset where each page starts (the first is 0); one page when nothing was found.
  const std::vector<std::size_t>& page_starts() const { return m_page_starts; }
  const std::vector<FurnitureLine>& furniture() const { return m_furniture; }
  bool from_form_feeds() const { return m_from_form_feeds; }
  // True when 1-based `line` is a furniture line.
  bool is_furniture(std::size_t line) const;

 private:
  std::vector<std::size_t> m_page_starts{0};
  std::vector<FurnitureLine> m_furniture;  // by line
  bool m_from_form_feeds = false;
};

// The normalized form of a line (exposed for tests): trimmed, white space collapsed to one
// space, runs of digits as '#'.
std::string furniture_form(std::string_view line);
// The page number a page-number form holds, or -1 when `line` is not one.
long page_number_of(std::string_view line);

}  // namespace docqc::kinds
