// Fuzz target: suppress::IgnoreList::parse() on arbitrary bytes, then ignores() on lines of
// the same bytes.
//
// Invariants: only located rules::ConfigErrors leave the parser; every entry has a rule and
// non-empty text; an entry matches a line that holds its own text.
#include <string>

#include "fuzz_check.h"
#include "fuzz_rules.h"
#include "rules/config_error.h"
#include "suppress/ignore_list.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string file = "fuzz.txt.docqc-ignore";
  std::string_view text = docqc::fuzz::as_text(data, size);
  try {
    auto list = docqc::suppress::IgnoreList::parse(text, file);
    auto entries = list.entries();
    for (const auto& entry : entries) {
      FUZZ_CHECK(!entry.rule.empty() && !entry.text.empty(), "an entry has rule and text");
      std::string line = "前 " + entry.text + " 后";
      FUZZ_CHECK(list.ignores(entry.rule == "*" ? "any-rule" : entry.rule, "spacing", line),
                 "an entry matches a line holding its text");
    }
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = std::min(text.find('\n', start), text.size());
      (void)list.ignores("space-between-cjk", "spacing", text.substr(start, end - start));
      start = end + 1;
    }
  } catch (const docqc::rules::ConfigError& error) {
    FUZZ_CHECK(docqc::fuzz::located_error(error.what(), file), error.what());
  }
  return 0;
}
