// Fuzz target: rules::MessageTemplate::parse() and expand(), and every filter, on arbitrary
// template text and values.
//
// Invariants: parse() throws only std::invalid_argument; a parsed template expands without
// throwing to valid UTF-8 when its values are valid UTF-8; filters never throw on any text
// and keep valid UTF-8 valid.
#include <stdexcept>
#include <string>

#include "fuzz_check.h"
#include "rules/message_template.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = docqc::fuzz::as_text(data, size);
  // The template, then (after a NUL) the value every variable takes.
  std::size_t split = input.find('\0');
  std::string_view text = input.substr(0, split);
  std::string value(split == std::string_view::npos ? std::string_view("值")
                                                    : input.substr(split + 1));
  bool value_valid = docqc::fuzz::is_valid_utf8(value);
  for (const char* filter : {"fullwidth", "halfwidth", "nfkc", "remove_spaces", "codepoints"}) {
    FUZZ_CHECK(docqc::rules::is_known_filter(filter), filter);
    std::string out = docqc::rules::apply_filter(filter, value);
    FUZZ_CHECK(!value_valid || docqc::fuzz::is_valid_utf8(out), filter);
  }
  docqc::rules::MessageTemplate parsed;
  try {
    parsed = docqc::rules::MessageTemplate::parse(text, {"match", "1", "2", "name", "target"});
  } catch (const std::invalid_argument&) {
    return 0;
  }
  std::string out = parsed.expand([&](std::string_view) { return std::string_view(value); });
  FUZZ_CHECK(!value_valid || !docqc::fuzz::is_valid_utf8(text) || docqc::fuzz::is_valid_utf8(out),
             "a valid template with valid values expands to valid UTF-8");
  return 0;
}
