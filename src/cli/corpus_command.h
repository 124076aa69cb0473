// `docqc check --input-format jsonl`: corpus mode. Each line of the inputs is a record (an
// object with a text field); each record's text is checked as a document and one result
// record per document is written as JSON Lines (report/jsonl_record.h), in input order.
//
// Contract: the inputs are read as one stream of lines (file after file, "-" for stdin,
// gzip and zstd decompressed on the fly), checked --jobs at a time in bounded batches, and
// written as soon as a batch is done: memory is bounded by a batch (at most 256 records or
// 16 MiB of lines, or the one record that is larger), never by the corpus. A record that
// cannot be read becomes {"line": N, "error": ...} and the run goes on; the exit status is 2
// at the end when an input cannot be read, or (--strict) when some record could not.
// --min-quality / --max-errors select the records written (--drop-report FILE lists the
// others, with the reason); --fix puts the text with safe fixes applied (--unsafe-fixes:
// all) into each record's text field and reports the findings left. --cross-file adds
// duplicate documents and paragraphs across records (corpus/record_dedup.h), keeping their
// hashes in memory. For the Dask runner: --line-offset (this shard starts after that many
// lines), --emit-band-keys FILE (MinHash band keys of every item), --band-keys-only (no
// checking), --cross-matches FILE (duplicates computed elsewhere, instead of the index).
// Every file written (-o, --drop-report, --emit-band-keys) goes through fix::OutputFile:
// streamed to a unique temporary and renamed into place at the end, never through a
// symbolic link unless --follow, never over one of the inputs (refused before anything is
// read).
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "cli/rule_selection.h"

namespace docqc::cli {

struct CorpusOptions {
  std::string input_format = "files";
  std::string text_field = "text";
  std::string id_field;
  std::vector<std::string> keep_fields;
  std::optional<int> min_quality;
  std::optional<std::size_t> max_errors;
  std::string drop_report;
  bool strict = false;
  std::size_t line_offset = 0;
  std::string emit_band_keys;
  bool band_keys_only = false;
  std::string cross_matches;
};

// Registers the corpus options on `check`.
void add_corpus_options(CLI::App& command, CorpusOptions& options);

// What corpus mode takes from the rest of `check`'s options.
struct CorpusRun {
  CorpusOptions corpus;
  std::vector<std::string> paths;
  RuleOptions rules;
  std::string format;
  std::string output;
  unsigned jobs = 0;
  bool fix = false;
  bool unsafe_fixes = false;
  bool cross_file = false;
  bool quiet = false;
  std::string config;
  bool no_config = false;
  bool follow = false;  // --follow: write through a symbolic link at an output path
};

int run_corpus(CorpusRun run);

}  // namespace docqc::cli
