#include "report/terminal_safe.h"

#include <doctest/doctest.h>

using docqc::report::terminal_safe;

TEST_SUITE_BEGIN("report::terminal_safe");

TEST_CASE("regression_path_control_characters: control characters become visible escapes") {
  CHECK(terminal_safe("plain/路径.txt") == "plain/路径.txt");
  CHECK(terminal_safe("evil\x1b[31mred\nfake.txt") == "evil\\e[31mred\\nfake.txt");
  CHECK(terminal_safe("tab\there\r\x07\x7f") == "tab\\there\\r\\x07\\x7f");
  CHECK(terminal_safe("c1\xc2\x9b"
                      "31m") == "c1\\u{9b}31m");
  CHECK(terminal_safe("bad\xff\xe4\xb8") == "bad\\xff\\xe4\\xb8");
  CHECK(terminal_safe("") == "");
}

TEST_SUITE_END();
