#include "cli/corpus_setup.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

using docqc::cli::CorpusRun;
using docqc::cli::Setup;

TEST_SUITE_BEGIN("cli::corpus_setup");

namespace {

CorpusRun base() {
  CorpusRun run;
  run.format = "text";
  run.no_config = true;
  return run;
}

}  // namespace

TEST_CASE("the default packs, without the file-to-file rules; a metric rule is there") {
  Setup setup;
  docqc::cli::setup_rules(base(), setup);
  CHECK(setup.has_metric);
  for (const auto* rule : setup.engine->rules()) {
    CHECK(rule->info().id != "cross-file-duplicate");
  }
  // Without --cross-file no cross-record rule is on.
  CHECK(setup.dedup_enabled == std::vector<bool>{false, false, false, false});
  CHECK(setup.options.encoding == "UTF-8");
}

TEST_CASE("cross-record rules follow --cross-file, --select and --ignore") {
  CorpusRun run = base();
  run.cross_file = true;
  run.rules.ignore = {"duplicate-document"};
  Setup setup;
  docqc::cli::setup_rules(run, setup);
  CHECK(setup.dedup_enabled == std::vector<bool>{false, true, true, true});
  // Selecting only a cross-record rule runs no other rule.
  CorpusRun only = base();
  only.cross_file = true;
  only.rules.select = {"cross-record-duplicate"};
  Setup selected;
  docqc::cli::setup_rules(only, selected);
  CHECK(selected.engine->rules().empty());
  CHECK(selected.dedup_enabled == std::vector<bool>{false, false, true, false});
}

TEST_CASE("a rule named in --select that compares nothing gets a note") {
  CorpusRun run = base();
  run.rules.select = {"duplicate-document", "doubled-punctuation"};
  Setup setup;
  docqc::cli::setup_rules(run, setup);
  REQUIRE(setup.notes.size() == 1);
  CHECK(setup.notes[0] ==
        "duplicate-document compares records with each other and runs only with --cross-file");
  run.cross_file = true;
  Setup with;
  docqc::cli::setup_rules(run, with);
  CHECK(with.notes.empty());
  // the file-to-file rule never runs on records, --cross-file or not
  run.rules.select = {"cross-file-duplicate"};
  Setup files;
  docqc::cli::setup_rules(run, files);
  REQUIRE(files.notes.size() == 1);
  CHECK(
      files.notes[0].starts_with("cross-file-duplicate compares files and does not run on "
                                 "JSONL records; --cross-file compares records with "
                                 "duplicate-document, "));
  // a category names no rule in particular
  run.cross_file = false;
  run.rules.select = {"duplicate"};
  Setup category;
  docqc::cli::setup_rules(run, category);
  CHECK(category.notes.empty());
}

TEST_CASE("options that cannot work together") {
  Setup setup;
  docqc::cli::setup_rules(base(), setup);
  CorpusRun sarif = base();
  sarif.format = "sarif";
  CHECK_THROWS_AS(docqc::cli::validate(sarif, setup), std::invalid_argument);
  CorpusRun shadow = base();
  shadow.corpus.keep_fields = {"findings"};
  CHECK_THROWS_AS(docqc::cli::validate(shadow, setup), std::invalid_argument);
  CorpusRun quality = base();
  quality.corpus.min_quality = 50;
  CHECK_NOTHROW(docqc::cli::validate(quality, setup));
  quality.rules.select = {"garbled"};
  Setup narrow;
  docqc::cli::setup_rules(quality, narrow);
  CHECK_THROWS_WITH_AS(docqc::cli::validate(quality, narrow), doctest::Contains("metric"),
                       std::invalid_argument);
}

TEST_CASE("regression_corpus_output_is_input: a file to write that is an input is refused") {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() / ("docqc-corpus-setup-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "in.jsonl") << "{\"text\": \"x\"}\n";
  CorpusRun run = base();
  run.paths = {(dir / "in.jsonl").string()};
  run.output = (dir / "." / "in.jsonl").string();
  CHECK_THROWS_WITH_AS(docqc::cli::validate_outputs(run), doctest::Contains("is one of the inputs"),
                       std::invalid_argument);
  run.output.clear();
  run.corpus.drop_report = (dir / "in.jsonl").string();
  CHECK_THROWS_AS(docqc::cli::validate_outputs(run), std::invalid_argument);
  run.corpus.drop_report.clear();
  run.corpus.cross_matches = (dir / "matches.jsonl").string();
  std::ofstream(run.corpus.cross_matches) << "";
  run.corpus.emit_band_keys = run.corpus.cross_matches;
  CHECK_THROWS_AS(docqc::cli::validate_outputs(run), std::invalid_argument);
  run.corpus.emit_band_keys = (dir / "keys.jsonl").string();
  run.output = (dir / "keys.jsonl").string();
  CHECK_THROWS_WITH_AS(docqc::cli::validate_outputs(run), doctest::Contains("the same file"),
                       std::invalid_argument);
  run.output = (dir / "out.jsonl").string();
  CHECK_NOTHROW(docqc::cli::validate_outputs(run));
  run.output = (dir / "missing" / "out.jsonl").string();
  CHECK_THROWS_WITH_AS(docqc::cli::validate_outputs(run),
                       doctest::Contains("No such file or directory"), std::invalid_argument);
  fs::remove_all(dir);
}
