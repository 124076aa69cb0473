#include "cli/corpus_command.h"

#include <doctest/doctest.h>

TEST_SUITE_BEGIN("cli::corpus_command");

namespace {

docqc::cli::CorpusOptions parse(std::vector<std::string> args) {
  CLI::App app;
  docqc::cli::CorpusOptions options;
  docqc::cli::add_corpus_options(app, options);
  std::reverse(args.begin(), args.end());
  app.parse(args);
  return options;
}

}  // namespace

TEST_CASE("the corpus options") {
  auto options =
      parse({"--input-format", "jsonl", "--text-field", "body", "--id-field", "doc",
             "--keep-fields", "a,b", "--keep-fields", "c", "--min-quality", "60", "--max-errors",
             "3", "--drop-report", "d.jsonl", "--strict", "--line-offset", "100"});
  CHECK(options.input_format == "jsonl");
  CHECK(options.text_field == "body");
  CHECK(options.id_field == "doc");
  CHECK(options.keep_fields == std::vector<std::string>{"a", "b", "c"});
  CHECK(options.min_quality == 60);
  CHECK(options.max_errors == 3u);
  CHECK(options.drop_report == "d.jsonl");
  CHECK(options.strict);
  CHECK(options.line_offset == 100u);
  auto defaults = parse({});
  CHECK(defaults.input_format == "files");
  CHECK(defaults.text_field == "text");
  CHECK_FALSE(defaults.min_quality.has_value());
}

TEST_CASE("bad values are usage errors") {
  CHECK_THROWS_AS(parse({"--input-format", "csv"}), CLI::ValidationError);
  CHECK_THROWS_AS(parse({"--min-quality", "101"}), CLI::ValidationError);
}
