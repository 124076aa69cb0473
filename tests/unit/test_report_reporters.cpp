// Escaping helpers of the printers; the printers' whole output is snapshot-tested by
// tests/cli/test_formats.sh.
#include <doctest/doctest.h>

#include "report/github_reporter.h"
#include "report/html_reporter.h"
#include "report/junit_reporter.h"

TEST_SUITE_BEGIN("report::escaping");

TEST_CASE("GitHub workflow commands") {
  CHECK(docqc::report::escape_github_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d");
  CHECK(docqc::report::escape_github_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A");
}

TEST_CASE("XML keeps CJK and writes what XML 1.0 cannot hold as U+XXXX") {
  CHECK(docqc::report::escape_xml("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  CHECK(docqc::report::escape_xml("控制\x01字符\x7F\t") == "控制U+0001字符\x7F\t");
  CHECK(docqc::report::escape_xml("\xEF\xBF\xBE") == "U+FFFE");
}

TEST_CASE("the HTML payload cannot close its script element") {
  CHECK(docqc::report::escape_json_for_script(R"({"m":"</script><!-- & -->"})") ==
        R"({"m":"\u003c/script\u003e\u003c!-- \u0026 --\u003e"})");
}

TEST_SUITE_END();
