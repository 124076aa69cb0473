// Fuzz target: fix::unified_diff() on two texts (the input split at its first NUL byte).
//
// Invariants: the diff is empty exactly when the texts are equal, and applying it to the old
// text (with a small independent patch reader written here) gives the new text back, byte
// for byte, line endings and missing final newline included.
#include <string>
#include <vector>

#include "fix/unified_diff.h"
#include "fuzz_check.h"

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

std::size_t number(std::string_view text, std::size_t& pos) {
  std::size_t value = 0;
  FUZZ_CHECK(pos < text.size() && text[pos] >= '0' && text[pos] <= '9', "a number");
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
    value = value * 10 + static_cast<std::size_t>(text[pos++] - '0');
  }
  return value;
}

std::string apply(std::string_view old_text, std::string_view diff) {
  auto old_lines = split_lines(old_text);
  auto lines = split_lines(diff);
  FUZZ_CHECK(lines.size() >= 3, "headers and a hunk");
  FUZZ_CHECK(lines[0].starts_with("--- ") && lines[1].starts_with("+++ "), "headers");
  std::string out;
  std::size_t cursor = 0;  // old lines consumed
  std::size_t k = 2;
  while (k < lines.size()) {
    std::string_view header = lines[k++];
    FUZZ_CHECK(header.starts_with("@@ -"), "a hunk header");
    std::size_t pos = 4;
    std::size_t old_start = number(header, pos);
    FUZZ_CHECK(header[pos++] == ',', "old count");
    std::size_t old_count = number(header, pos);
    std::size_t copy_to = old_count == 0 ? old_start : old_start - 1;
    FUZZ_CHECK(copy_to >= cursor && copy_to <= old_lines.size(), "hunks in order");
    for (; cursor < copy_to; ++cursor) {
      out += old_lines[cursor];
    }
    while (k < lines.size() && !lines[k].starts_with("@@ ")) {
      std::string_view line = lines[k++];
      FUZZ_CHECK(!line.empty(), "a body line");
      char mark = line[0];
      std::string content(line.substr(1));
      if (k < lines.size() && lines[k].starts_with("\\ No newline at end of file")) {
        FUZZ_CHECK(!content.empty() && content.back() == '\n', "a marked last line");
        content.pop_back();
        ++k;
      }
      if (mark == ' ' || mark == '-') {
        FUZZ_CHECK(cursor < old_lines.size() && old_lines[cursor] == content,
                   "context and removed lines are the old ones");
        ++cursor;
        if (mark == ' ') {
          out += content;
        }
      } else {
        FUZZ_CHECK(mark == '+', "a line mark");
        out += content;
      }
    }
  }
  for (; cursor < old_lines.size(); ++cursor) {
    out += old_lines[cursor];
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = docqc::fuzz::as_text(data, size);
  std::size_t split = input.find('\0');
  std::string_view old_text = input.substr(0, split);
  std::string_view new_text =
      split == std::string_view::npos ? std::string_view() : input.substr(split + 1);
  std::string diff = docqc::fix::unified_diff(old_text, new_text, "a/f", "b/f");
  FUZZ_CHECK(diff.empty() == (old_text == new_text), "a diff exactly when the texts differ");
  if (!diff.empty()) {
    FUZZ_CHECK(apply(old_text, diff) == new_text, "the diff turns the old text into the new");
  }
  return 0;
}
